package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * json and jsonb input. json keeps the text verbatim once it is valid; jsonb is re-printed the way jsonb_out
 * prints it: object keys ordered by length then bytewise, the last duplicate key wins, numbers as numeric prints
 * them, and {@code ": "} / {@code ", "} between items.
 */
final class JsonText {
    private final String text;
    private final boolean jsonb;
    private int pos;

    private JsonText(String text, boolean jsonb) {
        this.text = text;
        this.jsonb = jsonb;
    }

    /** Validates json input and returns it unchanged. */
    static String validateJson(String input) {
        JsonText parser = new JsonText(input, false);
        parser.parseDocument();
        return input;
    }

    /** jsonb_in followed by jsonb_out. */
    static String normalizeJsonb(String input) {
        JsonText parser = new JsonText(input, true);
        StringBuilder out = new StringBuilder();
        write(out, parser.parseDocument());
        return out.toString();
    }

    // Parsed values: String (a JSON string), Number text as numeric prints it (NumberText), Boolean, null marker,
    // List for arrays, TreeMap for objects.
    private record NumberText(String text) {}
    private static final Object NULL = new Object();

    /** jsonb's key order: shorter keys first, then memcmp of the UTF-8 bytes. */
    private static final Comparator<String> KEY_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8), y = b.getBytes(StandardCharsets.UTF_8);
        if (x.length != y.length) return Integer.compare(x.length, y.length);
        return Arrays.compareUnsigned(x, y);
    };

    private Object parseDocument() {
        Object value = parseValue();
        skipSpace();
        if (pos != text.length()) throw syntax();
        return value;
    }

    private Object parseValue() {
        skipSpace();
        if (pos >= text.length()) throw syntax();
        char c = text.charAt(pos);
        switch (c) {
            case '{': return parseObject();
            case '[': return parseArray();
            case '"': return parseString();
            default: break;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return parseNumber();
        for (String literal : new String[] {"true", "false", "null"}) {
            if (text.startsWith(literal, pos)) {
                int end = pos + literal.length();
                if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) throw syntax();
                pos = end;
                return literal.equals("null") ? NULL : Boolean.valueOf(literal);
            }
        }
        throw syntax();
    }

    private Map<String, Object> parseObject() {
        pos++; // {
        Map<String, Object> members = new TreeMap<>(KEY_ORDER);
        skipSpace();
        if (peek() == '}') { pos++; return members; }
        while (true) {
            skipSpace();
            if (peek() != '"') throw syntax();
            String key = parseString();
            skipSpace();
            if (peek() != ':') throw syntax();
            pos++;
            members.put(key, parseValue()); // put replaces: the last duplicate wins
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') return members;
            if (c != ',') throw syntax();
        }
    }

    private List<Object> parseArray() {
        pos++; // [
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') { pos++; return items; }
        while (true) {
            items.add(parseValue());
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') return items;
            if (c != ',') throw syntax();
        }
    }

    private String parseString() {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw syntax();
            char c = text.charAt(pos++);
            if (c == '"') return out.toString();
            if (c < 0x20) throw syntax();
            if (c != '\\') { out.append(c); continue; }
            if (pos >= text.length()) throw syntax();
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw syntax();
                    int code;
                    try {
                        code = Integer.parseInt(text.substring(pos, pos + 4), 16);
                    } catch (NumberFormatException bad) {
                        throw syntax();
                    }
                    pos += 4;
                    if (code == 0 && jsonb) {
                        throw new PgException("ERROR", "22P05", "unsupported Unicode escape sequence",
                                "\\u0000 cannot be converted to text.", null, 0, null);
                    }
                    out.append((char) code);
                }
                default -> throw syntax();
            }
        }
    }

    private NumberText parseNumber() {
        int start = pos;
        if (peek() == '-') pos++;
        if (peek() == '0') pos++;
        else if (!digits()) throw syntax();
        if (peek() == '.') { pos++; if (!digits()) throw syntax(); }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') pos++;
            if (!digits()) throw syntax();
        }
        if (Character.isLetterOrDigit(peek())) throw syntax();
        return new NumberText(ScalarText.canonicalNumeric(text.substring(start, pos)));
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
        return pos > start;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) pos++;
    }

    private static PgException syntax() {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json");
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Object value) {
        if (value == NULL) out.append("null");
        else if (value instanceof Boolean b) out.append(b);
        else if (value instanceof NumberText n) out.append(n.text());
        else if (value instanceof String s) writeString(out, s);
        else if (value instanceof List<?> items) {
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) out.append(", ");
                write(out, items.get(i));
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : ((Map<String, Object>) value).entrySet()) {
                if (!first) out.append(", ");
                first = false;
                writeString(out, member.getKey());
                out.append(": ");
                write(out, member.getValue());
            }
            out.append('}');
        }
    }

    /** escape_json: quotes, backslash and control characters escaped; everything else as is. */
    static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
