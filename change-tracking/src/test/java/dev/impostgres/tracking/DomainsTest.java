package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domains: stored as their base type, held to their constraints on every write and cast. */
class DomainsTest extends AppSessionFixture {
    private Object value(String sql) {
        return run(sql).rows().get(0)[0];
    }

    @Test
    void aCheckFailsInsertsUpdatesAndCastsWithTheDomainsConstraintName() {
        run("CREATE DOMAIN posint AS integer CHECK (VALUE > 0)");
        run("CREATE TABLE t (id int, n posint)");
        run("INSERT INTO t VALUES (1, 5)");
        for (String bad : List.of("INSERT INTO t VALUES (2, 0)", "UPDATE t SET n = -1", "SELECT (-3)::posint",
                "SELECT CAST(0 AS posint)")) {
            PgException e = error(bad);
            assertThat(e.sqlState()).as(bad).isEqualTo("23514");
            assertThat(e.getMessage()).isEqualTo("value for domain posint violates check constraint \"posint_check\"");
        }
        assertThat(value("SELECT n FROM t")).isEqualTo(5L);
        assertThat(value("SELECT 3::posint + 1")).isEqualTo(4L);
        assertThat(run("SELECT n FROM t").columns().get(0).type().oid()).isEqualTo(23);
    }

    @Test
    void aNotNullDomainRefusesNullEvenWhenOmittedWithoutDefaultAndFillsItsDefault() {
        run("CREATE DOMAIN code AS text NOT NULL");
        run("CREATE DOMAIN dflt AS text NOT NULL DEFAULT 'none'");
        run("CREATE TABLE t (id int, c code, d dflt)");
        assertThat(error("INSERT INTO t (id, d) VALUES (1, 'x')").getMessage())
                .isEqualTo("domain code does not allow null values");
        assertThat(error("SELECT NULL::dflt").sqlState()).isEqualTo("23502");
        run("INSERT INTO t (id, c) VALUES (1, 'a')");
        assertThat(value("SELECT d FROM t")).isEqualTo("none");
    }

    @Test
    void aDomainOverADomainHoldsBothLevelsAndNamesTheOuterDomain() {
        run("CREATE DOMAIN pos AS int CHECK (VALUE > 0)");
        run("CREATE DOMAIN small_pos AS pos CHECK (VALUE < 10)");
        run("CREATE TABLE t (n small_pos)");
        assertThat(error("INSERT INTO t VALUES (0)").getMessage())
                .isEqualTo("value for domain small_pos violates check constraint \"pos_check\"");
        assertThat(error("INSERT INTO t VALUES (10)").getMessage())
                .isEqualTo("value for domain small_pos violates check constraint \"small_pos_check\"");
        assertThat(value("SELECT 5::small_pos")).isEqualTo(5L);
    }

    @Test
    void checksOfANumericDomainCompareValuesNotText() {
        run("CREATE DOMAIN price AS numeric(10,2) CHECK (VALUE >= 9.5)");
        run("CREATE TABLE t (p price)");
        run("INSERT INTO t VALUES (10)");
        assertThat(error("INSERT INTO t VALUES (9.45)").sqlState()).isEqualTo("23514");
        assertThat(value("SELECT p FROM t")).isEqualTo("10.00");
    }

    @Test
    void theCheckSurvivesAddColumnAndTableRewrites() {
        run("CREATE DOMAIN posint AS integer CHECK (VALUE > 0)");
        run("CREATE TABLE t (id int, a int)");
        run("ALTER TABLE t ADD COLUMN n posint");
        run("ALTER TABLE t ALTER COLUMN a SET DEFAULT 7");
        assertThat(error("INSERT INTO t (id, n) VALUES (1, 0)").sqlState()).isEqualTo("23514");
        run("INSERT INTO t (id, n) VALUES (1, 2)");
        assertThat(value("SELECT a FROM t")).isEqualTo(7L);
    }

    @Test
    void dropDomainIsRefusedWhileAColumnUsesItAndDropsItsConstraints() {
        run("CREATE DOMAIN posint AS integer CHECK (VALUE > 0)");
        run("CREATE TABLE t (n posint)");
        PgException e = error("DROP DOMAIN posint");
        assertThat(e.sqlState()).isEqualTo("2BP01");
        assertThat(e.detail()).isEqualTo("column n of table t depends on type posint");
        run("DROP TABLE t");
        run("DROP DOMAIN posint");
        assertThat(value("SELECT count(*) FROM pg_constraint WHERE conname = 'posint_check'")).isEqualTo(0L);
        run("CREATE TYPE mood AS ENUM ('a')");
        assertThat(error("DROP DOMAIN mood").getMessage()).isEqualTo("\"mood\" is not a domain");
    }
}
