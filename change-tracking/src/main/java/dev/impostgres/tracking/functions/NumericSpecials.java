package dev.impostgres.tracking.functions;

import java.math.BigDecimal;

/**
 * numeric's special values NaN, Infinity and -Infinity (stored as that text): Postgres orders them -Infinity < every
 * number < Infinity < NaN with NaN equal to itself, and NaN makes any arithmetic NaN, while infinities follow IEEE
 * rules (Infinity - Infinity and 0 * Infinity are NaN, a finite number over an infinity is 0).
 */
final class NumericSpecials {
    private NumericSpecials() {}

    static boolean involved(Object a, Object b) {
        return special(a) != 0 || special(b) != 0;
    }

    /** 0 for a finite number, else -1 for -Infinity, 1 for Infinity, 2 for NaN. */
    static int special(Object v) {
        if (!(v instanceof String s)) return 0;
        return switch (s) {
            case "NaN" -> 2;
            case "Infinity" -> 1;
            case "-Infinity" -> -1;
            default -> 0;
        };
    }

    /** Order of two numerics of which at least one is special. */
    static int compare(Object a, Object b) {
        int x = special(a), y = special(b);
        if (x != 0 || y != 0) {
            if (x == 0) return y == -1 ? 1 : -1;
            if (y == 0) return x == -1 ? -1 : 1;
            return Integer.compare(x, y);
        }
        return Values.decimal(a).compareTo(Values.decimal(b));
    }

    /** The result of {@code l op r} when either is special (via IEEE doubles, exact for these cases), else null. */
    static String operate(String op, Object l, Object r) {
        if (!involved(l, r)) return null;
        double x = special(l) == 0 ? Values.decimal(l).signum() : value(l);
        double y = special(r) == 0 ? Values.decimal(r).signum() : value(r);
        double result = switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> {
                if (y == 0 && !Double.isNaN(x)) throw PgFunctionError.divisionByZero();
                yield Double.isInfinite(y) && !Double.isInfinite(x) && !Double.isNaN(x) ? 0 : x / y;
            }
            default -> throw new PgFunctionError("0A000", "operator " + op + " on numeric NaN or infinity is not supported");
        };
        if (Double.isNaN(result)) return "NaN";
        if (Double.isInfinite(result)) return result > 0 ? "Infinity" : "-Infinity";
        return BigDecimal.ZERO.toPlainString();
    }

    private static double value(Object v) {
        return switch (special(v)) {
            case 2 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            default -> Double.NEGATIVE_INFINITY;
        };
    }
}
