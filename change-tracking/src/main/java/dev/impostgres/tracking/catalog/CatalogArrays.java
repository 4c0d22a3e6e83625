package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * One-dimensional arrays in their Postgres text form ({@code {a,"b c",NULL}}), as catalog queries use them:
 * {@code _pg_array_json} (for {@code = ANY}, through SQLite's json_each), the {@code _pg_array_agg} aggregate (for
 * {@code ARRAY(SELECT …)}) and array_to_string.
 */
final class CatalogArrays {
    private CatalogArrays() {}

    static void register(Connection c) throws SQLException {
        Function.create(c, "_pg_array_json", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                    return;
                }
                StringBuilder json = new StringBuilder("[");
                String trimmed = text.trim();
                boolean nested = trimmed.startsWith("{{") || trimmed.startsWith("[") && trimmed.contains("={{");
                List<String> all = nested // a multi-dimensional array is its elements in storage order
                        ? dev.impostgres.tracking.functions.ArrayFunctions.elementsDeep(trimmed.substring(trimmed.indexOf('{')))
                        : elements(text);
                for (String element : all) {
                    if (json.length() > 1) json.append(',');
                    if (element == null) json.append("null");
                    else if (element.matches("-?\\d{1,18}")) json.append(element);
                    else json.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
                result(json.append(']').toString());
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(c, "_pg_subscript", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null || value_type(1) == 5 || text.trim().startsWith("{{")) { // m[i] of a 2-D array: NULL
                    result();
                    return;
                }
                long index = value_long(1) - lowerBound(text);
                List<String> elements = elements(text);
                String element = index < 0 || index >= elements.size() ? null : elements.get((int) index);
                if (element == null) result();
                else if (element.matches("-?\\d{1,18}")) result(Long.parseLong(element));
                else result(element);
            }
        }, 2, Function.FLAG_DETERMINISTIC);
        // a[lo:hi], a[:hi], a[lo:] (NULL for an omitted bound): the elements whose subscripts lie in the range,
        // as a new array with lower bound 1. int2vector / oidvector start at 0, {…} at 1, [l:u]={…} at l.
        Function.create(c, "_pg_slice", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                    return;
                }
                long lower = lowerBound(text);
                List<String> elements = elements(text);
                long from = value_type(1) == 5 ? lower : Math.max(value_long(1), lower);
                long to = value_type(2) == 5 ? lower + elements.size() - 1 : Math.min(value_long(2), lower + elements.size() - 1);
                StringBuilder out = new StringBuilder("{");
                for (long i = from; i <= to; i++) {
                    if (out.length() > 1) out.append(',');
                    out.append(quote(elements.get((int) (i - lower))));
                }
                result(out.append('}').toString());
            }
        }, 3, Function.FLAG_DETERMINISTIC);
        for (String name : new String[] {"array_upper", "array_length", "array_lower"}) {
            Function.create(c, name, new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    String text = value_text(0);
                    if (text == null || value_type(1) == 5 || value_long(1) != 1) {
                        result();
                        return;
                    }
                    boolean vector = !text.trim().startsWith("{") && !text.trim().startsWith("[");
                    int size = elements(text).size();
                    int lower = vector ? 0 : 1;
                    if (size == 0) result();
                    else if (name.equals("array_lower")) result(lower);
                    else if (name.equals("array_upper")) result(lower + size - 1);
                    else result(size);
                }
            }, 2, Function.FLAG_DETERMINISTIC);
        }
        Function.create(c, "array_to_string", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                String separator = value_text(1);
                if (text == null || separator == null) {
                    result();
                    return;
                }
                String nullString = args() > 2 ? value_text(2) : null;
                List<String> parts = new ArrayList<>();
                for (String element : elements(text)) {
                    if (element != null) parts.add(element);
                    else if (nullString != null) parts.add(nullString);
                }
                result(String.join(separator, parts));
            }
        }, -1, Function.FLAG_DETERMINISTIC);
        // array_position(array, element [, start]): the first 1-based position holding the element (NULL finds a
        // NULL element, as IS NOT DISTINCT FROM), else NULL. Debezium's role check calls it.
        Function.create(c, "array_position", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                    return;
                }
                String wanted = value_text(1);
                int start = args() > 2 ? value_int(2) : 1;
                List<String> elements = elements(text);
                for (int i = Math.max(start, 1); i <= elements.size(); i++) {
                    String e = elements.get(i - 1);
                    if (e == null ? wanted == null : e.equals(wanted)) {
                        result(i);
                        return;
                    }
                }
                result();
            }
        }, -1, Function.FLAG_DETERMINISTIC);
        // array_agg: like ARRAY(SELECT …) but NULL over no rows, as in Postgres.
        Function.create(c, "array_agg", new ArrayAgg(true));
        Function.create(c, "_pg_array_agg", new ArrayAgg(false));
    }

    /** sqlite-jdbc clones the registered instance for each group, so the state is per group. */
    private static final class ArrayAgg extends Function.Aggregate implements Cloneable {
        private final boolean nullWhenEmpty;
        private List<String> values = new ArrayList<>();
        private boolean any;

        ArrayAgg(boolean nullWhenEmpty) {
            this.nullWhenEmpty = nullWhenEmpty;
        }

        @Override
        protected void xStep() throws SQLException {
            any = true;
            values.add(value_text(0));
        }

        @Override
        protected void xFinal() throws SQLException {
            StringBuilder out = new StringBuilder("{");
            for (String v : values) {
                if (out.length() > 1) out.append(',');
                out.append(quote(v));
            }
            boolean had = any;
            values = new ArrayList<>();
            any = false;
            if (had) result(out.append('}').toString());
            else if (nullWhenEmpty) result();
            else result("{}"); // ARRAY(SELECT …) over no rows is an empty array, not NULL.
        }

        @Override
        public Object clone() throws CloneNotSupportedException {
            ArrayAgg copy = (ArrayAgg) super.clone();
            copy.values = new ArrayList<>();
            copy.any = false;
            return copy;
        }
    }

    private static String quote(String v) {
        if (v == null) return "NULL";
        if (!v.isEmpty() && !v.equalsIgnoreCase("null") && v.chars().noneMatch(ch -> ch == '"' || ch == '\\'
                || ch == '{' || ch == '}' || ch == ',' || Character.isWhitespace(ch))) {
            return v;
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The first subscript of a one-dimensional array's text form: 0 for int2vector / oidvector, else 1 or [l:…]. */
    static long lowerBound(String text) {
        String s = text.trim();
        if (s.startsWith("[")) return Long.parseLong(s.substring(1, s.indexOf(':')).trim());
        return !s.isEmpty() && s.charAt(0) != '{' ? 0 : 1;
    }

    /** The elements of a one-dimensional array's text form; null for an unquoted NULL. */
    static List<String> elements(String text) {
        List<String> out = new ArrayList<>();
        String s = text.trim();
        if (s.startsWith("[")) s = s.substring(s.indexOf('=') + 1).trim(); // [0:2]={…} bounds
        if (!s.isEmpty() && s.charAt(0) != '{') { // int2vector / oidvector: "1 3"
            for (String element : s.split("\\s+")) out.add(element);
            return out;
        }
        return dev.impostgres.tracking.functions.ArrayFunctions.elements(s); // the one {…} parser
    }
}
