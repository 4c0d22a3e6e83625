package dev.impostgres.tracking.functions;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * Arrays in their storage form, Postgres's array text ({@code {1,"b c",NULL}}): the ARRAY[…] constructor
 * ({@code pg_array(tag, …)}), array_agg, cardinality and the one-dimensional array_append / array_prepend /
 * array_cat / array_remove / array_position; and generate_series's steps ({@code pg_series_first/next}).
 */
public final class ArrayFunctions {
    private ArrayFunctions() {}

    static void register(Connection c) throws SQLException {
        Udf.lenient(c, "pg_array", -1, a -> {
            String tag = Values.text(a[0]);
            List<String> parts = new ArrayList<>();
            for (int i = 1; i < a.length; i++) {
                if (tag.equals("nested")) parts.add(a[i] == null ? "NULL" : Values.text(a[i]));
                else parts.add(quote(element(a[i], tag)));
            }
            return "{" + String.join(",", parts) + "}";
        });
        Function.create(c, "array_agg", new Agg(), 1, 0);
        Udf.strict(c, "cardinality", 1, a -> (long) count(Values.text(a[0])));
        Udf.strict(c, "array_ndims", 1, a -> {
            String s = Values.text(a[0]).trim();
            int n = 0;
            while (n < s.length() && s.charAt(n) == '{') n++;
            return s.equals("{}") ? null : (Object) (long) n;
        });
        Udf.lenient(c, "array_append", 2, a -> a[0] == null ? "{" + quote(element(a[1], "text")) + "}"
                : join(append(elements(Values.text(a[0])), element(a[1], "text"), false)));
        Udf.lenient(c, "array_prepend", 2, a -> a[1] == null ? "{" + quote(element(a[0], "text")) + "}"
                : join(append(elements(Values.text(a[1])), element(a[0], "text"), true)));
        Udf.lenient(c, "array_cat", 2, a -> {
            if (a[0] == null) return a[1];
            if (a[1] == null) return a[0];
            List<String> all = new ArrayList<>(elements(Values.text(a[0])));
            all.addAll(elements(Values.text(a[1])));
            return join(all);
        });
        Udf.lenient(c, "array_remove", 2, a -> {
            if (a[0] == null) return null;
            String v = element(a[1], "text");
            List<String> kept = new ArrayList<>();
            for (String e : elements(Values.text(a[0]))) if (!java.util.Objects.equals(e, v)) kept.add(e);
            return join(kept);
        });
        Udf.lenient(c, "array_position", 2, a -> {
            if (a[0] == null) return null;
            String v = element(a[1], "text");
            List<String> all = elements(Values.text(a[0]));
            for (int i = 0; i < all.size(); i++) if (java.util.Objects.equals(all.get(i), v)) return (long) (i + 1);
            return null;
        });
        Udf.lenient(c, "pg_quantified", 4, a -> a[2] == null ? null
                : quantified(a[0], Values.text(a[1]), elements(Values.text(a[2])), Values.integer(a[3]) != 0));
        Udf.strict(c, "pg_series_first", 4, a -> {
            int sign = stepSign(a[2], Values.text(a[3]));
            return compare(a[0], a[1], Values.text(a[3])) * sign <= 0 ? a[0] : null;
        });
        Udf.strict(c, "pg_series_next", 4, a -> {
            String tag = Values.text(a[3]);
            Object next = step(a[0], a[2], tag);
            return compare(next, a[1], tag) * stepSign(a[2], tag) <= 0 ? next : null;
        });
    }

    /**
     * {@code x op ANY|ALL (array)}: ANY is true when one comparison is, else NULL when one is NULL, else false;
     * ALL the reverse. A number compares with the elements as numbers, anything else as text.
     */
    static Boolean quantified(Object x, String op, List<String> elements, boolean any) {
        boolean unknown = false;
        for (String e : elements) {
            Boolean r = x == null || e == null ? null : compare(x, e, op);
            if (r == null) unknown = true;
            else if (r == any) return any;
        }
        return unknown ? null : !any;
    }

    private static boolean compare(Object x, String element, String op) {
        int c;
        String bool = element.trim().toLowerCase(java.util.Locale.ROOT);
        if (x instanceof Long && (bool.equals("t") || bool.equals("f") || bool.equals("true") || bool.equals("false"))) {
            element = bool.startsWith("t") ? "1" : "0"; // a bool[] element meets a bool, stored 0/1
        }
        if (x instanceof Long || x instanceof Double) {
            try {
                c = Values.decimal(x).compareTo(new BigDecimal(element.trim()));
            } catch (NumberFormatException e) {
                throw new PgFunctionError("22P02", "invalid input syntax for type numeric: \"" + element + "\"");
            }
        } else {
            c = Values.text(x).compareTo(element);
        }
        return switch (op) {
            case "=" -> c == 0;
            case "<>", "!=" -> c != 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    /** The element's text inside an array: booleans t/f, floats as float8_out, others as their text. */
    private static String element(Object v, String tag) {
        if (v == null) return null;
        if (tag.equals("bool")) return Values.integer(v) != 0 ? "t" : "f";
        return Values.text(v);
    }

    /** array_out's quoting: empty, NULL-looking, or containing a delimiter, brace, quote, backslash or space. */
    static String quote(String v) {
        if (v == null) return "NULL";
        if (!v.isEmpty() && !v.equalsIgnoreCase("null") && v.chars().noneMatch(ch -> ch == '"' || ch == '\\'
                || ch == '{' || ch == '}' || ch == ',' || Character.isWhitespace(ch))) {
            return v;
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String join(List<String> elements) {
        List<String> quoted = new ArrayList<>();
        for (String e : elements) quoted.add(quote(e));
        return "{" + String.join(",", quoted) + "}";
    }

    private static List<String> append(List<String> list, String v, boolean front) {
        List<String> out = new ArrayList<>(list);
        if (front) out.add(0, v); else out.add(v);
        return out;
    }

    /** The number of elements at every depth (cardinality). */
    static int count(String text) {
        int n = 0;
        for (String e : elementsDeep(text)) n++;
        return n;
    }

    /** The elements of an array of any dimensions, in storage order (what unnest and = ANY see). */
    public static List<String> elementsDeep(String text) {
        String s = text.trim();
        if (s.startsWith("{{")) {
            List<String> all = new ArrayList<>();
            int depth = 0, start = -1;
            for (int i = 1; i < s.length() - 1; i++) {
                char ch = s.charAt(i);
                if (ch == '"') { i = skipQuoted(s, i); continue; }
                if (ch == '{') { if (depth++ == 0) start = i; }
                else if (ch == '}' && --depth == 0) all.addAll(elementsDeep(s.substring(start, i + 1)));
            }
            return all;
        }
        return elements(s);
    }

    private static int skipQuoted(String s, int i) {
        for (i++; i < s.length() && s.charAt(i) != '"'; i++) if (s.charAt(i) == '\\') i++;
        return i;
    }

    /** The elements of a one-dimensional array's text form; null for an unquoted NULL. */
    public static List<String> elements(String text) {
        List<String> out = new ArrayList<>();
        String s = text.trim();
        if (s.length() < 2 || s.charAt(0) != '{') return out;
        int i = 1;
        while (i < s.length() - 1) {
            while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length() - 1) break;
            StringBuilder element = new StringBuilder();
            boolean quoted = false;
            if (s.charAt(i) == '"') {
                quoted = true;
                i++;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\') i++;
                    element.append(s.charAt(i++));
                }
                i++;
            }
            while (i < s.length() - 1 && s.charAt(i) != ',') {
                if (!quoted) element.append(s.charAt(i));
                i++;
            }
            String value = quoted ? element.toString() : element.toString().trim();
            out.add(!quoted && value.equalsIgnoreCase("null") ? null : value);
            i++;
        }
        return out;
    }

    private static int stepSign(Object step, String tag) {
        int sign;
        if (tag.equals("timestamp") || tag.equals("timestamptz") || tag.equals("date")) {
            sign = TemporalFunctions.key(dev.impostgres.translator.types.TemporalValues.interval(Values.text(step))).signum();
        } else {
            sign = Values.decimal(step).signum();
        }
        if (sign == 0) throw PgFunctionError.invalidParameter("step size cannot equal zero");
        return sign;
    }

    private static int compare(Object a, Object b, String tag) {
        return switch (tag) {
            case "timestamp", "date" -> Long.compare(dev.impostgres.translator.types.TemporalValues.timestamp(Values.text(a)),
                    dev.impostgres.translator.types.TemporalValues.timestamp(Values.text(b)));
            case "timestamptz" -> Long.compare(dev.impostgres.translator.types.TemporalValues.timestamptz(Values.text(a)),
                    dev.impostgres.translator.types.TemporalValues.timestamptz(Values.text(b)));
            default -> Values.decimal(a).compareTo(Values.decimal(b));
        };
    }

    private static Object step(Object v, Object step, String tag) {
        return switch (tag) {
            case "timestamp", "date" -> dev.impostgres.translator.types.TemporalValues.timestamp(
                    TemporalFunctions.instantOp("+", "timestamp", "interval", Values.text(v), Values.text(step), null));
            case "timestamptz" -> dev.impostgres.translator.types.TemporalValues.timestamptz(
                    TemporalFunctions.instantOp("+", "timestamptz", "interval", Values.text(v), Values.text(step),
                            java.time.ZoneOffset.UTC));
            default -> {
                if (v instanceof Long l && step instanceof Long s) yield Math.addExact(l, s);
                BigDecimal sum = Values.decimal(v).add(Values.decimal(step));
                yield Values.numeric(sum);
            }
        };
    }

    /** array_agg(x): NULL over no rows; elements in the order rows arrive (ORDER BY inside the call orders them). */
    private static final class Agg extends Udf.Values implements Cloneable {
        private List<String> values;

        @Override
        protected void xStep() throws SQLException {
            if (values == null) values = new ArrayList<>();
            Object v = arguments()[0];
            values.add(v == null ? null : Values.text(v));
        }

        @Override
        protected void xFinal() throws SQLException {
            List<String> done = values;
            values = null;
            answer(done == null ? null : join(done));
        }
    }
}
