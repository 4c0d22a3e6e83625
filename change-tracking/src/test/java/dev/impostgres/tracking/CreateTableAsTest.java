package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CREATE TABLE AS and SELECT INTO make tables with the query's Postgres column types; sequences read as relations. */
class CreateTableAsTest extends AppSessionFixture {
    @BeforeEach
    void createSource() {
        run("CREATE TABLE src (id int, name varchar(20), price numeric(8,2))");
        run("INSERT INTO src VALUES (1, 'a', 1.50), (2, 'b', 2.25)");
    }

    @Test
    void createTableAsTakesTheQueryColumnTypesAndCountsRows() {
        QueryResult created = run("CREATE TABLE copy AS SELECT id, name, price * 2 AS doubled FROM src WHERE id > 0");
        assertThat(created.rowCount()).isEqualTo(2);
        QueryResult r = run("SELECT id, name, doubled FROM copy ORDER BY id");
        assertThat(r.columns()).extracting(c -> c.type().oid()).containsExactly(23, 1043, 1700);
        assertThat(r.columns().get(1).typmod()).isEqualTo(24);
        assertThat(r.rows().get(0)[2]).isEqualTo("3.00");
        run("CREATE TABLE empty_copy AS SELECT * FROM src WITH NO DATA");
        assertThat(Statements.count(session, "empty_copy")).isZero();
    }

    @Test
    void selectIntoCreatesTheTable() {
        QueryResult created = run("SELECT id * 10 AS x INTO dest FROM src WHERE id < 2");
        assertThat(created.rowCount()).isEqualTo(1);
        QueryResult r = run("SELECT x FROM dest");
        assertThat(r.columns().get(0).type().oid()).isEqualTo(23);
        assertThat(r.rows().get(0)[0]).isEqualTo(10L);
    }

    @Test
    void aSequenceReadsAsARelationWithBigintAndBoolean() {
        run("CREATE SEQUENCE s");
        run("SELECT setval('s', 50, false)");
        QueryResult r = run("SELECT last_value, is_called FROM s");
        assertThat(r.columns()).extracting(c -> c.type().oid()).containsExactly(20, 16);
        assertThat(r.rows().get(0)).containsExactly(50L, 0L);
        run("SELECT nextval('s')");
        assertThat(run("SELECT last_value, is_called FROM s").rows().get(0)).containsExactly(50L, 1L);
        run("DROP SEQUENCE s");
        run("CREATE TABLE s (v int)"); // the view went with the sequence
        run("CREATE TABLE owner (id serial)");
        assertThat(run("SELECT last_value FROM owner_id_seq").rows()).hasSize(1);
        run("DROP TABLE owner");
        assertThat(run("SELECT count(*) FROM sqlite_schema WHERE name = 'owner_id_seq'").rows().get(0)[0]).isEqualTo(0L);
    }
}
