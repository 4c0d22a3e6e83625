package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.query;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.IsolationLevel;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import dev.impostgres.translator.error.PgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {
    @TempDir Path dataDir;

    @Test
    void thirtyTwoSessionsReadAndWriteWithoutBusyErrorsOrDirtyReads() throws Exception {
        int writers = 16, readers = 16, increments = 15;
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger serializationFailures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
        try (var manager = new SqliteDatabaseManager(dataDir)) {
            try (Session setup = manager.openSession("app")) {
                setup.execute(write("CREATE TABLE counter(id integer primary key, n int)"), List.of());
                setup.execute(write("CREATE TABLE log(id integer primary key, writer int)"), List.of());
                setup.execute(write("INSERT INTO counter VALUES (1, 0)"), List.of());
            }
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long writer = w;
                all.add(CompletableFuture.runAsync(() -> {
                    try (Session s = manager.openSession("app")) {
                        for (int i = 0; i < increments; i++) {
                            while (!increment(s, writer)) serializationFailures.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }, pool));
            }
            for (int r = 0; r < readers; r++) {
                all.add(CompletableFuture.runAsync(() -> {
                    try (Session s = manager.openSession("app")) {
                        for (int i = 0; i < increments * 2; i++) {
                            Object[] row = s.execute(query("SELECT n, (SELECT count(*) FROM log) FROM counter"), List.of())
                                    .rows().get(0);
                            // the counter and the log move in one transaction: a reader never sees one without the other
                            assertThat(row[0]).isEqualTo(row[1]);
                        }
                    } catch (Throwable t) {
                        errors.add(t);
                    }
                }, pool));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            assertThat(errors).isEmpty(); // in particular no SQLITE_BUSY and no 55P03
            System.out.println("REPEATABLE READ retries after 40001: " + serializationFailures.get());
            try (Session check = manager.openSession("app")) {
                assertThat(check.execute(query("SELECT n FROM counter"), List.of()).rows().get(0)[0])
                        .isEqualTo((long) writers * increments);
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * One increment; writers alternate READ COMMITTED and REPEATABLE READ. A REPEATABLE READ writer whose snapshot
     * went stale gets 40001 and retries, as a Postgres client would; false then.
     */
    private static boolean increment(Session s, long writer) {
        s.begin(writer % 2 == 0 ? IsolationLevel.READ_COMMITTED : IsolationLevel.REPEATABLE_READ, null);
        try {
            s.execute(query("SELECT n FROM counter"), List.of());
            s.execute(write("UPDATE counter SET n = n + 1"), List.of());
            s.execute(write("INSERT INTO log(writer) VALUES (?1)"), List.of(writer));
        } catch (PgException e) {
            if (!e.sqlState().equals("40001") || writer % 2 == 0) throw e;
            s.rollback();
            return false;
        }
        if (!s.commit()) throw new AssertionError("commit rolled back");
        return true;
    }

    @Test
    void aForeignProcessHoldingTheWriteLockMakesUsWaitNotFail() throws Exception {
        try (var manager = new SqliteDatabaseManager(dataDir); Session session = manager.openSession("app")) {
            session.execute(write("CREATE TABLE t(id integer primary key)"), List.of());
            Path file = dataDir.resolve(DatabaseFileNames.fileName("app"));
            try (Connection foreign = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement st = foreign.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("INSERT INTO t VALUES (1)");
                CompletableFuture<QueryResult> write = CompletableFuture.supplyAsync(
                        () -> session.execute(write("INSERT INTO t VALUES (2)"), List.of()));
                Thread.sleep(100); // long enough that a write without busy handling would already have failed
                assertThat(write).isNotDone();
                st.execute("COMMIT");
                assertThat(write.get().commandTag()).isEqualTo("INSERT 0 1");
            }
            assertThat(Statements.count(session, "t")).isEqualTo(2);
        }
    }
}
