package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coerces a value SQLite is about to store into the storage form of a declared type and typmod. */
public final class StorageValues {
    private StorageValues() {}

    /** A value in the storage form of {@code type} with {@code typmod} (numeric scale, varchar length), checked. */
    public static Object coerce(PgType type, int typmod, Object in) {
        if (in == null || type == null) return in;
        if (in instanceof byte[] && type.oid() != 17) return in;
        return switch (type.oid()) {
            case 16 -> in instanceof Long l ? (Long) (l != 0 ? 1L : 0L) : PgInFunction.decode(type, text(in));
            case 20, 21, 23 -> integer(type, in);
            case 700, 701 -> in instanceof Long l ? (Object) l.doubleValue() : in instanceof Double ? in
                    : PgInFunction.decode(type, text(in));
            case 1700 -> numeric(in, typmod);
            case 1043, 1042 -> characters(type.oid() == 1042, typmod, text(in));
            case 25, 19 -> text(in);
            case 17 -> in instanceof byte[] ? in : PgInFunction.decode(type, text(in));
            default -> PgInFunction.decode(type, text(in));
        };
    }

    private static String text(Object in) {
        if (in instanceof Double d) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return in.toString();
    }

    private static Object integer(PgType type, Object in) {
        long value;
        if (in instanceof Long l) value = l;
        else if (in instanceof Double d) value = new BigDecimal(d).setScale(0, RoundingMode.HALF_UP).longValue();
        else return PgInFunction.decode(type, text(in));
        long min = type.oid() == 21 ? Short.MIN_VALUE : type.oid() == 23 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = type.oid() == 21 ? Short.MAX_VALUE : type.oid() == 23 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (value < min || value > max) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    (type.oid() == 21 ? "smallint" : type.oid() == 23 ? "integer" : "bigint") + " out of range");
        }
        return value;
    }

    private static Object numeric(Object in, int typmod) {
        String canonical = in instanceof Long ? in.toString()
                : (String) PgInFunction.decode(dev.impostgres.translator.types.PgTypes.NUMERIC, text(in));
        if (typmod < 4 || canonical.equals("NaN") || canonical.endsWith("Infinity")) return canonical;
        int precision = ((typmod - 4) >> 16) & 0xffff;
        int scale = (((typmod - 4) & 0x7ff) ^ 1024) - 1024;
        BigDecimal value = new BigDecimal(canonical).setScale(scale, RoundingMode.HALF_UP);
        int integerDigits = value.precision() - value.scale();
        if (value.signum() != 0 && integerDigits > precision - scale) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                    .withDetail("A field with precision " + precision + ", scale " + scale
                            + " must round to an absolute value less than 10^" + (precision - scale) + ".");
        }
        return scale >= 0 ? value.toPlainString() : value.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String characters(boolean blankPadded, int typmod, String s) {
        if (typmod < 4) return s;
        int n = typmod - 4;
        int length = s.codePointCount(0, s.length());
        if (length > n) {
            int cut = s.offsetByCodePoints(0, n);
            if (!s.substring(cut).isBlank() || !s.substring(cut).chars().allMatch(c -> c == ' ')) {
                throw new PgException(SqlState.STRING_DATA_RIGHT_TRUNCATION, "value too long for type "
                        + (blankPadded ? "character(" : "character varying(") + n + ")");
            }
            return s.substring(0, cut);
        }
        return blankPadded ? s + " ".repeat(n - length) : s;
    }
}
