package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * {@code pg_sleep(seconds)}: waits, returns void (the empty text, as Postgres prints void), and ends early with 57014
 * when the statement is cancelled — checked every 100 ms, since sqlite3_interrupt cannot reach a Java function.
 */
final class SleepFunction {
    private SleepFunction() {}

    private static final long CHECK_MILLIS = 100;

    static void register(Connection c, BooleanSupplier cancelled) throws SQLException {
        Udf.strict(c, "pg_sleep", 1, a -> {
            double seconds;
            try {
                seconds = Double.parseDouble(String.valueOf(a[0]).trim());
            } catch (NumberFormatException e) {
                throw new PgFunctionError("22P02", "invalid input syntax for type double precision: \"" + a[0] + "\"");
            }
            long end = System.nanoTime() + (long) (Math.max(0, seconds) * 1e9);
            try {
                for (long left = end - System.nanoTime(); left > 0; left = end - System.nanoTime()) {
                    if (cancelled.getAsBoolean()) {
                        throw new PgFunctionError("57014", "canceling statement due to user request");
                    }
                    long millis = Math.min(CHECK_MILLIS, Math.max(1, left / 1_000_000));
                    Thread.sleep(millis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PgFunctionError("57014", "canceling statement due to user request");
            }
            return "";
        });
    }
}
