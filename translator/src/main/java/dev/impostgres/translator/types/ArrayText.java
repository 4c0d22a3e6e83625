package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/** array_in / array_out: {@code [1:2]={1,NULL,"a b"}} with Postgres's quoting and backslash rules. */
final class ArrayText {
    private static final int MAXDIM = 6;
    private final String text;
    private int pos;
    private final int[] dimLengths = {-1, -1, -1, -1, -1, -1};
    private int leafLevel = -1; // the nesting level holding the elements; all elements must be at one level

    private ArrayText(String text) {
        this.text = text;
    }

    static PgArray parse(String input) {
        return new ArrayText(input).parseArray();
    }

    static String format(PgArray array) {
        StringBuilder out = new StringBuilder();
        int[] dims = array.dims();
        if (dims.length == 0) return "{}";
        boolean defaultBounds = true;
        for (int lb : array.lowerBounds()) defaultBounds &= lb == 1;
        if (!defaultBounds) {
            for (int d = 0; d < dims.length; d++) {
                out.append('[').append(array.lowerBounds()[d]).append(':')
                        .append(array.lowerBounds()[d] + dims[d] - 1).append(']');
            }
            out.append('=');
        }
        int[] index = {0};
        formatLevel(out, array, 0, index);
        return out.toString();
    }

    private static void formatLevel(StringBuilder out, PgArray array, int level, int[] index) {
        out.append('{');
        for (int i = 0; i < array.dims()[level]; i++) {
            if (i > 0) out.append(',');
            if (level + 1 < array.dims().length) {
                formatLevel(out, array, level + 1, index);
            } else {
                appendElement(out, array.elements().get(index[0]++));
            }
        }
        out.append('}');
    }

    /** Quotes when empty, NULL-like, or holding braces, commas, quotes, backslashes or white space. */
    static void appendElement(StringBuilder out, String element) {
        if (element == null) { out.append("NULL"); return; }
        boolean quote = element.isEmpty() || element.equalsIgnoreCase("NULL");
        for (int i = 0; i < element.length() && !quote; i++) {
            char c = element.charAt(i);
            quote = c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' || ScalarText.isSpace(c);
        }
        if (!quote) { out.append(element); return; }
        out.append('"');
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            if (c == '"' || c == '\\') out.append('\\');
            out.append(c);
        }
        out.append('"');
    }

    private PgArray parseArray() {
        skipSpace();
        List<int[]> bounds = new ArrayList<>();
        while (peek() == '[') {
            int close = text.indexOf(']', pos);
            if (close < 0) throw malformed();
            String[] range = text.substring(pos + 1, close).split(":", -1);
            try {
                int lower = range.length == 2 ? Integer.parseInt(range[0].trim()) : 1;
                int upper = Integer.parseInt(range[range.length - 1].trim());
                if (range.length > 2 || upper < lower - 1) throw malformed();
                bounds.add(new int[] {lower, upper});
            } catch (NumberFormatException e) {
                throw malformed();
            }
            pos = close + 1;
        }
        if (!bounds.isEmpty()) {
            skipSpace();
            if (peek() != '=') throw malformed();
            pos++;
            skipSpace();
        }
        if (peek() != '{') throw malformed();
        List<String> elements = new ArrayList<>();
        parseLevel(0, elements);
        skipSpace();
        if (pos != text.length()) throw malformed();
        if (elements.isEmpty()) {
            if (!bounds.isEmpty()) throw malformed();
            return new PgArray(new int[0], new int[0], List.of());
        }
        int[] dimArray = java.util.Arrays.copyOf(dimLengths, leafLevel + 1);
        int[] lowerBounds = new int[dimArray.length];
        java.util.Arrays.fill(lowerBounds, 1);
        if (!bounds.isEmpty()) {
            if (bounds.size() != dimArray.length) throw malformed();
            for (int d = 0; d < dimArray.length; d++) {
                if (bounds.get(d)[1] - bounds.get(d)[0] + 1 != dimArray[d]) throw malformed();
                lowerBounds[d] = bounds.get(d)[0];
            }
        }
        return new PgArray(dimArray, lowerBounds, elements);
    }

    /** One {…} level; records its length on first sight and insists every sibling has the same. */
    private void parseLevel(int level, List<String> elements) {
        if (level >= MAXDIM) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (" + (level + 1) + ") exceeds the maximum allowed (6)");
        }
        pos++; // {
        int count = 0;
        skipSpace();
        if (peek() == '}') {
            pos++;
            if (level > 0) throw malformed();
            return;
        }
        while (true) {
            skipSpace();
            if (peek() == '{') {
                if (leafLevel >= 0 && level >= leafLevel) throw malformed();
                parseLevel(level + 1, elements);
            } else {
                if (leafLevel < 0) leafLevel = level;
                else if (leafLevel != level) throw malformed();
                elements.add(parseElement());
            }
            count++;
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') break;
            if (c != ',') throw malformed();
        }
        if (dimLengths[level] < 0) dimLengths[level] = count;
        else if (dimLengths[level] != count) throw malformed();
    }

    private String parseElement() {
        StringBuilder out = new StringBuilder();
        boolean quoted = false, anyQuotedOrEscaped = false;
        int trailingSpaceStart = -1;
        while (true) {
            if (pos >= text.length()) throw malformed();
            char c = text.charAt(pos);
            if (!quoted && (c == ',' || c == '}')) break;
            if (!quoted && c == '{') throw malformed();
            pos++;
            if (c == '\\') {
                if (pos >= text.length()) throw malformed();
                out.append(text.charAt(pos++));
                anyQuotedOrEscaped = true;
                trailingSpaceStart = -1;
            } else if (c == '"') {
                quoted = !quoted;
                anyQuotedOrEscaped = true;
                trailingSpaceStart = -1;
            } else if (!quoted && ScalarText.isSpace(c)) {
                if (out.length() > 0 || anyQuotedOrEscaped) {
                    if (trailingSpaceStart < 0) trailingSpaceStart = out.length();
                    out.append(c);
                }
            } else {
                out.append(c);
                trailingSpaceStart = -1;
            }
        }
        if (trailingSpaceStart >= 0) out.setLength(trailingSpaceStart);
        String element = out.toString();
        if (!anyQuotedOrEscaped && element.isEmpty()) throw malformed();
        if (!anyQuotedOrEscaped && element.equalsIgnoreCase("NULL")) return null;
        return element;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && ScalarText.isSpace(text.charAt(pos))) pos++;
    }

    private PgException malformed() {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"");
    }
}
