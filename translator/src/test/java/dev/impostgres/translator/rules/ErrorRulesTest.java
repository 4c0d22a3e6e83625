package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors Postgres raises while analysing a statement, raised by the translator the same way. */
class ErrorRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private static final Map<String, PgType> COLUMNS = Map.of("id", PgTypes.INT4, "flag", PgTypes.BOOL,
            "name", PgTypes.TEXT);

    private PgStatement.Sql plain(String text) {
        return (PgStatement.Sql) translator.translateOne(text);
    }

    private PgStatement.Sql typed(String text) {
        return TypedTranslation.withColumnTypes(plain(text), (q, name) -> COLUMNS.get(name));
    }

    @Test
    void castOfAnIntegerCastKeepsTheInnerTypeForTheRangeCheck() {
        assertThat(plain("SELECT abs(-2147483648::bigint)::int").sqlite()).contains("'int8','int')");
    }

    private static PgException error(Runnable r) {
        try {
            r.run();
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void textFunctionOfANumberDoesNotExist() {
        PgException e = error(() -> plain("SELECT upper(42)"));
        assertThat(e.sqlState()).isEqualTo("42883");
        assertThat(e).hasMessage("function upper(integer) does not exist");
        assertThat(e.position()).isEqualTo(8);
        assertThat(error(() -> typed("SELECT lpad(flag, 3, 'x') FROM t")))
                .hasMessage("function lpad(boolean, integer, unknown) does not exist");
        assertThat(plain("SELECT upper('a'), upper(x), s.upper(1) FROM t").sqlite()).contains("upper('a')");
    }

    @Test
    void arithmeticOnTwoUntypedLiteralsIsAmbiguous() {
        PgException e = error(() -> plain("SELECT 'a' - 'b'"));
        assertThat(e.sqlState()).isEqualTo("42725");
        assertThat(e).hasMessage("operator is not unique: unknown - unknown");
        assertThat(plain("SELECT date '2024-01-01' - '1 day', 'a' || 'b', 2 * '3' - 1").sqlite()).isNotEmpty();
    }

    @Test
    void comparingANumberWithTextHasNoOperator() {
        PgException e = error(() -> typed("SELECT id FROM t WHERE id = 10::text"));
        assertThat(e.sqlState()).isEqualTo("42883");
        assertThat(e).hasMessage("operator does not exist: integer = text");
        assertThat(error(() -> plain("SELECT true = 1"))).hasMessage("operator does not exist: boolean = integer");
        assertThat(error(() -> typed("SELECT 1 FROM t WHERE name < 5"))).hasMessage("operator does not exist: text < integer");
        assertThat(typed("SELECT id FROM t WHERE id = '10' AND name = 'x' AND flag = 't'").sqlite()).isNotEmpty();
        assertThat(typed("UPDATE t SET name = 5 WHERE id = 1").sqlite()).isNotEmpty();
    }

    @Test
    void scalarSubqueryGoesThroughTheOneRowAggregate() {
        assertThat(plain("SELECT 1 = (SELECT v FROM t)").sqlite())
                .contains("(WITH _pg_sq(_pg_v) AS (SELECT v FROM t) SELECT _pg_scalar(_pg_v) FROM _pg_sq)");
        assertThat(plain("UPDATE t SET v = (SELECT v FROM u WHERE u.id = t.id)").sqlite()).contains("_pg_scalar(_pg_v)");
    }

    @Test
    void subqueriesThatAreNotScalarOrReturnOneRowStayAsWritten() {
        String sql = "SELECT (SELECT count(*) FROM t), (SELECT v FROM t ORDER BY v LIMIT 1), (SELECT 1), "
                + "x IN (SELECT v FROM t), (a, b) = (SELECT a, b FROM t) FROM a, (SELECT v FROM t) s "
                + "WHERE EXISTS (SELECT v FROM t) AND x = ANY (SELECT v FROM t)";
        assertThat(plain(sql).sqlite()).doesNotContain("_pg_scalar");
        assertThat(plain("WITH x AS (SELECT v FROM t) SELECT * FROM x").sqlite()).doesNotContain("_pg_scalar");
    }

    @Test
    void upsertRowsRepeatingAConstantKeyCannotAffectARowTwice() {
        ColumnTypes t = new ColumnTypes() {
            @Override
            public PgType of(String qualifier, String name) { return COLUMNS.get(name); }

            @Override
            public java.util.List<String> columnNames(String relation) {
                return relation.equals("t") ? java.util.List.of("id", "name") : null;
            }
        };
        PgException e = error(() -> TypedTranslation.withColumnTypes(plain(
                "INSERT INTO t VALUES (1, 'a'), (1.0, 'b') ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name"), t));
        assertThat(e.sqlState()).isEqualTo("21000");
        assertThat(e).hasMessage("ON CONFLICT DO UPDATE command cannot affect row a second time");
        assertThat(e.hint()).startsWith("Ensure that no rows proposed for insertion");
        assertThat(plain("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'a') ON CONFLICT (id) DO UPDATE SET name = 'x'")
                .sqlite()).isNotEmpty();
        assertThat(plain("INSERT INTO t (id, name) VALUES (1, 'a'), (1, 'b') ON CONFLICT (id) DO NOTHING").sqlite())
                .isNotEmpty();
        assertThat(plain("INSERT INTO t (id, name) VALUES (1, 'a'), (1, 'b') ON CONFLICT (id) DO UPDATE SET name = 'x' "
                + "WHERE false").sqlite()).isNotEmpty();
    }

    private static ColumnTypes table(java.util.List<String> key) {
        return new ColumnTypes() {
            @Override
            public PgType of(String qualifier, String name) { return PgTypes.INT4; }

            @Override
            public java.util.List<String> columnNames(String relation) {
                return relation.equals("t") ? java.util.List.of("a", "b", "c") : null;
            }

            @Override
            public java.util.List<String> primaryKey(String relation) { return relation.equals("t") ? key : null; }
        };
    }

    @Test
    void anUngroupedColumnMustAppearInGroupBy() {
        PgException e = error(() -> TypedTranslation.withColumnTypes(plain("SELECT a, b, count(*) FROM t GROUP BY a"),
                table(java.util.List.of())));
        assertThat(e.sqlState()).isEqualTo("42803");
        assertThat(e).hasMessage("column \"t.b\" must appear in the GROUP BY clause or be used in an aggregate function");
        assertThat(e.position()).isEqualTo(11);
        assertThat(error(() -> TypedTranslation.withColumnTypes(plain("SELECT x.c + 1, max(b) FROM t x"),
                table(java.util.List.of())))).hasMessageContaining("\"x.c\"");
    }

    @Test
    void groupingByThePrimaryKeyOrAggregatingEveryColumnIsFine() {
        ColumnTypes keyed = table(java.util.List.of("a"));
        for (String sql : new String[] {"SELECT a, b, count(*) FROM t GROUP BY a",
                "SELECT a, count(b) AS c, sum(c) FILTER (WHERE b > 1) FROM t GROUP BY a",
                "SELECT b AS a, count(*) OVER () FROM t", "SELECT a, (SELECT b FROM t) FROM t GROUP BY a"}) {
            assertThat(TypedTranslation.withColumnTypes(plain(sql), keyed).sqlite()).isNotEmpty();
        }
        assertThat(TypedTranslation.withColumnTypes(plain("SELECT a, count(*) FROM t GROUP BY a, b"),
                table(java.util.List.of())).sqlite()).isNotEmpty();
    }

    @Test
    void anAggregateInWhereIsRefused() {
        PgException e = error(() -> plain("SELECT a FROM t WHERE count(*) > 1 GROUP BY a"));
        assertThat(e.sqlState()).isEqualTo("42803");
        assertThat(e).hasMessage("aggregate functions are not allowed in WHERE");
        assertThat(plain("SELECT a FROM t WHERE a > (SELECT max(a) FROM t) GROUP BY a HAVING count(*) > 1").sqlite())
                .isNotEmpty();
    }

    @Test
    void whereAndHavingMustBeBoolean() {
        PgException e = error(() -> typed("SELECT id FROM t WHERE 1"));
        assertThat(e.sqlState()).isEqualTo("42804");
        assertThat(e).hasMessage("argument of WHERE must be type boolean, not type integer");
        assertThat(e.position()).isEqualTo(24);
        assertThat(error(() -> typed("SELECT id FROM t GROUP BY id HAVING id + 1")))
                .hasMessage("argument of HAVING must be type boolean, not type integer");
        assertThat(typed("SELECT id FROM t WHERE flag AND id > 1 OR 't' GROUP BY id HAVING count(*) > 1").sqlite())
                .isNotEmpty();
        assertThat(typed("SELECT id FROM t WHERE flag").sqlite()).isNotEmpty();
    }

    @Test
    void caseResultsMustShareACategory() {
        PgException e = error(() -> plain("SELECT CASE WHEN true THEN 1 ELSE true END"));
        assertThat(e.sqlState()).isEqualTo("42804");
        assertThat(e).hasMessage("CASE types boolean and integer cannot be matched");
        assertThat(plain("SELECT CASE WHEN true THEN 1 WHEN false THEN 2.5 ELSE NULL END, CASE WHEN x THEN 'a' ELSE 'b' END")
                .sqlite()).isNotEmpty();
    }

    @Test
    void insertedValuesNeedAnAssignmentCast() {
        ColumnTypes t = new ColumnTypes() {
            @Override
            public PgType of(String qualifier, String name) { return COLUMNS.get(name); }

            @Override
            public java.util.List<String> columnNames(String relation) {
                return relation.equals("t") ? java.util.List.of("id", "flag", "name") : null;
            }
        };
        PgException e = error(() -> TypedTranslation.withColumnTypes(plain("INSERT INTO t (flag) VALUES (1)"), t));
        assertThat(e.sqlState()).isEqualTo("42804");
        assertThat(e).hasMessage("column \"flag\" is of type boolean but expression is of type integer");
        assertThat(error(() -> TypedTranslation.withColumnTypes(plain("INSERT INTO t (id) SELECT '5'::text"), t)))
                .hasMessage("column \"id\" is of type integer but expression is of type text");
        assertThat(TypedTranslation.withColumnTypes(plain("INSERT INTO t VALUES (1.5, 't', 42), (2, NULL, true)"), t)
                .sqlite()).isNotEmpty();
        assertThat(TypedTranslation.withColumnTypes(plain("INSERT INTO t VALUES (?1, ?2, $3) RETURNING id = ?1"), t)
                .sqlite()).isNotEmpty();
    }
}
