package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * array_fill(value, dims [, lower bounds]), trim_array(array, n) and the overlap operator {@code &&}
 * ({@code pg_array_overlap}: some non-null element in common, compared by its text as array_contain_compare does
 * for one element type).
 */
final class ArrayBuilders {
    private ArrayBuilders() {}

    static void register(Connection c) throws SQLException {
        Udf.lenient(c, "array_fill", 2, a -> fill(a[0], a[1], null));
        Udf.lenient(c, "array_fill", 3, a -> fill(a[0], a[1], a[2]));
        Udf.strict(c, "trim_array", 2, a -> trim(Values.text(a[0]), Values.int4(a[1])));
        Udf.strict(c, "pg_array_overlap", 2, a -> overlap(Values.text(a[0]), Values.text(a[1])));
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
