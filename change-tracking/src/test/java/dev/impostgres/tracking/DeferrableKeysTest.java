package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DEFERRABLE unique keys: checked at statement end, at SET CONSTRAINTS … IMMEDIATE, or at COMMIT. */
class DeferrableKeysTest extends AppSessionFixture {
    private PgException error(Runnable r) {
        try {
            r.run();
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    private List<Long> values(String sql) {
        return run(sql).rows().stream().map(r -> (Long) r[0]).toList();
    }

    @Test
    void aSwapInOneStatementPassesWhereANonDeferrableKeyFailsPerRow() {
        run("CREATE TABLE strict (pos int UNIQUE)");
        run("CREATE TABLE t (pos int UNIQUE DEFERRABLE)");
        run("INSERT INTO strict VALUES (1), (2)");
        run("INSERT INTO t VALUES (1), (2)");
        assertThat(error(() -> run("UPDATE strict SET pos = 3 - pos")).sqlState()).isEqualTo("23505");
        run("UPDATE t SET pos = 3 - pos");
        PgException e = error(() -> run("UPDATE t SET pos = 1"));
        assertThat(e.getMessage()).isEqualTo("duplicate key value violates unique constraint \"t_pos_key\"");
        assertThat(e.detail()).isEqualTo("Key (pos)=(1) already exists.");
        assertThat(values("SELECT pos FROM t ORDER BY pos")).containsExactly(1L, 2L);
    }

    @Test
    void aDeferredKeyIsCheckedAtCommitWhichThenRollsBack() {
        run("CREATE TABLE t (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED)");
        run("INSERT INTO t VALUES (1), (2)");
        session.begin(null, null);
        run("UPDATE t SET id = 1");
        assertThat(values("SELECT id FROM t")).containsExactly(1L, 1L);
        assertThat(error(session::commit).sqlState()).isEqualTo("23505");
        assertThat(values("SELECT id FROM t ORDER BY id")).containsExactly(1L, 2L);
    }

    @Test
    void setConstraintsImmediateChecksWhatWasDeferredAndModesEndWithTheTransaction() {
        run("CREATE TABLE t (n int CONSTRAINT t_n UNIQUE DEFERRABLE INITIALLY IMMEDIATE)");
        run("INSERT INTO t VALUES (1), (2)");
        session.begin(null, null);
        run("SET CONSTRAINTS ALL DEFERRED");
        run("UPDATE t SET n = 1 WHERE n = 2");
        assertThat(error(() -> run("SET CONSTRAINTS t_n IMMEDIATE")).sqlState()).isEqualTo("23505");
        session.rollback();
        session.begin(null, null);
        assertThat(error(() -> run("UPDATE t SET n = 1 WHERE n = 2")).sqlState()).isEqualTo("23505");
        session.rollback();
    }

    @Test
    void setConstraintsNamesMustBeDeferrableKeys() {
        run("CREATE TABLE s (n int UNIQUE)");
        session.begin(null, null);
        assertThat(error(() -> run("SET CONSTRAINTS nothere DEFERRED")).getMessage())
                .isEqualTo("constraint \"nothere\" does not exist");
        session.rollback();
        session.begin(null, null);
        assertThat(error(() -> run("SET CONSTRAINTS s_n_key DEFERRED")).getMessage())
                .isEqualTo("constraint \"s_n_key\" is not deferrable");
        session.rollback();
    }
}
