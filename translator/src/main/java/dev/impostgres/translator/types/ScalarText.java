package dev.impostgres.translator.types;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text input of bool, the integers, float4/float8 and numeric, validating like int4in, float8in, numeric_in. */
final class ScalarText {
    private ScalarText() {}

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Postgres's isspace(): blank, \t, \n, \r, \v, \f. */
    static String trimSpace(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    /** parse_bool: full words or any unambiguous prefix of them, case-insensitive. */
    static long parseBool(String input) {
        String s = trimSpace(input).toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            if ("true".startsWith(s) || "yes".startsWith(s) || s.equals("on") || s.equals("1")) return 1;
            if ("false".startsWith(s) || "no".startsWith(s) || (s.length() >= 2 && "off".startsWith(s))
                    || s.equals("0")) return 0;
        }
        throw Errors.invalidSyntax("boolean", input);
    }

    static long parseInteger(String input, PgType type) {
        String sqlName = TypeFormatter.format(type, -1);
        String s = trimSpace(input);
        if (!INTEGER.matcher(s).matches()) throw Errors.invalidSyntax(sqlName, input);
        long min, max;
        switch (type.oid()) {
            case 21 -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case 23 -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            default -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
        }
        long value;
        try {
            value = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException tooLong) {
            throw Errors.outOfRange(sqlName, input);
        }
        if (value < min || value > max) throw Errors.outOfRange(sqlName, input);
        return value;
    }

    /** oidin: an unsigned 32-bit number; like Postgres, negative input wraps (-1 is 4294967295). */
    static long parseOid(String input) {
        String s = trimSpace(input);
        if (!INTEGER.matcher(s).matches()) throw Errors.invalidSyntax("oid", input);
        long value;
        try {
            value = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException tooLong) {
            throw Errors.outOfRange("oid", input);
        }
        if (value < Integer.MIN_VALUE || value > 0xFFFFFFFFL) throw Errors.outOfRange("oid", input);
        return value & 0xFFFFFFFFL;
    }

    static double parseFloat(String input, boolean float4) {
        String sqlName = float4 ? "real" : "double precision";
        String s = trimSpace(input);
        String lower = s.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "nan", "+nan", "-nan": return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf": return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf": return Double.NEGATIVE_INFINITY;
            default: break;
        }
        if (!DECIMAL.matcher(s).matches()) throw Errors.invalidSyntax(sqlName, input);
        double value = float4 ? Float.parseFloat(s) : Double.parseDouble(s);
        boolean overflow = Double.isInfinite(value);
        boolean underflow = value == 0 && new BigDecimal(s).signum() != 0;
        if (overflow || underflow) {
            throw new dev.impostgres.translator.error.PgException(
                    dev.impostgres.translator.error.SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + input + "\" is out of range for type " + sqlName);
        }
        return value;
    }

    /** numeric_in then numeric_out: the canonical text Postgres would print back for this input. */
    static String canonicalNumeric(String input) {
        String s = trimSpace(input);
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan": return "NaN";
            case "infinity", "+infinity", "inf", "+inf": return "Infinity";
            case "-infinity", "-inf": return "-Infinity";
            default: break;
        }
        if (!DECIMAL.matcher(s).matches()) throw Errors.invalidSyntax("numeric", input);
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw Errors.outOfRange("numeric", input);
        }
        return plain(value);
    }

    /** A numeric as numeric_out prints it: plain notation, never a negative scale, no negative zero. */
    static String plain(BigDecimal value) {
        if (value.scale() < 0) value = value.setScale(0);
        // Postgres limits: 131072 digits before the point, 16383 after
        if (value.scale() > 16383 || value.precision() - value.scale() > 131072) {
            throw new dev.impostgres.translator.error.PgException(
                    dev.impostgres.translator.error.SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return value.toPlainString();
    }
}
