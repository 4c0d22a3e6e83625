package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.count;
import static dev.impostgres.tracking.Statements.query;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CancelTest extends AppSessionFixture {
    private static final String ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) ";

    @BeforeEach
    void createTable() {
        session.execute(write("CREATE TABLE t(id integer primary key, v text)"), List.of());
    }

    /** Runs the statement on another thread and cancels until it ends; returns what it failed with. */
    private PgException runAndCancel(Session target, PgStatement.Sql statement) throws Exception {
        CompletableFuture<QueryResult> running = CompletableFuture.supplyAsync(() -> target.execute(statement, List.of()));
        while (!running.isDone()) {
            target.cancel();
            Thread.sleep(2);
        }
        try {
            running.get();
            throw new AssertionError("statement was not cancelled");
        } catch (ExecutionException e) {
            return (PgException) e.getCause();
        }
    }

    @Test
    void endlessQueryIsCancelledFromAnotherThread() throws Exception {
        PgException e = runAndCancel(session, query(ENDLESS + "SELECT count(*) FROM c"));
        assertThat(e.sqlState()).isEqualTo("57014");
        assertThat(e.getMessage()).isEqualTo("canceling statement due to user request");
        assertThat(count(session, "t")).isZero(); // the session stays usable
    }

    @Test
    void cancelWhenNothingRunsDoesNotAffectTheNextStatement() {
        session.cancel();
        session.cancel();
        assertThat(session.execute(query(ENDLESS + "SELECT count(*) FROM (SELECT x FROM c LIMIT 200000)"), List.of())
                .rows().get(0)[0]).isEqualTo(200000L);
    }

    @Test
    void cancelledReadInABlockFailsTheBlockAndRollbackToSavepointRecovers() throws Exception {
        session.begin(null, null);
        session.execute(write("INSERT INTO t VALUES (1, 'kept')"), List.of());
        session.savepoint("s");
        assertThat(runAndCancel(session, query(ENDLESS + "SELECT count(*) FROM c")).sqlState()).isEqualTo("57014");
        assertThat(session.status()).isEqualTo(TransactionStatus.FAILED);
        session.rollbackToSavepoint("s");
        assertThat(session.commit()).isTrue();
        assertThat(count(session, "t")).isEqualTo(1);
    }

    @Test
    void cancelledWriteInABlockLeavesOnlyRollback() throws Exception {
        session.begin(null, null);
        session.execute(write("INSERT INTO t VALUES (1, 'lost')"), List.of());
        session.savepoint("s");
        PgException e = runAndCancel(session, write("INSERT INTO t " + ENDLESS + "SELECT x + 1, 'x' FROM c"));
        assertThat(e.sqlState()).isEqualTo("57014");
        // SQLite rolls the whole transaction back when it interrupts a write; we must not pretend otherwise.
        PgException recovery = org.junit.jupiter.api.Assertions.assertThrows(PgException.class,
                () -> session.rollbackToSavepoint("s"));
        assertThat(recovery.sqlState()).isEqualTo("25P02");
        session.rollback();
        assertThat(count(session, "t")).isZero();
        session.execute(write("INSERT INTO t VALUES (2, 'after')"), List.of());
        assertThat(count(session, "t")).isEqualTo(1);
    }

    @Test
    void cancelAbortsAWaitForTheWriterLock() throws Exception {
        try (Session holder = manager.openSession("app")) {
            holder.begin(null, null);
            holder.execute(write("INSERT INTO t VALUES (1, 'holder')"), List.of());
            WriterLock lock = ((SqliteSession) holder).database().writerLock;
            CompletableFuture<QueryResult> waiting = CompletableFuture.supplyAsync(
                    () -> session.execute(write("INSERT INTO t VALUES (2, 'waiter')"), List.of()));
            while (!lock.hasWaiters()) Thread.yield();
            session.cancel();
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, waiting::get);
            assertThat(((PgException) e.getCause()).sqlState()).isEqualTo("57014");
            assertThat(lock.hasWaiters()).isFalse();
            holder.commit();
        }
        session.execute(write("INSERT INTO t VALUES (3, 'later')"), List.of());
        assertThat(session.execute(query("SELECT id FROM t ORDER BY id"), List.of()).rows())
                .extracting(r -> r[0]).containsExactly(1L, 3L);
    }
}
