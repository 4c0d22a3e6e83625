package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.text;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The output text concat/format (tag "bool": t/f) and {@code bool || text} (tag "booltext": true/false) print for
 * a value whose storage form (1/0) no longer shows its type; the translator's TypedArgumentRule passes the tag.
 */
final class TypedValues {
    private TypedValues() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_text_out", 2, a -> outputText(a[0], text(a[1])));
    }

    /** What the type's output function prints for the stored value. */
    static String outputText(Object v, String tag) {
        if (v == null) return null;
        if (tag.equals("bool")) return truth(v) ? "t" : "f";
        if (tag.equals("booltext")) return truth(v) ? "true" : "false"; // bool::text, as || uses
        return text(v);
    }

    private static boolean truth(Object v) {
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0;
        String s = text(v).trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("t") || s.equals("true") || s.equals("1") || s.equals("yes") || s.equals("on");
    }
}
