package dev.impostgres.tracking.functions;

import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.ValueCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Conversions of SQLite storage values (Long, Double, String, byte[]) to what a Postgres function argument means. */
final class Values {
    private Values() {}

    private static final ValueCodec CODEC = new ValueCodec();

    /** The text Postgres would see for the value (a float prints as float8_out does). */
    static String text(Object v) {
        if (v == null) return null;
        if (v instanceof String s) return s;
        if (v instanceof Double d) return CODEC.formatText(PgTypes.FLOAT8, d, FormatSettings.DEFAULT);
        if (v instanceof byte[] b) return new String(b, StandardCharsets.UTF_8);
        return v.toString();
    }

    static long integer(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return Math.round(d);
        String s = text(v).trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                return new BigDecimal(s).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            } catch (NumberFormatException | ArithmeticException e2) {
                throw new PgFunctionError("22P02", "invalid input syntax for type integer: \"" + s + "\"");
            }
        }
    }

    static int int4(Object v) {
        long l = integer(v);
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) throw PgFunctionError.outOfRange("integer");
        return (int) l;
    }

    static double dbl(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return d;
        String s = text(v).trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new PgFunctionError("22P02", "invalid input syntax for type double precision: \"" + s + "\"");
        }
    }

    /** An exact decimal: integers and numeric text exactly, a float by its shortest decimal form. */
    static BigDecimal decimal(Object v) {
        if (v instanceof Long l) return BigDecimal.valueOf(l);
        if (v instanceof Double d) return new BigDecimal(text(d));
        String s = text(v).trim();
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new PgFunctionError("22P02", "invalid input syntax for type numeric: \"" + s + "\"");
        }
    }

    /** A numeric result in storage form: numeric is TEXT exactly as Postgres prints it. */
    static String numeric(BigDecimal d) {
        return d.toPlainString();
    }

    static boolean isNumericText(Object v) {
        return v instanceof String;
    }
}
