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
}
