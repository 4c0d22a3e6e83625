package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed rewrites: literals, operators, aggregates and functions whose meaning depends on operand types. */
class TypedRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    /** Columns of one imaginary table: n numeric, i int4, b int8, d date, ts timestamp, iv interval, m an enum. */
    private static final Map<String, PgType> COLUMNS = Map.of("n", PgTypes.NUMERIC, "i", PgTypes.INT4,
            "b", PgTypes.INT8, "d", PgTypes.DATE, "ts", PgTypes.TIMESTAMP, "iv", PgTypes.INTERVAL,
            "m", new PgType(16500, "enum", (short) 4, 0, 0));

    private PgStatement.Sql plain(String text) {
        return (PgStatement.Sql) translator.translateOne(text);
    }

    private PgStatement.Sql typed(String text) {
        return TypedTranslation.withColumnTypes(plain(text), (q, name) -> COLUMNS.get(name));
    }

    private List<String> types(PgStatement.Sql sql) {
        return sql.columnTypes().stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void returningListIsTypedLikeASelectList() {
        assertThat(types(typed("INSERT INTO t VALUES (1) RETURNING i, n * 2 AS doubled"))).containsExactly("int4",
                "numeric");
        assertThat(typed("UPDATE t SET i = 1 RETURNING *").columnTypes()).isNull();
    }

    @Test
    void aggregateWithFilterHasTheAggregatesType() {
        assertThat(types(typed("SELECT count(*) FILTER (WHERE i > 1), sum(i) FILTER (WHERE i > 1) FROM t")))
                .containsExactly("int8", "int8");
        assertThat(types(typed("SELECT sum(i) FILTER (WHERE i > 1) OVER (ORDER BY i) FROM t")))
                .containsExactly("int8");
    }

    @Test
    void averageOfAnIntegerOverAWindowIsExactNumeric() {
        PgStatement.Sql sql = typed("SELECT avg(i) OVER (ORDER BY d ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t");
        assertThat(sql.sqlite()).startsWith("SELECT pg_numeric_avg(i) OVER (ORDER BY d NULLS LAST ROWS BETWEEN");
        assertThat(types(sql)).containsExactly("numeric");
    }

    @Test
    void typedLiteralBecomesACast() {
        assertThat(plain("SELECT date '2024-01-01', timestamp with time zone '2024-01-01 10:00'").sqlite())
                .isEqualTo("SELECT pg_cast('2024-01-01','date') AS \"date\", "
                        + "pg_cast('2024-01-01 10:00','timestamp with time zone') AS \"timestamptz\"");
    }

    @Test
    void decimalLiteralArithmeticIsExactNumeric() {
        PgStatement.Sql sql = plain("SELECT 0.1 + 0.2 AS s, 1.000 - 0.5");
        assertThat(sql.sqlite()).isEqualTo("SELECT pg_numeric_op('+', 'numeric', 'numeric', '0.1', '0.2') AS s, "
                + "pg_numeric_op('-', 'numeric', 'numeric', '1.000', '0.5') AS \"?column?\"");
        assertThat(types(sql)).containsExactly("numeric", "numeric");
    }

    @Test
    void integerArithmeticChecksOverflowByType() {
        assertThat(plain("SELECT 1 + 2, 1::int8 * 2, 1::int2 - 1::int2").sqlite())
                .contains("pg_int4_op('+', 'int', 'int', 1, 2)")
                .contains("pg_int8_op('*', 'int', 'int', CAST(1 AS INTEGER), 2)")
                .contains("pg_int2_op('-'");
    }

    @Test
    void precedenceIsKeptRightToLeft() {
        assertThat(plain("SELECT 1.5 + 2 * 3.0").sqlite()).isEqualTo("SELECT pg_numeric_op('+', 'numeric', 'numeric', "
                + "'1.5', pg_numeric_op('*', 'int', 'numeric', '2', '3.0')) AS \"?column?\"");
    }

    @Test
    void untypedColumnsAreLeftToSqliteWithoutTheSchema() {
        assertThat(plain("SELECT n + 1 FROM t WHERE n > 9").sqlite()).isEqualTo("SELECT n + 1 AS \"?column?\" FROM t WHERE n > 9");
    }

    @Test
    void numericColumnsCompareSortAndAggregateExactlyWithTheSchema() {
        PgStatement.Sql sql = typed("SELECT n * 2 AS d, sum(n), avg(i), max(n) FROM t WHERE n > 9.6 GROUP BY n ORDER BY n DESC");
        assertThat(sql.sqlite()).isEqualTo("SELECT pg_numeric_op('*', 'numeric', 'int', n, '2') AS d, "
                + "pg_numeric_sum(n) AS \"sum\", pg_numeric_avg(i) AS \"avg\", max(n COLLATE pg_numeric) AS \"max\" "
                + "FROM t WHERE pg_numeric_cmp(n, '9.6') > 0 GROUP BY n ORDER BY n COLLATE pg_numeric DESC NULLS FIRST");
        assertThat(types(sql)).containsExactly("numeric", "numeric", "numeric", "numeric");
    }

    @Test
    void sumOfIntegersIsBigintAndOfBigintNumeric() {
        assertThat(types(typed("SELECT sum(i), sum(b), count(*) FROM t"))).containsExactly("int8", "numeric", "int8");
    }

    @Test
    void assignmentsInSetAreNotComparisons() {
        assertThat(typed("UPDATE t SET n = n * 1.5 WHERE n = 2").sqlite())
                .isEqualTo("UPDATE t SET n = pg_numeric_op('*', 'numeric', 'numeric', n, '1.5') WHERE pg_numeric_cmp(n, '2') = 0");
    }

    @Test
    void numericBetweenComparesBothBounds() {
        assertThat(typed("SELECT i FROM t WHERE n NOT BETWEEN 1 AND 2").sqlite())
                .isEqualTo("SELECT i FROM t WHERE NOT (pg_numeric_cmp(n, '1') >= 0 AND pg_numeric_cmp(n, '2') <= 0)");
    }

    @Test
    void dateTimeArithmeticIsTypedByResult() {
        PgStatement.Sql sql = typed("SELECT d + 1, d - d, ts + interval '1 month', ts - ts, iv * 2 FROM t");
        assertThat(sql.sqlite()).contains("pg_date_op('+', 'date', 'int', d, 1)")
                .contains("pg_date_diff('-', 'date', 'date', d, d)")
                .contains("pg_timestamp_op('+', 'timestamp', 'interval', ts, pg_cast('1 month','interval'))")
                .contains("pg_interval_op('-', 'timestamp', 'timestamp', ts, ts)")
                .contains("pg_interval_op('*', 'interval', 'int', iv, 2)");
        assertThat(types(sql)).containsExactly("date", "int4", "timestamp", "interval", "interval");
    }

    @Test
    void intervalComparisonUsesIntervalOrder() {
        assertThat(typed("SELECT i FROM t WHERE iv > interval '1 day'").sqlite())
                .isEqualTo("SELECT i FROM t WHERE pg_interval_cmp(iv, pg_cast('1 day','interval')) > 0");
    }

    @Test
    void enumComparisonAndOrderUseLabelPositions() {
        assertThat(typed("SELECT i FROM t WHERE m > 'low' ORDER BY m").sqlite())
                .isEqualTo("SELECT i FROM t WHERE pg_enum_cmp(16500, m, 'low') > 0 ORDER BY pg_enum_sort(16500, m) NULLS LAST");
    }

    @Test
    void pgTypeofOfAKnownTypeIsItsName() {
        assertThat(typed("SELECT pg_typeof(n), pg_typeof(1 + 1::int8), pg_typeof(NULL) FROM t").sqlite())
                .isEqualTo("SELECT ('numeric') AS \"pg_typeof\", ('bigint') AS \"pg_typeof\", ('unknown') AS \"pg_typeof\" FROM t");
    }

    @Test
    void dateFunctionsGetTheirArgumentsType() {
        assertThat(typed("SELECT extract(year FROM ts), date_trunc('day', d), to_char(ts, 'YYYY'), age(ts, ts) FROM t").sqlite())
                .contains("pg_extract('year', ts, 'timestamp')").contains("pg_date_trunc('day', d, 'date')")
                .contains("pg_to_char(ts, 'YYYY', 'timestamp')").contains("pg_age(ts, ts, 'timestamp')");
    }

    @Test
    void likeIsCaseSensitiveWithBackslashEscape() {
        assertThat(plain("SELECT a LIKE 'x%', a NOT ILIKE 'y', a LIKE 'z!_' ESCAPE '!' FROM t").sqlite())
                .isEqualTo("SELECT pg_like(a, 'x%', '\\', 0) AS \"?column?\", NOT pg_like(a, 'y', '\\', 1) AS \"?column?\", "
                        + "pg_like(a, 'z!_', '!', 0) AS \"?column?\" FROM t");
    }

    @Test
    void arrayConstructorBuildsTheTextForm() {
        PgStatement.Sql sql = plain("SELECT ARRAY[1, NULL], ARRAY[true], ARRAY[[1], [2]]");
        assertThat(sql.sqlite()).contains("pg_array('text', '1',  NULL)").contains("pg_array('bool', 1)")
                .contains("pg_array('nested', pg_array('text', '1'), pg_array('text', '2'))");
        assertThat(types(sql)).containsExactly("_int4", "_bool", "_int4");
    }

    @Test
    void quantifiedComparisonsOtherThanInGoThroughPgQuantified() {
        assertThat(plain("SELECT 5 > ALL (ARRAY[1, 2])").sqlite()).startsWith("SELECT pg_quantified(5, '>', pg_array(");
    }

    @Test
    void unnestAndGenerateSeriesAreFromItems() {
        assertThat(plain("SELECT x, n FROM unnest(ARRAY[3]) WITH ORDINALITY AS u(x, n)").sqlite())
                .contains("(SELECT value AS x, key + 1 AS n FROM json_each(_pg_array_json(pg_array('text', '3'))) ORDER BY key) u");
        assertThat(plain("SELECT n FROM generate_series(1, 10, 2) AS n").sqlite())
                .contains("pg_series_first(1, 10, 2, 'numeric')").contains("pg_series_next(v,  10, 2, 'numeric')");
        assertThat(plain("SELECT generate_series(1, 3)").sqlite()).startsWith("SELECT v AS \"generate_series\" FROM (WITH RECURSIVE");
    }

    @Test
    void missingFunctionSignatureNamesArgumentTypes() {
        assertThat(FunctionSignatures.of("SELECT f(1, 'a', 1.5, x)", "f")).isNull();
        assertThat(FunctionSignatures.of("SELECT f(1, 'a', 1.5)", "f")).isEqualTo("f(integer, unknown, numeric)");
    }

    @Test
    void scalarSubqueryHasTheTypeOfItsOneItem() {
        assertThat(types(typed("SELECT (SELECT count(*) FROM t) AS c, (SELECT max(n) AS m FROM t) AS m, "
                + "(SELECT i, n FROM t) AS two FROM t"))).containsExactly("int8", "numeric", null);
    }
}
