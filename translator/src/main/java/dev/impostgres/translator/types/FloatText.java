package dev.impostgres.translator.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * float4out/float8out. With extra_float_digits > 0 (the default since Postgres 12) the output is the shortest
 * decimal that reads back to the same float; otherwise C's {@code %.{15|6 + extra_float_digits}g}. Both use %g's
 * layout: exponent form when the decimal exponent is below -4 or at least 15 (float8) / 6 (float4).
 */
final class FloatText {
    private FloatText() {}

    static String format(double value, boolean float4, int extraFloatDigits) {
        if (Double.isNaN(value)) return "NaN";
        if (Double.isInfinite(value)) return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0) return (1 / value < 0) ? "-0" : "0";
        int layoutPrecision = float4 ? 6 : 15;
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded;
        if (extraFloatDigits > 0) {
            rounded = shortest(exact, value, float4);
        } else {
            int precision = Math.max(1, layoutPrecision + extraFloatDigits);
            rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            layoutPrecision = precision;
        }
        return layout(rounded, layoutPrecision);
    }

    private static BigDecimal shortest(BigDecimal exact, double value, boolean float4) {
        int maxDigits = float4 ? 9 : 17;
        for (int p = 1; p < maxDigits; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            boolean roundTrips = float4 ? candidate.floatValue() == (float) value : candidate.doubleValue() == value;
            if (roundTrips) return candidate;
        }
        return exact.round(new MathContext(maxDigits, RoundingMode.HALF_EVEN));
    }

    /** %g layout of an already-rounded value, trailing zeros removed. */
    private static String layout(BigDecimal rounded, int precision) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = stripped.precision() - stripped.scale() - 1;
        StringBuilder out = new StringBuilder();
        if (stripped.signum() < 0) out.append('-');
        if (exponent < -4 || exponent >= precision) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) out.append('.').append(digits, 1, digits.length());
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) out.append('0');
            out.append(abs);
        } else if (exponent >= 0) {
            if (digits.length() <= exponent + 1) {
                out.append(digits).append("0".repeat(exponent + 1 - digits.length()));
            } else {
                out.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
        }
        return out.toString();
    }
}
