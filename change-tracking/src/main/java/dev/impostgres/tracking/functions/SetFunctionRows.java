package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.text;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The rows of set-returning functions as a JSON array that the translator's set-function rules expand with SQLite's
 * json_each, in order: regexp_matches (one text[] of the groups per match; all matches with the 'g' flag),
 * regexp_split_to_table (the pieces between matches) and unnest of several arrays (one JSON array per row, the
 * shorter arrays padded with NULLs, as Postgres zips them).
 */
final class SetFunctionRows {
    private SetFunctionRows() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_regexp_matches_json", 2, a -> matches(text(a[0]), text(a[1]), ""));
        Udf.strict(c, "pg_regexp_matches_json", 3, a -> matches(text(a[0]), text(a[1]), text(a[2])));
        Udf.strict(c, "pg_regexp_split_json", 2, a -> split(text(a[0]), text(a[1]), ""));
        Udf.strict(c, "pg_regexp_split_json", 3, a -> split(text(a[0]), text(a[1]), text(a[2])));
        Udf.lenient(c, "pg_unnest_zip_json", -1, SetFunctionRows::zip);
    }

    static String zip(Object[] arrays) {
        List<List<String>> columns = new ArrayList<>();
        int rows = 0;
        for (Object array : arrays) {
            List<String> elements = array == null ? List.of() : ArrayFunctions.elementsDeep(text(array));
            columns.add(elements);
            rows = Math.max(rows, elements.size());
        }
        StringBuilder b = new StringBuilder("[");
        for (int r = 0; r < rows; r++) {
            b.append(r == 0 ? "[" : ",[");
            for (int k = 0; k < columns.size(); k++) {
                if (k > 0) b.append(',');
                String v = r < columns.get(k).size() ? columns.get(k).get(r) : null;
                if (v == null) b.append("null");
                else if (v.matches("-?\\d{1,18}")) b.append(v);
                else jsonString(b, v);
            }
            b.append(']');
        }
        return b.append(']').toString();
    }

    static String matches(String s, String regex, String flags) {
        Matcher m = RegexFunctions.compile(regex, flags).matcher(s);
        boolean global = flags.indexOf('g') >= 0;
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            List<String> groups = new ArrayList<>();
            if (m.groupCount() == 0) groups.add(ArrayFunctions.quote(m.group()));
            for (int g = 1; g <= m.groupCount(); g++) groups.add(ArrayFunctions.quote(m.group(g)));
            rows.add("{" + String.join(",", groups) + "}");
            if (!global) break;
        }
        return json(rows);
    }

    static String split(String s, String regex, String flags) {
        return json(List.of(RegexFunctions.compile(regex, flags).split(s, -1)));
    }

    private static String json(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (String v : values) {
            if (b.length() > 1) b.append(',');
            jsonString(b, v);
        }
        return b.append(']').toString();
    }

    private static void jsonString(StringBuilder b, String v) {
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"' || ch == '\\') b.append('\\').append(ch);
            else if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
            else b.append(ch);
        }
        b.append('"');
    }
}
