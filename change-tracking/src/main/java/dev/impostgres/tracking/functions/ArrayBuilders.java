package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * array_fill(value, dims [, lower bounds]), trim_array(array, n), the overlap operator {@code &&}
 * ({@code pg_array_overlap}: some non-null element in common, compared by its text as array_contain_compare does
 * for one element type), array_dims, an element of a multi-dimensional array {@code m[2][1]}
 * ({@code pg_subscript_nd(m, 2, 1)}: NULL out of range or with fewer subscripts than dimensions) and the
 * assignment {@code SET a[i] = v} ({@code pg_array_set(a, i, v)}, extending a one-dimensional array with NULLs).
 */
final class ArrayBuilders {
    private ArrayBuilders() {}

    static void register(Connection c) throws SQLException {
        Udf.lenient(c, "array_fill", 2, a -> fill(a[0], a[1], null));
        Udf.lenient(c, "array_fill", 3, a -> fill(a[0], a[1], a[2]));
        Udf.strict(c, "trim_array", 2, a -> trim(Values.text(a[0]), Values.int4(a[1])));
        Udf.strict(c, "pg_array_overlap", 2, a -> overlap(Values.text(a[0]), Values.text(a[1])));
        Udf.strict(c, "array_dims", 1, a -> dims(Values.text(a[0])));
        Udf.lenient(c, "pg_subscript_nd", -1, ArrayBuilders::subscript);
        Udf.lenient(c, "pg_array_set", 3, a -> set(a[0] == null ? null : Values.text(a[0]), Values.int4(a[1]),
                a[2] == null ? null : Values.text(a[2])));
    }

    /** '[1:2][1:3]': each dimension's bounds, from the nesting of the text form. */
    static String dims(String array) {
        String s = array.trim();
        if (s.startsWith("[")) return s.substring(0, s.indexOf('='));
        StringBuilder b = new StringBuilder();
        String level = s;
        while (level.startsWith("{")) {
            List<String> items = topLevel(level);
            if (items.isEmpty()) return b.length() == 0 ? null : b.toString();
            b.append("[1:").append(items.size()).append(']');
            level = items.get(0) == null ? "" : items.get(0).trim();
        }
        return b.toString();
    }

    static Object subscript(Object[] a) {
        if (a.length < 2 || a[0] == null) return null;
        String level = Values.text(a[0]).trim();
        if (level.startsWith("[")) return null; // explicit bounds: not handled here
        for (int k = 1; k < a.length; k++) {
            if (a[k] == null || !level.startsWith("{")) return null;
            List<String> items = topLevel(level);
            long index = Values.integer(a[k]);
            if (index < 1 || index > items.size() || items.get((int) index - 1) == null) return null;
            level = items.get((int) index - 1).trim();
        }
        if (level.startsWith("{")) return null; // fewer subscripts than dimensions
        List<String> element = ArrayFunctions.elements("{" + level + "}");
        String v = element.isEmpty() ? null : element.get(0);
        return v != null && v.matches("-?\\d{1,18}") ? (Object) Long.parseLong(v) : v;
    }

    static String set(String array, int index, String value) {
        List<String> elements = new java.util.ArrayList<>(array == null ? List.of() : ArrayFunctions.elements(array));
        if (index < 1) throw new PgFunctionError("2202E", "array subscript out of range");
        while (elements.size() < index) elements.add(null);
        elements.set(index - 1, value);
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) b.append(',');
            b.append(ArrayFunctions.quote(elements.get(i)));
        }
        return b.append('}').toString();
    }

    /** The raw items of one level of {…}: nested arrays as their text, elements as written; NULL as null. */
    private static List<String> topLevel(String text) {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0, start = 1;
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '\\') i++;
                else if (ch == '"') quoted = false;
                continue;
            }
            if (ch == '"') quoted = true;
            else if (ch == '{') depth++;
            else if (ch == '}' && depth > 0) depth--;
            else if ((ch == ',' || ch == '}') && depth == 0) {
                String item = text.substring(start, i).trim();
                if (!item.isEmpty() || ch == ',') out.add(item.equalsIgnoreCase("null") ? null : item);
                start = i + 1;
                if (ch == '}') break;
            }
        }
        return out;
    }

    static String fill(Object value, Object dims, Object lowerBounds) {
        if (dims == null) throw new PgFunctionError("22004", "dimension array or low bound array cannot be null");
        List<String> lengths = ArrayFunctions.elements(Values.text(dims));
        List<String> lowers = lowerBounds == null ? null : ArrayFunctions.elements(Values.text(lowerBounds));
        if (lowers != null && lowers.size() != lengths.size()) {
            throw new PgFunctionError("2202E", "wrong number of array subscripts");
        }
        if (lengths.isEmpty()) return "{}";
        String element = ArrayFunctions.quote(value == null ? null : Values.text(value));
        StringBuilder bounds = new StringBuilder();
        boolean shifted = false;
        for (int d = 0; d < lengths.size(); d++) {
            if (lengths.get(d) == null) throw new PgFunctionError("22004", "dimension values cannot be null");
            int lower = lowers == null || lowers.get(d) == null ? 1 : Integer.parseInt(lowers.get(d));
            int length = Integer.parseInt(lengths.get(d));
            if (length <= 0) return "{}";
            shifted |= lower != 1;
            bounds.append('[').append(lower).append(':').append(lower + length - 1).append(']');
        }
        String body = nested(element, lengths, 0);
        return shifted ? bounds + "=" + body : body;
    }

    private static String nested(String element, List<String> lengths, int depth) {
        int n = Integer.parseInt(lengths.get(depth));
        String inner = depth + 1 == lengths.size() ? element : nested(element, lengths, depth + 1);
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(',');
            b.append(inner);
        }
        return b.append('}').toString();
    }

    static String trim(String array, int n) {
        List<String> elements = ArrayFunctions.elements(array);
        if (n < 0 || n > elements.size()) {
            throw new PgFunctionError("2202E", "number of elements to trim must be between 0 and " + elements.size());
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < elements.size() - n; i++) {
            if (i > 0) b.append(',');
            b.append(ArrayFunctions.quote(elements.get(i)));
        }
        return b.append('}').toString();
    }

    static boolean overlap(String left, String right) {
        Set<String> have = new HashSet<>(ArrayFunctions.elementsDeep(left));
        have.remove(null);
        for (String e : ArrayFunctions.elementsDeep(right)) if (e != null && have.contains(e)) return true;
        return false;
    }
}
