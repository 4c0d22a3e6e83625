package dev.impostgres.tracking;

import dev.impostgres.translator.types.PgTypes;
import static dev.impostgres.tracking.Statements.query;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionStatementsTest extends AppSessionFixture {
    @Test
    void emptySelectListReturnsRowsWithoutColumns() {
        session.execute(write("CREATE TABLE three(x int)"), List.of());
        session.execute(write("INSERT INTO three VALUES (1), (2), (3)"), List.of());
        QueryResult rows = session.execute((dev.impostgres.translator.PgStatement.Sql)
                new dev.impostgres.translator.DefaultTranslator(4).translateOne("SELECT FROM three WHERE x > 1"), List.of());
        assertThat(rows.columns()).isEmpty();
        assertThat(rows.rows()).hasSize(2).allSatisfy(row -> assertThat(row).isEmpty());
        assertThat(rows.commandTag()).isEqualTo("SELECT 2");
    }

    @Test
    void crudReturnsRowsInStorageFormAndPostgresTags() {
        session.execute(write("CREATE TABLE items(id integer primary key, name varchar(20), price numeric(10,2), "
                + "at timestamptz, tags text[], data bytea, ratio float8)"), List.of());
        QueryResult insert = session.execute(write("INSERT INTO items(id, name, ratio, data) VALUES (?1, ?2, ?3, ?4), (2, 'b', NULL, NULL)"),
                List.of(1L, "a", 0.5, new byte[] {1, 2}));
        assertThat(insert.commandTag()).isEqualTo("INSERT 0 2");
        assertThat(insert.returnsRows()).isFalse();
        assertThat(session.execute(write("UPDATE items SET name = 'c' WHERE id = 2"), List.of()).commandTag()).isEqualTo("UPDATE 1");

        QueryResult select = session.execute(query("SELECT id, name, price, at, tags, data, ratio FROM items ORDER BY id"), List.of());
        assertThat(select.commandTag()).isEqualTo("SELECT 2");
        Object[] first = select.rows().get(0);
        assertThat(first[0]).isEqualTo(1L);
        assertThat(first[1]).isEqualTo("a");
        assertThat((byte[]) first[5]).containsExactly(1, 2);
        assertThat(first[6]).isEqualTo(0.5);
        assertThat(select.columns()).extracting(c -> c.name()).containsExactly("id", "name", "price", "at", "tags", "data", "ratio");
        assertThat(select.columns()).extracting(c -> c.type().name())
                .containsExactly("int4", "varchar", "numeric", "timestamptz", "_text", "bytea", "float8");
        assertThat(select.columns()).extracting(ResultColumn::typmod).containsExactly(-1, 24, 655366, -1, -1, -1, -1);

        assertThat(session.execute(write("DELETE FROM items"), List.of()).commandTag()).isEqualTo("DELETE 2");
        assertThat(session.execute(write("CREATE TABLE other(x int)"), List.of()).commandTag()).isEqualTo("CREATE TABLE");
    }

    @Test
    void expressionColumnsUseHintsElseTheStorageClassOfTheValues() {
        QueryResult r = session.execute(query("SELECT 1 AS a, 3000000000 AS b, 1.5 AS c, 'x' AS d, x'00' AS e, NULL AS f"), List.of());
        assertThat(r.columns()).extracting(c -> c.type().name()).containsExactly("int4", "int8", "float8", "text", "bytea", "text");
        QueryResult hinted = session.execute(query("SELECT 1 AS a, 2 AS b",
                Arrays.asList(PgTypes.INT8, null)), List.of());
        assertThat(hinted.columns()).extracting(c -> c.type().name()).containsExactly("int8", "int4");
    }

    @Test
    void integersLargerThanInt4InLaterRowsMakeTheColumnInt8() {
        QueryResult r = session.execute(query("SELECT 1 AS v UNION ALL SELECT 5000000000"), List.of());
        assertThat(r.columns().get(0).type().name()).isEqualTo("int8");
    }

    @Test
    void returningGivesRowsAndTheInsertTag() {
        session.execute(write("CREATE TABLE t(id serial primary key, v text)"), List.of());
        QueryResult r = session.execute(write("INSERT INTO t(v) VALUES ('a'), ('b') RETURNING id"), List.of());
        assertThat(r.commandTag()).isEqualTo("INSERT 0 2");
        assertThat(r.rows()).extracting(row -> row[0]).containsExactly(1L, 2L);
    }

    @Test
    void describeGivesColumnsWithoutRunningTheStatement() {
        session.execute(write("CREATE TABLE t(id bigint, v varchar(5))"), List.of());
        List<ResultColumn> columns = session.describe(query("SELECT id, v, 1 AS n FROM t WHERE id = ?1"));
        assertThat(columns).extracting(c -> c.type().name()).containsExactly("int8", "varchar", "int4");
        assertThat(session.describe(write("INSERT INTO t VALUES (1, 'x')"))).isEmpty();
        assertThat(Statements.count(session, "t")).isZero();
    }

    @Test
    void parametersBindByIndexWithNumberedPlaceholders() {
        QueryResult r = session.execute(query("SELECT ?2, ?1, ?3, typeof(?4)"), Arrays.asList("one", 2L, null, new byte[] {7}));
        assertThat(r.rows().get(0)).containsExactly(2L, "one", null, "blob");
    }

    @Test
    void sqliteErrorsBecomePostgresErrors() {
        session.execute(write("CREATE TABLE tt(id int primary key, a int unique, b int not null, c int check (c > 0), "
                + "d int, constraint x_d check (d < 5))"), List.of());
        session.execute(write("INSERT INTO tt VALUES (1, 1, 1, 1, 1)"), List.of());
        assertError("INSERT INTO tt VALUES (1, 2, 1, 1, 1)", "23505", "duplicate key value violates unique constraint \"tt_pkey\"");
        assertError("INSERT INTO tt VALUES (2, 1, 1, 1, 1)", "23505", "duplicate key value violates unique constraint \"tt_a_key\"");
        assertError("INSERT INTO tt VALUES (3, 3, NULL, 1, 1)", "23502", "null value in column \"b\" of relation \"tt\" violates not-null constraint");
        assertError("INSERT INTO tt VALUES (5, 5, 1, 1, 9)", "23514", "new row for relation \"tt\" violates check constraint \"x_d\"");
        assertError("INSERT INTO tt VALUES (4, 4, 1, 0, 1)", "23514", "new row for relation \"tt\" violates check constraint \"tt_c_check\"");
        assertError("SELECT nope FROM tt", "42703", "column \"nope\" does not exist");
        assertError("SELECT tt.nope FROM tt", "42703", "column tt.nope does not exist");
        assertError("INSERT INTO tt(nope) VALUES (1)", "42703", "column \"nope\" of relation \"tt\" does not exist");
        assertError("SELECT * FROM nope", "42P01", "relation \"nope\" does not exist");
        assertError("CREATE TABLE tt(x int)", "42P07", "relation \"tt\" already exists");
        assertError("selec 1", "42601", "syntax error at or near \"selec\"");
        assertError("SELECT 1 +", "42601", "syntax error at end of input");
        session.execute(write("CREATE TABLE p(id int primary key)"), List.of());
        session.execute(write("CREATE TABLE ch(id int, pid int references p(id))"), List.of());
        assertError("INSERT INTO ch VALUES (1, 5)", "23503", "insert or update on table \"ch\" violates foreign key constraint \"ch_pid_fkey\"");
        session.execute(write("INSERT INTO p VALUES (1)"), List.of());
        session.execute(write("INSERT INTO ch VALUES (1, 1)"), List.of());
        assertError("DELETE FROM p", "23503", "update or delete on table \"p\" violates foreign key constraint \"ch_pid_fkey\" on table \"ch\"");
    }

    @Test
    void insertArityAndUpdateTargetErrorsAreWordedAsPostgres() {
        session.execute(write("CREATE TABLE ar(a int, b int)"), List.of());
        assertError("INSERT INTO ar VALUES (1, 2, 3)", "42601", "INSERT has more expressions than target columns");
        assertError("INSERT INTO ar (a) VALUES (1, 2)", "42601", "INSERT has more expressions than target columns");
        assertError("INSERT INTO ar (a, b) VALUES (1)", "42601", "INSERT has more target columns than expressions");
        assertError("INSERT INTO ar VALUES (1, 2), (3)", "42601", "VALUES lists must all be the same length");
        assertError("UPDATE ar SET nope = 1", "42703", "column \"nope\" of relation \"ar\" does not exist");
        assertError("UPDATE ar SET a = nope", "42703", "column \"nope\" does not exist");
    }

    @Test
    void unknownSqliteErrorsKeepSqlitesMessageUnderInternalError() {
        assertError("SELECT json('{not json')", "XX000", "malformed JSON");
    }

    private void assertError(String sql, String sqlState, String message) {
        var statement = sql.startsWith("SELECT") || sql.startsWith("selec") ? query(sql) : write(sql);
        assertThatThrownBy(() -> session.execute(statement, List.of()))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).as(sql).isEqualTo(sqlState);
                    if (message != null) assertThat(e.getMessage()).as(sql).isEqualTo(message);
                    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("SQLITE_");
                });
    }
}
