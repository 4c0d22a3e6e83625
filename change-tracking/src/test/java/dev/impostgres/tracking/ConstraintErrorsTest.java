package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import org.junit.jupiter.api.Test;

/** Constraint failures reported as Postgres reports them: which key, which side, when. */
class ConstraintErrorsTest extends AppSessionFixture {
    @Test
    void insertOfAMissingKeyNamesTheForeignKeyOfThatColumnAmongSeveral() {
        run("CREATE TABLE a (id int PRIMARY KEY)");
        run("CREATE TABLE b (id int PRIMARY KEY)");
        run("CREATE TABLE c (id int, a_id int REFERENCES a, b_id int REFERENCES b)");
        run("INSERT INTO a VALUES (1)");
        run("INSERT INTO b VALUES (1)");
        PgException e = error("INSERT INTO c VALUES (1, 1, 7)");
        assertThat(e.sqlState()).isEqualTo("23503");
        assertThat(e.getMessage()).isEqualTo("insert or update on table \"c\" violates foreign key constraint \"c_b_id_fkey\"");
        assertThat(e.detail()).isEqualTo("Key (b_id)=(7) is not present in table \"b\".");
        assertThat(Statements.count(session, "c")).isZero();
    }

    @Test
    void deleteOrUpdateOfAReferencedRowNamesTheReferencingTable() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE ch (pid int CONSTRAINT ch_to_p REFERENCES p)");
        run("INSERT INTO p VALUES (1), (2)");
        run("INSERT INTO ch VALUES (1)");
        PgException delete = error("DELETE FROM p WHERE id = 1");
        assertThat(delete.getMessage())
                .isEqualTo("update or delete on table \"p\" violates foreign key constraint \"ch_to_p\" on table \"ch\"");
        // one key can have failed: named from the metadata, without the replay DETAIL needs
        assertThat(error("UPDATE p SET id = 3 WHERE id = 1").getMessage()).startsWith("update or delete on table \"p\"");
        assertThat(error("UPDATE ch SET pid = 5").getMessage()).startsWith("insert or update on table \"ch\"");
    }

    @Test
    void aDeleteBreakingOneOfSeveralKeysIsNamedWithItsDetail() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE a (pid int REFERENCES p)");
        run("CREATE TABLE b (pid int REFERENCES p)");
        run("INSERT INTO p VALUES (1), (2)");
        run("INSERT INTO b VALUES (2)");
        PgException e = error("DELETE FROM p WHERE id = 2");
        assertThat(e.getMessage())
                .isEqualTo("update or delete on table \"p\" violates foreign key constraint \"b_pid_fkey\" on table \"b\"");
        assertThat(e.detail()).isEqualTo("Key (id)=(2) is still referenced from table \"b\".");
    }

    @Test
    void aFailureFurtherAlongACascadeNamesTheKeyThatBroke() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES p ON DELETE CASCADE)");
        run("CREATE TABLE g (cid int REFERENCES c)");
        run("INSERT INTO p VALUES (1)");
        run("INSERT INTO c VALUES (10, 1)");
        run("INSERT INTO g VALUES (10)");
        PgException e = error("DELETE FROM p");
        assertThat(e.getMessage())
                .isEqualTo("update or delete on table \"c\" violates foreign key constraint \"g_cid_fkey\" on table \"g\"");
    }

    @Test
    void restrictIsNamedFromTheMetadata() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE ch (pid int REFERENCES p ON DELETE RESTRICT)");
        run("INSERT INTO p VALUES (1)");
        run("INSERT INTO ch VALUES (1)");
        PgException e = error("DELETE FROM p");
        assertThat(e.sqlState()).isEqualTo("23503");
        assertThat(e.getMessage())
                .isEqualTo("update or delete on table \"p\" violates foreign key constraint \"ch_pid_fkey\" on table \"ch\"");
    }

    @Test
    void replayingAFailedInsertToNameItsKeyDoesNotUseUpSequenceValues() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE ch (id serial, pid int REFERENCES p)");
        run("INSERT INTO p VALUES (1)");
        error("INSERT INTO ch (pid) VALUES (9)");
        run("INSERT INTO ch (pid) VALUES (1)");
        // Postgres used 1 for the failed row; the next is 2, not 3
        assertThat(run("SELECT id FROM ch").rows().get(0)[0]).isEqualTo(2L);
    }

    @Test
    void initiallyDeferredForeignKeyIsCheckedAtCommitAndNamedThere() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)");
        session.begin(null, null);
        run("INSERT INTO ch VALUES (1)");
        run("INSERT INTO p VALUES (1)");
        assertThat(session.commit()).isTrue();
        session.begin(null, null);
        run("INSERT INTO ch VALUES (2)");
        PgException e = null;
        try {
            session.commit();
        } catch (PgException failed) {
            e = failed;
        }
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("insert or update on table \"ch\" violates foreign key constraint \"ch_pid_fkey\"");
        assertThat(session.status()).isEqualTo(TransactionStatus.IDLE);
        assertThat(Statements.count(session, "ch")).isEqualTo(1);
    }

    @Test
    void immediateForeignKeyFailsAtTheStatementEvenBesideADeferredOne() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE ch (pid int REFERENCES p INITIALLY DEFERRED, qid int REFERENCES p)");
        session.begin(null, null);
        run("INSERT INTO ch VALUES (5, NULL)");
        PgException e = error("INSERT INTO ch VALUES (NULL, 6)");
        assertThat(e.getMessage()).isEqualTo("insert or update on table \"ch\" violates foreign key constraint \"ch_qid_fkey\"");
        session.rollback();
    }

    @Test
    void checkComparesNumericColumnsByValueAndLetsNullPass() {
        run("CREATE TABLE t (price numeric CHECK (price > 0), discount numeric, CONSTRAINT below CHECK (discount < price))");
        run("INSERT INTO t VALUES (10, 5)"); // as text '5' < '10' would be false
        run("INSERT INTO t VALUES (NULL, NULL)");
        PgException e = error("INSERT INTO t VALUES (10, 20)");
        assertThat(e.getMessage()).isEqualTo("new row for relation \"t\" violates check constraint \"below\"");
        assertThat(error("INSERT INTO t VALUES (-1, NULL)").getMessage()).contains("\"t_price_check\"");
    }

    @Test
    void defaultTransactionReadOnlyRefusesAutocommitWrites() {
        run("CREATE TABLE t (v int)");
        dev.impostgres.translator.settings.SessionSettings settings = new dev.impostgres.translator.settings.SessionSettings();
        session.attachSettings(settings, 1);
        settings.set("default_transaction_read_only", "on", false);
        assertThat(run("SELECT count(*) FROM t").rows()).hasSize(1);
        PgException e = error("INSERT INTO t VALUES (1)");
        assertThat(e.sqlState()).isEqualTo("25006");
        assertThat(e.getMessage()).isEqualTo("cannot execute INSERT in a read-only transaction");
        settings.set("default_transaction_read_only", "off", false);
        run("INSERT INTO t VALUES (1)");
        assertThat(Statements.count(session, "t")).isEqualTo(1);
    }

    @Test
    void setTransactionIsolationAfterAReadInTheBlockFails() {
        session.begin(null, null);
        run("SELECT 1");
        try {
            session.setTransactionCharacteristics(dev.impostgres.translator.IsolationLevel.SERIALIZABLE, null);
            throw new AssertionError("no error");
        } catch (PgException e) {
            assertThat(e.sqlState()).isEqualTo("25001");
        }
        session.rollback();
    }

    @Test
    void pgSleepWaitsAndReturnsVoid() {
        QueryResult r = run("SELECT pg_sleep(0.01)");
        assertThat(r.rows().get(0)[0]).isEqualTo("");
        assertThat(r.columns().get(0).type().oid()).isEqualTo(2278);
    }

    @Test
    void createTableLikeCopiesDefaultsOnlyWhenAskedAndRefusesCopiesItCannotMake() {
        run("CREATE TABLE base (id int NOT NULL, name text DEFAULT 'n/a')");
        run("CREATE TABLE plain (LIKE base)");
        run("CREATE TABLE withdef (LIKE base INCLUDING DEFAULTS)");
        run("INSERT INTO plain (id) VALUES (1)");
        run("INSERT INTO withdef (id) VALUES (2)");
        assertThat(run("SELECT name FROM plain").rows().get(0)[0]).isNull();
        assertThat(run("SELECT name FROM withdef").rows().get(0)[0]).isEqualTo("n/a");
        assertThat(error("INSERT INTO withdef (name) VALUES ('x')").sqlState()).isEqualTo("23502");
        assertThat(error("CREATE TABLE all_of (LIKE base INCLUDING ALL)").sqlState()).isEqualTo("0A000");
    }

    @Test
    void tempTablesOnCommitDeleteRowsOrDrop() {
        run("CREATE TEMP TABLE scratch (v int) ON COMMIT DELETE ROWS");
        session.begin(null, null);
        run("INSERT INTO scratch VALUES (1)");
        assertThat(Statements.count(session, "scratch")).isEqualTo(1);
        session.commit();
        assertThat(Statements.count(session, "scratch")).isZero();
        session.begin(null, null);
        run("CREATE TEMP TABLE gone (v int) ON COMMIT DROP");
        run("INSERT INTO gone VALUES (1)");
        session.commit();
        assertThat(error("SELECT count(*) FROM gone").sqlState()).isEqualTo("42P01");
        assertThat(error("CREATE TABLE perm (v int) ON COMMIT DROP").sqlState()).isEqualTo("42P16");
    }

    @Test
    void uniqueNullsNotDistinctTreatsNullsAsEqual() {
        run("CREATE TABLE t (id int, code text UNIQUE NULLS NOT DISTINCT, a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))");
        run("INSERT INTO t VALUES (1, NULL, 1, NULL)");
        PgException e = error("INSERT INTO t VALUES (2, NULL, 2, NULL)");
        assertThat(e.getMessage()).isEqualTo("duplicate key value violates unique constraint \"t_code_key\"");
        assertThat(error("INSERT INTO t VALUES (3, 'x', 1, NULL)").getMessage()).contains("\"t_a_b_key\"");
        run("INSERT INTO t VALUES (4, '0', 0, 0)"); // no value collides with NULL
        run("INSERT INTO t VALUES (5, 'y', 1, 0)");
        assertThat(Statements.count(session, "t")).isEqualTo(3);
    }
}
