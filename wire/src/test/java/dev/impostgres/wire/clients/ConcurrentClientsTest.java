package dev.impostgres.wire.clients;

import static dev.impostgres.wire.clients.PgjdbcCrudAndTransactionsTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 32 pgjdbc clients at once, half writing and half reading. Every writer transaction inserts {@link #ROWS_PER_TX}
 * ledger rows and bumps one shared counter; some transactions roll back. Readers must only ever see whole committed
 * transactions, and the totals at the end must be exact. Nobody may see SQLite's busy errors.
 */
@ExtendWith(ImpostgresExtension.class)
class ConcurrentClientsTest {

    private static final int WRITERS = 16;
    private static final int READERS = 16;
    private static final int TX_PER_WRITER = 8;
    private static final int ROWS_PER_TX = 4;
    private static final int READS_PER_READER = 15;

    @Test
    void mixedReadersAndWritersSeeOnlyCommittedDataAndFinalCountsAreExact(PgTarget target) throws Exception {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE ledger (id int primary key, writer int4 not null, tx int4 not null,"
                    + " amount int4 not null)");
            statement.execute("CREATE TABLE counter (id int primary key, n int8 not null)");
            statement.execute("INSERT INTO counter (id, n) VALUES (1, 0)");
        }

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                clients.add(pool.submit(() -> runClient(() -> write(target, id, start), failures)));
            }
            for (int reader = 0; reader < READERS; reader++) {
                clients.add(pool.submit(() -> runClient(() -> read(target, start), failures)));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failures).as("errors seen by clients").noneMatch(f -> f.contains("SQLITE_BUSY")
                || f.toLowerCase().contains("database is locked"));
        assertThat(failures).isEmpty();
        int committedPerWriter = (int) java.util.stream.IntStream.range(0, TX_PER_WRITER).filter(tx -> !rolledBack(tx))
                .count();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            assertThat(rows(statement.executeQuery("SELECT count(*), sum(amount) FROM ledger"))).containsExactly(
                    WRITERS * committedPerWriter * ROWS_PER_TX + "|" + WRITERS * committedPerWriter * ROWS_PER_TX);
            assertThat(rows(statement.executeQuery("SELECT n FROM counter WHERE id = 1")))
                    .containsExactly(String.valueOf(WRITERS * committedPerWriter));
        }
    }

    /** Every fourth transaction of each writer rolls back; its rows carry amount -1 so a reader can spot them. */
    private static boolean rolledBack(int tx) {
        return tx % 4 == 3;
    }

    private static void write(PgTarget target, int writer, CountDownLatch start) throws Exception {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            start.await();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ledger (id, writer, tx, amount) VALUES (?, ?, ?, ?)");
                 PreparedStatement bump = connection.prepareStatement("UPDATE counter SET n = n + 1 WHERE id = 1")) {
                for (int tx = 0; tx < TX_PER_WRITER; tx++) {
                    for (int row = 0; row < ROWS_PER_TX; row++) {
                        insert.setInt(1, writer * 1000 + tx * 10 + row);
                        insert.setInt(2, writer);
                        insert.setInt(3, tx);
                        insert.setInt(4, rolledBack(tx) ? -1 : 1);
                        insert.executeUpdate();
                    }
                    assertThat(bump.executeUpdate()).isEqualTo(1);
                    if (rolledBack(tx)) {
                        connection.rollback();
                    } else {
                        connection.commit();
                    }
                }
            }
        }
    }

    private static void read(PgTarget target, CountDownLatch start) throws Exception {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            start.await();
            long lastCount = 0;
            for (int i = 0; i < READS_PER_READER; i++) {
                // One statement, one snapshot: the counter and the ledger must agree.
                try (ResultSet rs = statement.executeQuery("SELECT (SELECT n FROM counter WHERE id = 1),"
                        + " (SELECT count(*) FROM ledger), (SELECT count(*) FROM ledger WHERE amount < 0)")) {
                    assertThat(rs.next()).isTrue();
                    long committedTx = rs.getLong(1);
                    long rowCount = rs.getLong(2);
                    assertThat(rowCount).as("ledger rows against committed transactions")
                            .isEqualTo(committedTx * ROWS_PER_TX);
                    assertThat(rs.getLong(3)).as("rows of rolled-back transactions").isZero();
                    assertThat(rowCount).as("committed rows never disappear").isGreaterThanOrEqualTo(lastCount);
                    lastCount = rowCount;
                }
                assertThat(rows(statement.executeQuery("SELECT writer, tx, count(*) FROM ledger GROUP BY writer, tx"
                        + " HAVING count(*) <> " + ROWS_PER_TX))).as("partially visible transactions").isEmpty();
            }
        }
    }

    private interface Client {
        void run() throws Exception;
    }

    private static void runClient(Client client, Queue<String> failures) {
        try {
            client.run();
        } catch (SQLException e) {
            failures.add(e.getSQLState() + " " + e.getMessage());
        } catch (Exception | AssertionError e) {
            failures.add(e.toString());
        }
    }
}
