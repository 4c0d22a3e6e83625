package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.decimal;
import static dev.impostgres.tracking.functions.Values.int4;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Arithmetic operators and math functions with Postgres semantics: integer division truncates and raises 22012 on
 * zero (SQLite returns NULL), integer overflow raises 22003, round/trunc with a scale give an exact numeric.
 */
final class MathFunctions {
    private MathFunctions() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_div", 2, a -> divide(a[0], a[1]));
        Udf.strict(c, "pg_mod", 2, a -> modulo(a[0], a[1]));
        Udf.strict(c, "mod", 2, a -> modulo(a[0], a[1]));
        Udf.strict(c, "div", 2, a -> numeric(decimal(a[0]).divideToIntegralValue(nonZero(decimal(a[1])))));
        Udf.strict(c, "pg_round_float", 1, a -> Math.rint(Values.dbl(a[0])));
        Udf.strict(c, "round", 2, a -> numeric(decimal(a[0]).setScale(int4(a[1]), RoundingMode.HALF_UP)));
        Udf.strict(c, "trunc", 2, a -> numeric(decimal(a[0]).setScale(int4(a[1]), RoundingMode.DOWN)));
        Udf.strict(c, "trunc", 1, a -> a[0] instanceof Long l ? (Object) l
                : a[0] instanceof Double d ? (Object) (double) (long) (double) d
                : numeric(decimal(a[0]).setScale(0, RoundingMode.DOWN)));
        Udf.strict(c, "gcd", 2, a -> BigInteger.valueOf(Values.integer(a[0])).gcd(BigInteger.valueOf(Values.integer(a[1]))).longValue());
        Udf.strict(c, "lcm", 2, a -> lcm(Values.integer(a[0]), Values.integer(a[1])));
        Udf.strict(c, "factorial", 1, a -> factorial(Values.integer(a[0])));
        Udf.strict(c, "scale", 1, a -> (long) Math.max(0, decimal(a[0]).scale()));
        Udf.strict(c, "width_bucket", 4, a -> widthBucket(Values.dbl(a[0]), Values.dbl(a[1]), Values.dbl(a[2]), int4(a[3])));
        Udf.strict(c, "cbrt", 1, a -> Math.cbrt(Values.dbl(a[0])));
        Udf.strict(c, "pg_xor", 2, a -> Values.integer(a[0]) ^ Values.integer(a[1]));
        Udf.lenient(c, "random", 0, a -> ThreadLocalRandom.current().nextDouble());
    }

    /** A numeric result: integral values without a fraction stay exact text, as numeric storage wants. */
    private static String numeric(BigDecimal d) {
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static BigDecimal nonZero(BigDecimal d) {
        if (d.signum() == 0) throw PgFunctionError.divisionByZero();
        return d;
    }

    static Object divide(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            if (b == 0) throw PgFunctionError.divisionByZero();
            if (a == Long.MIN_VALUE && b == -1) throw PgFunctionError.outOfRange("bigint");
            return a / b;
        }
        if (x instanceof String || y instanceof String) {
            BigDecimal a = decimal(x);
            BigDecimal b = nonZero(decimal(y));
            int scale = Math.max(16, Math.max(a.scale(), b.scale()));
            return numeric(a.divide(b, scale, RoundingMode.HALF_UP));
        }
        double b = Values.dbl(y);
        if (b == 0) throw PgFunctionError.divisionByZero();
        return Values.dbl(x) / b;
    }

    static Object modulo(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            if (b == 0) throw PgFunctionError.divisionByZero();
            return b == -1 ? 0L : a % b;
        }
        return numeric(decimal(x).remainder(nonZero(decimal(y))));
    }

    private static long lcm(long a, long b) {
        if (a == 0 || b == 0) return 0;
        BigInteger r = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).abs()
                .divide(BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)));
        if (r.bitLength() > 63) throw PgFunctionError.outOfRange("bigint");
        return r.longValue();
    }

    private static String factorial(long n) {
        if (n < 0) throw new PgFunctionError("22003", "factorial of a negative number is undefined");
        BigInteger r = BigInteger.ONE;
        for (long i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
        return r.toString();
    }

    private static long widthBucket(double operand, double low, double high, int count) {
        if (count <= 0) throw new PgFunctionError("2201G", "count must be greater than zero");
        if (low == high) throw new PgFunctionError("2201G", "lower bound cannot equal upper bound");
        if (low < high) {
            if (operand < low) return 0;
            if (operand >= high) return (long) count + 1;
            return (long) ((operand - low) / (high - low) * count) + 1;
        }
        if (operand > low) return 0;
        if (operand <= high) return (long) count + 1;
        return (long) ((low - operand) / (low - high) * count) + 1;
    }
}
