package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DDL through the real translator and the schema metadata: declared types, names, sequences, schemas. */
class SchemaMetadataTest extends AppSessionFixture {
    @Test
    void resultColumnsReportDeclaredTypesTypmodsTableOidAndAttnum() {
        run("CREATE TABLE t (b boolean, n numeric(10,2), vc varchar(10), c char(3), ts timestamptz)");
        QueryResult r = run("SELECT c, n, vc, b FROM t");
        assertThat(r.columns()).extracting(c -> c.type().oid()).containsExactly(1042, 1700, 1043, 16);
        assertThat(r.columns()).extracting(ResultColumn::typmod).containsExactly(7, 655366, 14, -1);
        assertThat(r.columns()).extracting(ResultColumn::columnNumber).containsExactly((short) 4, (short) 2, (short) 3, (short) 1);
        assertThat(r.columns().get(0).tableOid()).isGreaterThanOrEqualTo(16384);
    }

    @Test
    void insertedValuesTakeTheStorageFormOfTheirDeclaredType() {
        run("CREATE TABLE t (n numeric(6,2), c char(3), b boolean, i int)");
        run("INSERT INTO t VALUES (25.5, 'ab', 'yes', '42')");
        Object[] row = run("SELECT n, c, b, i FROM t").rows().get(0);
        assertThat(row).containsExactly("25.50", "ab ", 1L, 42L);
        assertThat(error("INSERT INTO t (i) VALUES ('one')").sqlState()).isEqualTo("22P02");
        assertThat(error("INSERT INTO t (c) VALUES ('abcd')").getMessage()).isEqualTo("value too long for type character(3)");
        assertThat(error("INSERT INTO t (n) VALUES (12345.6)").sqlState()).isEqualTo("22003");
    }

    @Test
    void unnamedConstraintsGetPostgresNames() {
        run("CREATE TABLE p (id int PRIMARY KEY)");
        run("CREATE TABLE t (id int PRIMARY KEY, price int CHECK (price > 0), pid int REFERENCES p, a int, b int, "
                + "UNIQUE (a, b), CHECK (a < b))");
        assertThat(run("SELECT conname FROM _pg_constraint WHERE conrelid = (SELECT oid FROM _pg_class "
                + "WHERE relname = 't') ORDER BY conname").rows()).extracting(r -> r[0])
                .containsExactly("t_a_b_key", "t_check", "t_pid_fkey", "t_pkey", "t_price_check");
        assertThat(error("INSERT INTO t VALUES (1, -1, NULL, 1, 2)").getMessage())
                .isEqualTo("new row for relation \"t\" violates check constraint \"t_price_check\"");
        assertThat(error("INSERT INTO t (id) VALUES (NULL)").sqlState()).isEqualTo("23502");
    }

    @Test
    void ddlRollsBackWithItsTransaction() {
        session.begin(null, null);
        run("CREATE TABLE t (id int)");
        run("CREATE SEQUENCE s");
        session.rollback();
        assertThat(error("SELECT * FROM t").sqlState()).isEqualTo("42P01");
        assertThat(run("SELECT count(*) FROM _pg_class").rows().get(0)[0]).isEqualTo(0L);
    }

    @Test
    void serialColumnsDrawFromTheirOwnSequenceAndCurrvalIsPerSession() {
        run("CREATE TABLE t (id serial PRIMARY KEY, v text)");
        assertThat(error("SELECT currval('t_id_seq')").sqlState()).isEqualTo("55000");
        run("INSERT INTO t (v) VALUES ('a'), ('b')");
        run("INSERT INTO t VALUES (10, 'explicit')");
        assertThat(run("INSERT INTO t (v) VALUES ('c') RETURNING id").rows().get(0)[0]).isEqualTo(3L);
        assertThat(run("SELECT currval('t_id_seq')").rows().get(0)[0]).isEqualTo(3L);
        try (Session other = manager.openSession("app")) {
            assertThatThrownBy(() -> other.execute((PgStatement.Sql) translator.translateOne(
                    "SELECT currval('t_id_seq')"), List.of())).isInstanceOfSatisfying(PgException.class,
                    e -> assertThat(e.sqlState()).isEqualTo("55000"));
        }
    }

    @Test
    void sequenceOptionsBoundsAndSetval() {
        run("CREATE SEQUENCE s START WITH 5 INCREMENT BY 10 MAXVALUE 30");
        assertThat(run("SELECT nextval('s'), nextval('s'), nextval('s')").rows().get(0)).containsExactly(5L, 15L, 25L);
        assertThat(error("SELECT nextval('s')").getMessage()).isEqualTo("nextval: reached maximum value of sequence \"s\" (30)");
        run("SELECT setval('s', 7, false)");
        assertThat(run("SELECT nextval('s')").rows().get(0)[0]).isEqualTo(7L);
        run("ALTER SEQUENCE s RESTART");
        assertThat(run("SELECT nextval('s')").rows().get(0)[0]).isEqualTo(5L);
    }

    @Test
    void ifExistsAndIfNotExistsGiveNoticesAndMissingTablesTheTableMessage() {
        run("CREATE TABLE t (id int)");
        run("CREATE TABLE IF NOT EXISTS t (id int)");
        assertThat(session.drainNotices()).extracting(PgNotice::message)
                .containsExactly("relation \"t\" already exists, skipping");
        assertThat(error("CREATE TABLE t (x int)").sqlState()).isEqualTo("42P07");
        run("DROP TABLE IF EXISTS nope");
        assertThat(session.drainNotices()).extracting(PgNotice::message)
                .containsExactly("table \"nope\" does not exist, skipping");
        assertThat(error("DROP TABLE nope").getMessage()).isEqualTo("table \"nope\" does not exist");
    }

    @Test
    void schemasWithSlashesLiveInTheSameFile() {
        run("CREATE SCHEMA \"app_0/cvr\"");
        run("CREATE TABLE \"app_0/cvr\".instances (id int PRIMARY KEY, v text)");
        run("INSERT INTO \"app_0/cvr\".instances VALUES (1, 'x')");
        assertThat(run("SELECT instances.v FROM \"app_0/cvr\".instances").rows().get(0)[0]).isEqualTo("x");
        assertThat(error("DROP SCHEMA \"app_0/cvr\"").sqlState()).isEqualTo("2BP01");
        run("DROP SCHEMA \"app_0/cvr\" CASCADE");
        assertThat(error("SELECT * FROM \"app_0/cvr\".instances").sqlState()).isEqualTo("42P01");
    }

    @Test
    void truncateRestartsIdentityAndRefusesReferencedTables() {
        run("CREATE TABLE p (id serial PRIMARY KEY)");
        run("CREATE TABLE c (pid int REFERENCES p)");
        run("INSERT INTO p DEFAULT VALUES");
        run("INSERT INTO c VALUES (1)");
        assertThat(error("TRUNCATE p").sqlState()).isEqualTo("0A000");
        assertThat(run("TRUNCATE p RESTART IDENTITY CASCADE").commandTag()).isEqualTo("TRUNCATE TABLE");
        run("INSERT INTO p DEFAULT VALUES");
        assertThat(run("SELECT id FROM p").rows().get(0)[0]).isEqualTo(1L);
    }

    @Test
    void oidsAreStableAcrossRestarts() {
        run("CREATE TABLE t (id int)");
        int before = run("SELECT id FROM t").columns().get(0).tableOid();
        manager.close();
        manager = new SqliteDatabaseManager(dataDir);
        session = manager.openSession("app");
        assertThat(run("SELECT id FROM t").columns().get(0).tableOid()).isEqualTo(before);
    }

    @Test
    void nextvalAndSetvalSurviveRollbackAsInPostgres() {
        run("CREATE TABLE t (id serial PRIMARY KEY, v text)");
        session.begin(null, null);
        run("INSERT INTO t (v) VALUES ('lost')");
        session.rollback();
        Session other = manager.openSession("app");
        other.begin(null, null);
        other.execute((PgStatement.Sql) translator.translateOne("INSERT INTO t (v) VALUES ('lost too')"), List.of());
        other.rollback();
        other.close();
        assertThat(run("INSERT INTO t (v) VALUES ('kept') RETURNING id").rows().get(0)[0]).isEqualTo(3L);
        run("SELECT setval('t_id_seq', 10)");
        assertThat(run("INSERT INTO t (v) VALUES ('after setval') RETURNING id").rows().get(0)[0]).isEqualTo(11L);
        session.begin(null, null);
        run("SELECT setval('t_id_seq', 100)");
        session.rollback();
        assertThat(run("INSERT INTO t (v) VALUES ('setval rolled back') RETURNING id").rows().get(0)[0]).isEqualTo(101L);
        session.begin(null, null);
        run("SELECT setval('t_id_seq', 5, false)");
        session.rollback();
        assertThat(run("INSERT INTO t (v) VALUES ('back to 5') RETURNING id").rows().get(0)[0]).isEqualTo(5L);
    }
}
