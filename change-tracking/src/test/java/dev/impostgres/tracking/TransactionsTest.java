package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.count;
import static dev.impostgres.tracking.Statements.query;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TransactionsTest extends AppSessionFixture {
    Session a;
    Session b;

    @BeforeEach
    void openSecondSession() {
        a = session;
        b = manager.openSession("app");
        a.execute(write("CREATE TABLE t(id integer primary key, v text)"), List.of());
    }

    private void insert(Session s, long id) {
        s.execute(write("INSERT INTO t VALUES (?1, 'x')"), List.of(id));
    }

    private static String sqlState(Runnable r) {
        try {
            r.run();
        } catch (PgException e) {
            return e.sqlState();
        }
        throw new AssertionError("expected a PgException");
    }

    @Test
    void uncommittedWritesAreInvisibleToOthersUntilCommit() {
        a.begin(null, null);
        insert(a, 1);
        assertThat(a.status()).isEqualTo(TransactionStatus.IN_TRANSACTION);
        assertThat(count(a, "t")).isEqualTo(1);
        assertThat(count(b, "t")).isZero();
        assertThat(a.commit()).isTrue();
        assertThat(a.status()).isEqualTo(TransactionStatus.IDLE);
        assertThat(count(b, "t")).isEqualTo(1);
    }

    @Test
    void rollbackDiscardsTheBlock() {
        a.begin(null, null);
        insert(a, 1);
        a.rollback();
        assertThat(count(b, "t")).isZero();
        assertThat(a.drainNotices()).isEmpty();
    }

    @Test
    void readCommittedReadsBeforeTheFirstWriteSeeLatestCommits() {
        a.begin(IsolationLevel.READ_COMMITTED, null);
        assertThat(count(a, "t")).isZero();
        insert(b, 1);
        assertThat(count(a, "t")).isEqualTo(1);
        a.commit();
    }

    @Test
    void transactionControlOutOfPlaceGivesPostgresWarnings() {
        a.commit();
        a.rollback();
        a.begin(null, null);
        a.begin(null, null);
        assertThat(a.drainNotices()).containsExactly(
                new PgNotice("WARNING", "25P01", "there is no transaction in progress"),
                new PgNotice("WARNING", "25P01", "there is no transaction in progress"),
                new PgNotice("WARNING", "25001", "there is already a transaction in progress"));
        assertThat(a.drainNotices()).isEmpty();
        assertThat(a.status()).isEqualTo(TransactionStatus.IN_TRANSACTION);
    }

    @Test
    void failedBlockRejectsEverythingButRollbackAndCommitRollsBack() {
        a.begin(null, null);
        insert(a, 1);
        assertThat(sqlState(() -> insert(a, 1))).isEqualTo("23505");
        assertThat(a.status()).isEqualTo(TransactionStatus.FAILED);
        assertThatThrownBy(() -> count(a, "t"))
                .hasMessage("current transaction is aborted, commands ignored until end of transaction block");
        assertThat(sqlState(() -> a.savepoint("s"))).isEqualTo("25P02");
        assertThat(sqlState(() -> a.begin(null, null))).isEqualTo("25P02");
        assertThat(sqlState(() -> a.describe(query("SELECT 1")))).isEqualTo("25P02");
        assertThat(a.commit()).isFalse();
        assertThat(a.status()).isEqualTo(TransactionStatus.IDLE);
        assertThat(count(b, "t")).isZero();
        assertThat(count(a, "t")).isZero();
    }

    @Test
    void rollbackToSavepointRecoversAFailedBlock() {
        a.begin(null, null);
        insert(a, 1);
        a.savepoint("s");
        insert(a, 2);
        assertThat(sqlState(() -> insert(a, 2))).isEqualTo("23505");
        a.rollbackToSavepoint("s");
        assertThat(a.status()).isEqualTo(TransactionStatus.IN_TRANSACTION);
        insert(a, 3);
        assertThat(a.commit()).isTrue();
        assertThat(b.execute(query("SELECT id FROM t ORDER BY id"), List.of()).rows())
                .extracting(r -> r[0]).containsExactly(1L, 3L);
    }

    @Test
    void savepointTakenBeforeTheFirstWriteCanBeRolledBackTo() {
        a.begin(null, null);
        a.savepoint("early");
        assertThat(count(a, "t")).isZero();
        insert(a, 1);
        a.savepoint("late");
        insert(a, 2);
        a.rollbackToSavepoint("late");
        assertThat(count(a, "t")).isEqualTo(1);
        a.rollbackToSavepoint("early");
        assertThat(count(a, "t")).isZero();
        insert(a, 3);
        a.releaseSavepoint("early");
        a.commit();
        assertThat(count(b, "t")).isEqualTo(1);
    }

    @Test
    void savepointErrorsMatchPostgres() {
        assertThatThrownBy(() -> a.savepoint("s")).hasMessage("SAVEPOINT can only be used in transaction blocks")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("25P01");
        a.begin(null, null);
        assertThatThrownBy(() -> a.rollbackToSavepoint("nope")).hasMessage("savepoint \"nope\" does not exist")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("3B001");
        assertThat(a.status()).isEqualTo(TransactionStatus.FAILED);
        a.rollback();
        a.begin(null, null);
        a.savepoint("s");
        a.releaseSavepoint("s");
        assertThat(sqlState(() -> a.releaseSavepoint("s"))).isEqualTo("3B001");
        a.rollback();
    }

    @Test
    void failedMultiRowStatementLeavesNoPartialEffects() {
        insert(a, 2);
        assertThat(sqlState(() -> a.execute(write("INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')"), List.of())))
                .isEqualTo("23505");
        assertThat(count(b, "t")).isEqualTo(1);
        a.begin(null, null);
        insert(a, 10);
        a.savepoint("s");
        // rows are visited in id order: row 2 is changed before row 10 collides with it
        assertThat(sqlState(() -> a.execute(write(
                "UPDATE t SET v = 'changed', id = CASE WHEN id = 10 THEN 2 ELSE id END"), List.of()))).isEqualTo("23505");
        assertThat(a.status()).isEqualTo(TransactionStatus.FAILED);
        a.rollbackToSavepoint("s");
        assertThat(a.execute(query("SELECT id, v FROM t ORDER BY id"), List.of()).rows())
                .extracting(r -> r[0] + "=" + r[1]).containsExactly("2=x", "10=x");
        a.commit();
    }

    @Test
    void readOnlyBlockRejectsWritesWithTheCommandVerb() {
        a.begin(null, true);
        assertThatThrownBy(() -> insert(a, 1)).hasMessage("cannot execute INSERT in a read-only transaction")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("25006");
        a.rollback();
        insert(a, 1); // read-only ended with the block
        assertThat(count(b, "t")).isEqualTo(1);
    }

    @Test
    void repeatableReadSeesOneSnapshot() {
        a.begin(IsolationLevel.REPEATABLE_READ, null);
        assertThat(count(a, "t")).isZero();
        insert(b, 1);
        assertThat(count(a, "t")).isZero();
        a.commit();
        assertThat(count(a, "t")).isEqualTo(1);
    }

    @Test
    void repeatableReadWriteAfterAConcurrentCommitIsASerializationFailure() {
        a.begin(IsolationLevel.SERIALIZABLE, null);
        assertThat(count(a, "t")).isZero();
        insert(b, 1);
        assertThatThrownBy(() -> insert(a, 2)).hasMessage("could not serialize access due to concurrent update")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("40001");
        assertThat(a.status()).isEqualTo(TransactionStatus.FAILED);
        a.rollback();
        insert(b, 3); // the writer lock was released
        assertThat(count(a, "t")).isEqualTo(2);
    }

    @Test
    void implicitTransactionIsAtomic() {
        a.beginImplicit();
        insert(a, 1);
        assertThat(a.status()).isEqualTo(TransactionStatus.IDLE);
        assertThat(count(b, "t")).isZero();
        assertThat(sqlState(() -> insert(a, 1))).isEqualTo("23505");
        a.endImplicit(false);
        assertThat(count(b, "t")).isZero();

        a.beginImplicit();
        insert(a, 1);
        insert(a, 2);
        a.endImplicit(true);
        assertThat(count(b, "t")).isEqualTo(2);
    }

    @Test
    void commitInsideAnImplicitTransactionCommitsWithAWarningAndLaterStatementsStartAnew() {
        a.beginImplicit();
        insert(a, 1);
        assertThat(a.commit()).isTrue();
        insert(a, 2);
        a.endImplicit(false);
        assertThat(a.drainNotices()).extracting(PgNotice::sqlState).containsExactly("25P01");
        assertThat(b.execute(query("SELECT id FROM t"), List.of()).rows()).extracting(r -> r[0]).containsExactly(1L);
    }

    @Test
    void beginInsideAnImplicitTransactionOpensABlockThatOutlivesTheQuery() {
        a.beginImplicit();
        insert(a, 1);
        a.begin(null, null);
        insert(a, 2);
        a.endImplicit(true);
        assertThat(a.status()).isEqualTo(TransactionStatus.IN_TRANSACTION);
        assertThat(count(b, "t")).isZero();
        a.commit();
        assertThat(count(b, "t")).isEqualTo(2);
        assertThat(a.drainNotices()).isEmpty();
    }

    @Test
    void writersQueueBehindTheTransactionHoldingTheWriterLock() throws Exception {
        a.begin(null, null);
        insert(a, 1);
        Thread writer = new Thread(() -> insert(b, 2));
        writer.start();
        WriterLock lock = ((SqliteSession) a).database().writerLock;
        while (!lock.hasWaiters()) Thread.yield();
        try (Session reader = manager.openSession("app")) {
            assertThat(count(reader, "t")).isZero(); // readers never wait for the writer lock
        }
        a.commit();
        writer.join();
        assertThat(count(b, "t")).isEqualTo(2);
    }
}
