package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Values as JSON text, the way Postgres's to_json sees them — by their SQL type, which the translator's
 * JsonArgumentRule passes as a tag ({@code _pg_to_json(value, 'bool')}) because the storage value alone cannot
 * tell a bool from an integer or a json document from text. Every argument of the json builders and aggregates
 * arrives here first, so those functions take JSON text: json ones splice it in as Postgres does (json keeps its
 * text), jsonb ones parse and normalize. Tags: json, bool, number, text, date, timestamp, timestamptz,
 * array:&lt;element tag&gt;, and "" (unknown: integers and reals as numbers, anything else as a string).
 */
final class JsonText {
    private JsonText() {}

    static void register(Connection c) throws SQLException {
        Udf.lenient(c, "_pg_to_json", 2, a -> toJson(a[0], Values.text(a[1])));
        // to_json / to_jsonb are strict: a NULL argument gives SQL NULL, not JSON null
        Udf.lenient(c, "_pg_to_json", 3, a -> a[0] == null ? null : toJson(a[0], Values.text(a[1])));
        Udf.lenient(c, "_pg_json_row", -1, JsonText::row);
    }

    static String toJson(Object v, String tag) {
        if (v == null) return "null";
        if (tag.startsWith("array:")) return array(Values.text(v), tag.substring("array:".length()));
        switch (tag) {
            case "json":
                return Values.text(v);
            case "bool":
                return bool(v) ? "true" : "false";
            case "number": {
                String s = Values.text(v);
                return s.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? s : quote(s); // NaN, Infinity
            }
            case "timestamp":
                return quote(Values.text(v).replaceFirst(" ", "T"));
            case "timestamptz": {
                String s = Values.text(v).replaceFirst(" ", "T");
                return quote(s.matches(".*[+-]\\d\\d$") ? s + ":00" : s);
            }
            case "text":
            case "date":
                return quote(Values.text(v));
            default:
                if (v instanceof Long || v instanceof Double) return toJson(v, "number");
                return quote(Values.text(v));
        }
    }

    private static boolean bool(Object v) {
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0;
        String s = Values.text(v).trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("t") || s.equals("true") || s.equals("1") || s.equals("y") || s.equals("yes") || s.equals("on");
    }

    /** array_to_json: elements by the element type, no spaces, as Postgres prints it. One dimension. */
    private static String array(String text, String elementTag) {
        String s = text.trim();
        if (s.startsWith("[")) s = s.substring(s.indexOf('=') + 1).trim();
        List<String> elements = ArrayFunctions.elements(s);
        StringBuilder out = new StringBuilder("[");
        for (String e : elements) {
            if (out.length() > 1) out.append(',');
            out.append(e == null ? "null" : toJson(e, elementTag.isEmpty() ? "text" : elementTag));
        }
        return out.append(']').toString();
    }

    /** escape_json: quotes, backslash, the short escapes and \\u00XX for other control characters. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }

    /** json_build_object's text: {"k" : v, "k2" : v2}. Values are JSON text already. */
    static String buildObject(Object[] a) {
        if (a.length % 2 != 0) throw new PgFunctionError("22023", "argument list must have even number of elements");
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] == null) throw new PgFunctionError("22004", "null value not allowed for object key");
            if (i > 0) b.append(", ");
            b.append(quote(key(a[i]))).append(" : ").append(a[i + 1] == null ? "null" : Values.text(a[i + 1]));
        }
        return b.append('}').toString();
    }

    /** row_to_json's text for a whole-row reference: {"k":v,"k2":v2}, compact. Values are JSON text. */
    static String row(Object[] a) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i + 1 < a.length; i += 2) {
            if (i > 0) b.append(',');
            b.append(quote(key(a[i]))).append(':').append(a[i + 1] == null ? "null" : Values.text(a[i + 1]));
        }
        return b.append('}').toString();
    }

    /** json_build_array's text: [v, v2]. */
    static String buildArray(Object[] a) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) {
            if (i > 0) b.append(", ");
            b.append(a[i] == null ? "null" : Values.text(a[i]));
        }
        return b.append(']').toString();
    }

    /** An object key is the text of any value (a number's digits). */
    static String key(Object k) {
        return Values.text(k);
    }
}
