package dev.impostgres.tracking.functions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * sqrt, exp, ln, log and power on numeric and on float8, as Postgres computes them. The numeric versions aim at 16
 * significant digits (NUMERIC_MIN_SIG_DIGITS) and never show fewer decimals than an argument's scale; the result
 * scale is chosen from an estimate of the result's decimal weight, as Postgres does (checked against Postgres 17:
 * sqrt(16.0) = 4.000000000000000, exp(1.0) = 2.7182818284590452, power(2.0, 3) = 8.0000000000000000). Both versions
 * raise where Postgres raises (SQLite's functions answer NULL).
 */
final class NumericMath {
    private NumericMath() {}

    private static final int MIN_SIG_DIGITS = 16;
    private static final int MAX_DISPLAY_SCALE = 1000;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_numeric_sqrt", 1, a -> Values.numeric(sqrt(Values.decimal(a[0]))));
        Udf.strict(c, "pg_numeric_exp", 1, a -> Values.numeric(exp(Values.decimal(a[0]))));
        Udf.strict(c, "pg_numeric_ln", 1, a -> Values.numeric(ln(Values.decimal(a[0]))));
        Udf.strict(c, "pg_numeric_log", 1, a -> Values.numeric(log(BigDecimal.TEN, Values.decimal(a[0]))));
        Udf.strict(c, "pg_numeric_log", 2, a -> Values.numeric(log(Values.decimal(a[0]), Values.decimal(a[1]))));
        Udf.strict(c, "pg_numeric_power", 2, a -> Values.numeric(power(Values.decimal(a[0]), Values.decimal(a[1]))));
        Udf.strict(c, "pg_float_sqrt", 1, a -> {
            double v = Values.dbl(a[0]);
            if (v < 0) throw new PgFunctionError("2201F", "cannot take square root of a negative number");
            return Math.sqrt(v);
        });
        Udf.strict(c, "pg_float_exp", 1, a -> finite(Math.exp(Values.dbl(a[0])), Values.dbl(a[0])));
        Udf.strict(c, "pg_float_ln", 1, a -> Math.log(positive(Values.dbl(a[0]))));
        Udf.strict(c, "pg_float_log", 1, a -> Math.log10(positive(Values.dbl(a[0]))));
        Udf.strict(c, "pg_float_power", 2, a -> floatPower(Values.dbl(a[0]), Values.dbl(a[1])));
    }

    static BigDecimal sqrt(BigDecimal x) {
        if (x.signum() < 0) throw new PgFunctionError("2201F", "cannot take square root of a negative number");
        // Postgres counts the weight in base-10000 digits: sqrt's weight is half of it
        int sweight = (nbaseWeight(x) + 1) * 4 / 2 - 1;
        int rscale = clamp(Math.max(MIN_SIG_DIGITS - sweight, scale(x)));
        if (x.signum() == 0) return BigDecimal.ZERO.setScale(rscale);
        return x.sqrt(new MathContext(rscale + Math.max(0, decimalWeight(x) / 2) + 10)).setScale(rscale, RoundingMode.HALF_UP);
    }

    static BigDecimal exp(BigDecimal x) {
        double weight = Math.max(-2000, Math.min(2000, x.doubleValue() * 0.434294481903252));
        int rscale = clamp(Math.max(MIN_SIG_DIGITS - (int) weight, scale(x)));
        if (weight > 1000 * 3) throw PgFunctionError.outOfRange("numeric");
        return expWith(x, rscale + Math.max(0, (int) weight) + 10).setScale(rscale, RoundingMode.HALF_UP);
    }

    static BigDecimal ln(BigDecimal x) {
        requireLogArgument(x);
        int rscale = clamp(Math.max(MIN_SIG_DIGITS - lnDecimalWeight(x), scale(x)));
        return lnWith(x, rscale + 10).setScale(rscale, RoundingMode.HALF_UP);
    }

    static BigDecimal log(BigDecimal base, BigDecimal x) {
        requireLogArgument(base);
        requireLogArgument(x);
        if (base.compareTo(BigDecimal.ONE) == 0) throw PgFunctionError.divisionByZero();
        int weight = lnDecimalWeight(x) - lnDecimalWeight(base);
        int rscale = clamp(Math.max(Math.max(MIN_SIG_DIGITS - weight, scale(base)), scale(x)));
        int digits = rscale + Math.max(0, weight) + 20;
        BigDecimal lnX = lnWith(x, digits), lnBase = lnWith(base, digits);
        return lnX.divide(lnBase, new MathContext(digits + 10)).setScale(rscale, RoundingMode.HALF_UP);
    }

    static BigDecimal power(BigDecimal base, BigDecimal exponent) {
        if (base.signum() == 0 && exponent.signum() < 0) {
            throw new PgFunctionError("2201F", "zero raised to a negative power is undefined");
        }
        boolean integral = exponent.stripTrailingZeros().scale() <= 0;
        if (base.signum() < 0 && !integral) {
            throw new PgFunctionError("2201F", "a negative number raised to a non-integer power yields a complex result");
        }
        if (integral && exponent.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            // an integer power keeps 16 decimals whatever the result's weight (Postgres 17: power(10.0, -20) = 0.0000…)
            int rscale = clamp(Math.max(MIN_SIG_DIGITS, Math.max(scale(base), scale(exponent))));
            int n = exponent.intValueExact();
            if (n >= 0) return base.pow(n).setScale(rscale, RoundingMode.HALF_UP);
            BigDecimal denominator = base.pow(-n);
            return BigDecimal.ONE.divide(denominator, rscale, RoundingMode.HALF_UP);
        }
        if (base.signum() == 0) return BigDecimal.ZERO.setScale(MIN_SIG_DIGITS);
        double weight = exponent.doubleValue() * lnWith(base, 20).doubleValue() * 0.434294481903252;
        if (weight > 3000) throw PgFunctionError.outOfRange("numeric");
        int rscale = clamp(Math.max(Math.max(MIN_SIG_DIGITS - (int) weight, scale(base)), scale(exponent)));
        int digits = rscale + Math.max(0, (int) weight) + 20;
        return expWith(exponent.multiply(lnWith(base, digits)), digits).setScale(rscale, RoundingMode.HALF_UP);
    }

    private static double floatPower(double x, double y) {
        if (x == 0 && y < 0) throw new PgFunctionError("2201F", "zero raised to a negative power is undefined");
        if (x < 0 && y != Math.floor(y)) {
            throw new PgFunctionError("2201F", "a negative number raised to a non-integer power yields a complex result");
        }
        return finite(Math.pow(x, y), x);
    }

    private static double positive(double v) {
        if (v == 0) throw new PgFunctionError("2201E", "cannot take logarithm of zero");
        if (v < 0) throw new PgFunctionError("2201E", "cannot take logarithm of a negative number");
        return v;
    }

    private static double finite(double result, double argument) {
        if (Double.isInfinite(result) && !Double.isInfinite(argument)) {
            throw new PgFunctionError("22003", "value out of range: overflow");
        }
        return result;
    }

    private static void requireLogArgument(BigDecimal x) {
        if (x.signum() == 0) throw new PgFunctionError("2201E", "cannot take logarithm of zero");
        if (x.signum() < 0) throw new PgFunctionError("2201E", "cannot take logarithm of a negative number");
    }

    /**
     * The decimal weight Postgres expects of ln(x): near 1 that of x - 1 (ln(1 + d) ≈ d), elsewhere that of a
     * double-precision estimate of ln(x), truncated toward zero.
     */
    static int lnDecimalWeight(BigDecimal x) {
        if (x.compareTo(new BigDecimal("0.9")) >= 0 && x.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal d = x.subtract(BigDecimal.ONE);
            return d.signum() == 0 ? 0 : decimalWeight(d);
        }
        double estimate = Math.log(x.unscaledValue().doubleValue() == 0 ? 1 : mantissa(x))
                + (decimalWeight(x)) * 2.302585092994046;
        return (int) Math.log10(Math.abs(estimate));
    }

    /** x / 10^weight, in [1, 10). */
    private static double mantissa(BigDecimal x) {
        return x.movePointLeft(decimalWeight(x)).doubleValue();
    }

    /** The power of ten of x's first significant digit. */
    static int decimalWeight(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    /** The weight in Postgres's base-10000 digits. */
    private static int nbaseWeight(BigDecimal x) {
        return x.signum() == 0 ? 0 : Math.floorDiv(decimalWeight(x), 4);
    }

    private static int scale(BigDecimal x) {
        return Math.max(0, x.scale());
    }

    private static int clamp(int rscale) {
        return Math.max(0, Math.min(MAX_DISPLAY_SCALE, rscale));
    }

    /** e^x to at least {@code decimals} digits after the point: e^(n + f) = e^n · e^f, e^f by its series. */
    private static BigDecimal expWith(BigDecimal x, int decimals) {
        int wholeDigits = Math.max(1, (int) Math.ceil(Math.abs(x.doubleValue()) * 0.434294481903252) + 1);
        MathContext mc = new MathContext(decimals + wholeDigits + 10);
        BigDecimal n = x.setScale(0, RoundingMode.DOWN);
        BigDecimal f = x.subtract(n);
        BigDecimal result = series(f, mc);
        if (n.signum() != 0) {
            BigDecimal e = series(BigDecimal.ONE, mc);
            BigDecimal en = e.pow(n.abs().intValueExact(), mc);
            result = n.signum() > 0 ? result.multiply(en, mc) : result.divide(en, mc);
        }
        return result;
    }

    /** The Taylor series of e^f for |f| < 1. */
    private static BigDecimal series(BigDecimal f, MathContext mc) {
        BigDecimal sum = BigDecimal.ONE, term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; k < 10_000; k++) {
            term = term.multiply(f, mc).divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(epsilon) < 0) break;
        }
        return sum;
    }

    /**
     * ln(x) to at least {@code decimals} digits after the point: x = m · 10^k, square roots bring m near 1, then
     * ln(m) = 2 atanh((m - 1) / (m + 1)).
     */
    private static BigDecimal lnWith(BigDecimal x, int decimals) {
        int k = decimalWeight(x);
        BigDecimal m = x.movePointLeft(k);
        BigDecimal result = lnNearOne(m, decimals);
        if (k != 0) result = result.add(lnNearOne(BigDecimal.TEN, decimals + 10).multiply(BigDecimal.valueOf(k)));
        return result;
    }

    private static BigDecimal lnNearOne(BigDecimal m, int decimals) {
        MathContext mc = new MathContext(decimals + 30);
        int roots = 0;
        BigDecimal limit = new BigDecimal("0.001");
        while (m.subtract(BigDecimal.ONE).abs().compareTo(limit) > 0) {
            m = m.sqrt(mc);
            roots++;
        }
        BigDecimal z = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
        BigDecimal z2 = z.multiply(z, mc), power = z, sum = z;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(mc.getPrecision());
        for (int n = 3; n < 100_000; n += 2) {
            power = power.multiply(z2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(epsilon) < 0) break;
        }
        return sum.multiply(TWO).multiply(TWO.pow(roots));
    }
}
