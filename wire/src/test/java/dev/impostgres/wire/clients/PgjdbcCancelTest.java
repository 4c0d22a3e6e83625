package dev.impostgres.wire.clients;

import static dev.impostgres.wire.clients.PgjdbcCrudAndTransactionsTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A CancelRequest on a second connection stops a long query with 57014 and leaves the session usable. */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcCancelTest {

    /** Counts to a billion: minutes of work on either Postgres or SQLite, so only a cancel ends it quickly. */
    private static final String LONG_QUERY = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c"
            + " WHERE n < 1000000000) SELECT count(*) FROM c";

    @Test
    void statementCancelStopsALongQueryWith57014(PgTarget target) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            Future<Object> running = executor.submit(() -> {
                try {
                    return statement.executeQuery(LONG_QUERY);
                } catch (SQLException e) {
                    return e;
                }
            });
            // A cancel that arrives before the query starts is ignored by the server, so repeat it until the query ends.
            Object outcome = null;
            for (int attempt = 0; attempt < 300 && outcome == null; attempt++) {
                statement.cancel();
                try {
                    outcome = running.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    // cancel again
                } catch (ExecutionException e) {
                    throw new AssertionError(e.getCause());
                }
            }
            assertThat(outcome).as("the query ended by cancellation").isInstanceOf(SQLException.class);
            SQLException error = (SQLException) outcome;
            assertThat(error.getSQLState()).as(error.getMessage()).isEqualTo("57014");
            assertThat(error.getMessage()).contains("canceling statement due to user request");

            assertThat(rows(statement.executeQuery("SELECT 1 + 1"))).containsExactly("2");
        } finally {
            executor.shutdownNow();
        }
    }
}
