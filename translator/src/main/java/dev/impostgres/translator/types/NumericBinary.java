package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;

/**
 * numeric_send / numeric_recv: int16 ndigits | int16 weight | int16 sign | int16 dscale | int16 digit[ndigits],
 * digits in base 10000 aligned on the decimal point, weight the power of 10000 of the first digit.
 */
final class NumericBinary {
    private NumericBinary() {}

    private static final int POSITIVE = 0x0000, NEGATIVE = 0x4000, NAN = 0xC000, PINF = 0xD000, NINF = 0xF000;
    // Postgres reads dscale of the special values out of their short header, which yields 32 for ±Infinity.
    private static final int SPECIAL_INFINITY_DSCALE = 0x20;

    static byte[] send(String canonical) {
        switch (canonical) {
            case "NaN": return header(0, 0, NAN, 0).array();
            case "Infinity": return header(0, 0, PINF, SPECIAL_INFINITY_DSCALE).array();
            case "-Infinity": return header(0, 0, NINF, SPECIAL_INFINITY_DSCALE).array();
            default: break;
        }
        BigDecimal value = new BigDecimal(canonical);
        int dscale = Math.max(0, value.scale());
        String plain = value.abs().setScale(dscale).toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point + 1);
        if (integer.equals("0")) integer = "";
        integer = "0".repeat((4 - integer.length() % 4) % 4) + integer;
        fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
        String all = integer + fraction;
        int groups = all.length() / 4;
        int weight = integer.length() / 4 - 1;
        int first = 0, last = groups;
        while (first < last && all.startsWith("0000", first * 4)) { first++; weight--; }
        while (last > first && all.startsWith("0000", (last - 1) * 4)) last--;
        if (first == last) weight = 0;
        ByteBuffer out = header(last - first, weight, value.signum() < 0 ? NEGATIVE : POSITIVE, dscale);
        for (int g = first; g < last; g++) out.putShort(Short.parseShort(all.substring(g * 4, g * 4 + 4)));
        return out.array();
    }

    private static ByteBuffer header(int ndigits, int weight, int sign, int dscale) {
        ByteBuffer out = ByteBuffer.allocate(8 + 2 * ndigits);
        out.putShort((short) ndigits).putShort((short) weight).putShort((short) sign).putShort((short) dscale);
        return out;
    }

    static String recv(ByteBuffer in) {
        if (in.remaining() < 8) throw Errors.insufficientData();
        int ndigits = in.getShort() & 0xFFFF, weight = in.getShort(), sign = in.getShort() & 0xFFFF;
        int dscale = in.getShort() & 0xFFFF;
        switch (sign) {
            case NAN: return "NaN";
            case PINF: return "Infinity";
            case NINF: return "-Infinity";
            case POSITIVE, NEGATIVE: break;
            default: throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid sign in external \"numeric\" value");
        }
        if ((dscale & 0x3FFF) != dscale) {
            throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid scale in external \"numeric\" value");
        }
        if (in.remaining() < 2 * ndigits) throw Errors.insufficientData();
        BigInteger unscaled = BigInteger.ZERO;
        BigInteger base = BigInteger.valueOf(10000);
        for (int i = 0; i < ndigits; i++) {
            int digit = in.getShort();
            if (digit < 0 || digit > 9999) {
                throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid digit in external \"numeric\" value");
            }
            unscaled = unscaled.multiply(base).add(BigInteger.valueOf(digit));
        }
        // the last digit stands for 10000^(weight - ndigits + 1)
        BigDecimal value = new BigDecimal(unscaled, -4 * (weight - ndigits + 1));
        if (sign == NEGATIVE) value = value.negate();
        return ScalarText.plain(value.setScale(dscale, RoundingMode.HALF_UP));
    }
}
