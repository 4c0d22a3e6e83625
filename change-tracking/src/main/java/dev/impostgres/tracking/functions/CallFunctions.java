package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.text;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.ValueCodec;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * make_interval (named arguments are put in place by the translator's CallArgumentRule), greatest/least (NULLs
 * ignored; compared by the type the translator passes) and array_positions.
 */
final class CallFunctions {
    private CallFunctions() {}

    private static final ValueCodec CODEC = new ValueCodec();
    private static final java.util.Set<String> NUMBER_TYPES = java.util.Set.of("int2", "int4", "int8", "numeric",
            "float4", "float8");

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "make_interval", 7, CallFunctions::makeInterval);
        Udf.lenient(c, "pg_greatest", -1, a -> extreme(a, 1));
        Udf.lenient(c, "pg_least", -1, a -> extreme(a, -1));
        Udf.strict(c, "pg_raise", 2, a -> { throw new PgFunctionError(text(a[0]), text(a[1])); });
        Udf.strict(c, "isfinite", 1, a -> !text(a[0]).toLowerCase(java.util.Locale.ROOT).contains("infinity"));
        Udf.strict(c, "trim_scale", 1, a -> Values.numeric(trimScale(Values.decimal(a[0]))));
        Udf.strict(c, "min_scale", 1, a -> (long) trimScale(Values.decimal(a[0])).scale());
        Udf.strict(c, "pg_dsqrt", 1, a -> {
            double v = Values.dbl(a[0]);
            if (v < 0) throw new PgFunctionError("2201F", "cannot take square root of a negative number");
            return Math.sqrt(v);
        });
        Udf.strict(c, "pg_dcbrt", 1, a -> Math.cbrt(Values.dbl(a[0])));
        Udf.lenient(c, "array_positions", 2, a -> {
            if (a[0] == null) return null;
            String v = a[1] == null ? null : text(a[1]);
            List<String> all = ArrayFunctions.elements(text(a[0]));
            List<String> at = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) if (java.util.Objects.equals(all.get(i), v)) at.add(Integer.toString(i + 1));
            return "{" + String.join(",", at) + "}";
        });
    }

    private static BigDecimal trimScale(BigDecimal d) {
        BigDecimal t = d.stripTrailingZeros();
        return t.scale() < 0 ? t.setScale(0) : t;
    }

    /** make_interval(years, months, weeks, days, hours, mins, secs). */
    private static Object makeInterval(Object[] a) {
        long days = Values.integer(a[2]) * 7 + Values.integer(a[3]);
        String secs = Values.decimal(a[6]).toPlainString();
        String text = Values.integer(a[0]) + " years " + Values.integer(a[1]) + " mons " + days + " days "
                + Values.integer(a[4]) + " hours " + Values.integer(a[5]) + " mins " + secs + " secs";
        try {
            return CODEC.decodeText(PgTypes.INTERVAL, text);
        } catch (PgException e) {
            throw new PgFunctionError(e.sqlState(), e.getMessage());
        }
    }

    /** {@code a[0]} is the arguments' common type tag; the rest the values. */
    private static Object extreme(Object[] a, int sign) {
        String tag = text(a[0]);
        Object best = null;
        for (int i = 1; i < a.length; i++) {
            if (a[i] == null) continue;
            if (best == null || compare(a[i], best, tag) * sign > 0) best = a[i];
        }
        if (best == null || !tag.equals("numeric")) return best;
        return Values.numeric(Values.decimal(best)); // greatest(1, 2.5) is numeric: the integer prints as one
    }

    private static int compare(Object x, Object y, String tag) {
        boolean numbers = NUMBER_TYPES.contains(tag) || tag.isEmpty() && !(x instanceof String) && !(y instanceof String);
        if (numbers) {
            BigDecimal l = Values.decimal(x), r = Values.decimal(y);
            return l.compareTo(r);
        }
        return text(x).compareTo(text(y));
    }
}
