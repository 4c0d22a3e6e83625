package dev.impostgres.tracking.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * Exact arithmetic for the typed operators the translator emits (TypedOperatorRule): numeric with Postgres's result
 * scales (add/subtract: the larger scale; multiply: the sum; divide: select_div_scale, at least 16 significant
 * digits), int4/int8 with 22003 on overflow, numeric comparison, and sum/avg over numeric without any double.
 */
final class NumericFunctions {
    private NumericFunctions() {}

    private static final int NUMERIC_MIN_SIG_DIGITS = 16, NUMERIC_MAX_DISPLAY_SCALE = 1000;

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_numeric_op", 5, a -> {
            String special = NumericSpecials.operate(Values.text(a[0]), a[3], a[4]);
            return special != null ? special
                    : Values.numeric(numeric(Values.text(a[0]), Values.decimal(a[3]), Values.decimal(a[4])));
        });
        Udf.strict(c, "pg_int4_op", 5, a -> integer(Values.text(a[0]), Values.integer(a[3]), Values.integer(a[4]),
                Integer.MIN_VALUE, Integer.MAX_VALUE, "integer"));
        Udf.strict(c, "pg_int2_op", 5, a -> integer(Values.text(a[0]), Values.integer(a[3]), Values.integer(a[4]),
                Short.MIN_VALUE, Short.MAX_VALUE, "smallint"));
        Udf.strict(c, "pg_int8_op", 5, a -> integer(Values.text(a[0]), Values.integer(a[3]), Values.integer(a[4]),
                Long.MIN_VALUE, Long.MAX_VALUE, "bigint"));
        Udf.strict(c, "pg_numeric_cmp", 2, a -> NumericSpecials.involved(a[0], a[1])
                ? (long) NumericSpecials.compare(a[0], a[1])
                : (long) Values.decimal(a[0]).compareTo(Values.decimal(a[1])));
        // numeric order for ORDER BY / min / max over numeric text (the translator adds COLLATE pg_numeric)
        org.sqlite.Collation.create(c, "pg_numeric", new org.sqlite.Collation() {
            @Override
            protected int xCompare(String a, String b) {
                return compareNumericText(a, b);
            }
        });
        Function.create(c, "pg_numeric_sum", new Sum(false), 1, 0);
        Function.create(c, "pg_numeric_avg", new Sum(true), 1, 0);
    }

    /** Numeric order; text that is not a number sorts after every number (as NaN does in Postgres). */
    static int compareNumericText(String a, String b) {
        BigDecimal x = parseOrNull(a), y = parseOrNull(b);
        if (x == null || y == null) return x == null && y == null ? a.compareTo(b) : x == null ? 1 : -1;
        return x.compareTo(y);
    }

    private static BigDecimal parseOrNull(String s) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal numeric(String op, BigDecimal l, BigDecimal r) {
        return switch (op) {
            case "+" -> l.add(r);
            case "-" -> l.subtract(r);
            case "*" -> l.multiply(r);
            case "/" -> divide(l, r);
            case "%" -> {
                if (r.signum() == 0) throw PgFunctionError.divisionByZero();
                yield l.remainder(r).setScale(Math.max(l.scale(), r.scale()), RoundingMode.UNNECESSARY);
            }
            default -> throw new PgFunctionError("42883", "operator does not exist: numeric " + op + " numeric");
        };
    }

    /** numeric_div: the quotient rounded (half away from zero) to select_div_scale's scale. */
    static BigDecimal divide(BigDecimal l, BigDecimal r) {
        if (r.signum() == 0) throw PgFunctionError.divisionByZero();
        return l.divide(r, divisionScale(l, r), RoundingMode.HALF_UP);
    }

    /** select_div_scale (numeric.c), with weights and first digits in Postgres's base-10000 digits. */
    static int divisionScale(BigDecimal l, BigDecimal r) {
        int[] w1 = weightAndFirstDigit(l), w2 = weightAndFirstDigit(r);
        int qweight = w1[0] - w2[0];
        if (w1[1] <= w2[1]) qweight--;
        int rscale = NUMERIC_MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, Math.max(l.scale(), 0));
        rscale = Math.max(rscale, Math.max(r.scale(), 0));
        return Math.min(Math.max(rscale, 0), NUMERIC_MAX_DISPLAY_SCALE);
    }

    /** {weight, first base-10000 digit} of |v|; {0, 0} for zero. */
    static int[] weightAndFirstDigit(BigDecimal v) {
        BigDecimal abs = v.abs().stripTrailingZeros();
        if (abs.signum() == 0) return new int[] {0, 0};
        // exponent of the leading decimal digit: abs = d.ddd × 10^e
        int e = abs.precision() - abs.scale() - 1;
        int weight = Math.floorDiv(e, 4);
        BigDecimal group = abs.movePointLeft(weight * 4).setScale(0, RoundingMode.DOWN);
        return new int[] {weight, group.intValue()};
    }

    static long integer(String op, long l, long r, long min, long max, String type) {
        BigInteger a = BigInteger.valueOf(l), b = BigInteger.valueOf(r);
        BigInteger result = switch (op) {
            case "+" -> a.add(b);
            case "-" -> a.subtract(b);
            case "*" -> a.multiply(b);
            case "/" -> {
                if (r == 0) throw PgFunctionError.divisionByZero();
                yield a.divide(b);
            }
            case "%" -> {
                if (r == 0) throw PgFunctionError.divisionByZero();
                yield a.remainder(b);
            }
            default -> throw new PgFunctionError("42883", "operator does not exist: " + type + " " + op + " " + type);
        };
        if (result.compareTo(BigInteger.valueOf(min)) < 0 || result.compareTo(BigInteger.valueOf(max)) > 0) {
            throw PgFunctionError.outOfRange(type);
        }
        return result.longValue();
    }

    /**
     * sum(numeric) / avg(integer or numeric): NULL over no non-null rows. A window function too (xInverse drops a
     * row leaving a ROWS frame), so {@code avg(int) OVER (…)} is numeric division as Postgres prints it. sqlite-jdbc
     * clones it per group.
     */
    private static final class Sum extends Function.Window implements Cloneable {
        private final boolean average;
        private BigDecimal total;
        private long count;

        Sum(boolean average) { this.average = average; }

        /** The argument as a decimal, null for SQL NULL. */
        private BigDecimal argument() throws SQLException {
            return switch (value_type(0)) {
                case 1 -> Values.decimal(value_long(0));
                case 2 -> Values.decimal(value_double(0));
                case 3 -> Values.decimal(value_text(0));
                default -> null;
            };
        }

        @Override
        protected void xStep() throws SQLException {
            try {
                BigDecimal d = argument();
                if (d == null) return;
                total = total == null ? d : total.add(d);
                count++;
            } catch (PgFunctionError e) {
                error(e.encode());
            }
        }

        @Override
        protected void xInverse() throws SQLException {
            try {
                BigDecimal d = argument();
                if (d == null) return;
                total = total.subtract(d);
                if (--count == 0) total = null;
            } catch (PgFunctionError e) {
                error(e.encode());
            }
        }

        @Override
        protected void xValue() throws SQLException {
            if (total == null) result();
            else result(Values.numeric(average ? divide(total, BigDecimal.valueOf(count)) : total));
        }

        @Override
        protected void xFinal() throws SQLException {
            xValue();
            total = null;
            count = 0;
        }
    }
}
