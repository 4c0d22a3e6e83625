package dev.impostgres.translator.types;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Coercions of what SQLite hands back (Long, Double, String, byte[]) into the Java value a codec needs. SQLite's
 * type affinity may return a Long for a REAL column or text for a number; each is read the way Postgres would
 * have stored the value in the first place.
 */
final class Storage {
    private Storage() {}

    static long asLong(Object value) {
        if (value instanceof Long l) return l;
        if (value instanceof Number n) return n.longValue();
        if (value instanceof Boolean b) return b ? 1 : 0;
        if (value instanceof String s) {
            String t = s.trim();
            if (t.equals("t") || t.equals("f")) return t.equals("t") ? 1 : 0;
            return new BigDecimal(t).longValueExact();
        }
        throw new IllegalArgumentException("not an integer storage value: " + value.getClass().getSimpleName());
    }

    static double asDouble(Object value) {
        if (value instanceof Number n) return n.doubleValue();
        if (value instanceof String s) return ScalarText.parseFloat(s, false);
        throw new IllegalArgumentException("not a float storage value: " + value.getClass().getSimpleName());
    }

    /** A numeric in numeric_out form. A Double prints as its shortest decimal; a whole one without ".0". */
    static String asNumeric(Object value) {
        if (value instanceof Long || value instanceof Integer) return value.toString();
        if (value instanceof Double d) {
            if (d.isNaN()) return "NaN";
            if (d.isInfinite()) return d > 0 ? "Infinity" : "-Infinity";
            return ScalarText.plain(BigDecimal.valueOf(d).stripTrailingZeros());
        }
        return asText(value);
    }

    static String asText(Object value) {
        if (value instanceof String s) return s;
        if (value instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
        return String.valueOf(value);
    }

    static byte[] asBytes(Object value) {
        if (value instanceof byte[] b) return b;
        return asText(value).getBytes(StandardCharsets.UTF_8);
    }
}
