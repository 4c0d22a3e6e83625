package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code pg_float8_op(op, ltype, rtype, l, r)} and {@code pg_float4_op}: double precision and real arithmetic with
 * Postgres's float.h checks, which SQLite's own operators lack: a finite computation that overflows is 22003
 * "value out of range: overflow" (SQLite answers Infinity), one that underflows to zero is "…: underflow", division
 * by zero is 22012, and NaN (carried as the text 'NaN', see Udf) stays NaN.
 */
final class FloatFunctions {
    private FloatFunctions() {}

    static void register(Connection connection) throws SQLException {
        Udf.strict(connection, "pg_float8_op", 5,
                a -> operate(Values.text(a[0]), Values.dbl(a[3]), Values.dbl(a[4]), false));
        Udf.strict(connection, "pg_float4_op", 5,
                a -> operate(Values.text(a[0]), Values.dbl(a[3]), Values.dbl(a[4]), true));
        Udf.strict(connection, "pg_float_neg", 1, a -> -Values.dbl(a[0])); // SQLite's -x is 0 - x: no -0
    }

    static double operate(String op, double l, double r, boolean real) {
        double result = switch (op) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            case "/" -> {
                if (r == 0 && !Double.isNaN(l)) throw PgFunctionError.divisionByZero();
                yield l / r;
            }
            case "%" -> throw new PgFunctionError("42883", "operator does not exist: double precision % double precision");
            default -> throw new PgFunctionError("42883", "operator does not exist: double precision " + op
                    + " double precision");
        };
        if (real) result = (float) result;
        boolean finiteInputs = !Double.isInfinite(l) && !Double.isInfinite(r);
        if (Double.isInfinite(result) && finiteInputs) {
            throw new PgFunctionError("22003", "value out of range: overflow");
        }
        boolean zeroMeansUnderflow = op.equals("*") ? l != 0 && r != 0 : op.equals("/") && l != 0 && finiteInputs;
        if (result == 0 && zeroMeansUnderflow) throw new PgFunctionError("22003", "value out of range: underflow");
        return result;
    }
}
