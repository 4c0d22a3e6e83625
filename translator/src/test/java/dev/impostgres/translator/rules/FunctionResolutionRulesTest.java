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

/** Functions resolved by their argument types as Postgres resolves them: result types and the SQLite rewrite. */
class FunctionResolutionRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private static final Map<String, PgType> COLUMNS = Map.of("n", PgTypes.NUMERIC, "i", PgTypes.INT4,
            "f", PgTypes.FLOAT8, "tags", PgTypes.TEXT_ARRAY, "ts", PgTypes.TIMESTAMP, "iv", PgTypes.INTERVAL);

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
    void mathFunctionsPickNumericWhenAnArgumentIsNumeric() {
        assertThat(types(plain("SELECT power(2, 10), power(2.0, 0.5), power(2, 0.5), sqrt(2), sqrt(16.0), log(2, 8), log(100), exp(1.0)")))
                .containsExactly("float8", "numeric", "numeric", "float8", "numeric", "numeric", "float8", "numeric");
        assertThat(types(typed("SELECT ln(n), ln(i), sqrt(f) FROM t"))).containsExactly("numeric", "float8", "float8");
    }

    @Test
    void aTableNamedLikeAMathFunctionIsLeftAlone() {
        assertThat(typed("INSERT INTO log (i) VALUES (1)").sqlite()).doesNotContain("pg_float_log");
        assertThat(typed("SELECT count(*) FROM log").sqlite()).doesNotContain("pg_");
    }

    @Test
    void numericMathGetsDecimalLiteralsAsTheirText() {
        assertThat(plain("SELECT sqrt(16.0) AS a, power(2.0, -0.5) AS b, ln(i) AS c FROM t").sqlite())
                .isEqualTo("SELECT pg_numeric_sqrt('16.0') AS a, pg_numeric_power('2.0', '-0.5') AS b, ln(i) AS c FROM t");
        assertThat(typed("SELECT ln(i) AS a, log(2, 8) AS b FROM t").sqlite())
                .isEqualTo("SELECT pg_float_ln(i) AS a, pg_numeric_log(2, 8) AS b FROM t");
    }

    @Test
    void generateSeriesIsNumericWhenAnyArgumentIsNumeric() {
        assertThat(types(plain("SELECT n FROM generate_series(0, 1, 0.25) AS n"))).containsExactly("numeric");
        assertThat(types(plain("SELECT n FROM generate_series(1, 3000000000) AS n"))).containsExactly("int8");
        assertThat(types(plain("SELECT n FROM generate_series(1, 3) AS n"))).containsExactly("int4");
    }

    @Test
    void orderedSetAggregatesPassTheirSortKeyAndDirection() {
        assertThat(plain("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v DESC), mode() WITHIN GROUP (ORDER BY v) FROM t").sqlite())
                .isEqualTo("SELECT pg_percentile_cont(0.5, v ,'desc') AS \"percentile_cont\", pg_mode( v ,'asc') AS \"mode\" FROM t");
        assertThat(types(typed("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n), percentile_disc(0.5) WITHIN GROUP (ORDER BY n),"
                + " mode() WITHIN GROUP (ORDER BY i), percentile_cont(0.5) WITHIN GROUP (ORDER BY iv) FROM t")))
                .containsExactly("float8", "numeric", "int4", "interval");
    }

    @Test
    void arrayConcatenationIsTypedAndRewrittenAsArrayFunctions() {
        assertThat(plain("SELECT ARRAY[1] || 2 AS a, 0 || ARRAY[1] AS b, ARRAY[1] || ARRAY[2] AS c, 'x' || 'y' AS d").sqlite())
                .isEqualTo("SELECT array_append(pg_array('text', '1'),2) AS a, array_prepend(0,pg_array('text', '1')) AS b,"
                        + " array_cat(pg_array('text', '1'),pg_array('text', '2')) AS c, 'x' || 'y' AS d");
        assertThat(types(typed("SELECT tags || 'x' AS a, 'a' || 'b' AS b FROM t"))).containsExactly("_text", "text");
    }

    @Test
    void overlapOperatorComparesArrays() {
        assertThat(plain("SELECT ARRAY[1] && ARRAY[2] AS o").sqlite())
                .isEqualTo("SELECT pg_array_overlap(pg_array('text', '1'), pg_array('text', '2')) AS o");
    }

    @Test
    void setFunctionInAFromListWithAColumnArgumentStaysATableValuedCall() {
        assertThat(plain("SELECT t.id, u.tag FROM t, unnest(t.tags) AS u(tag) ORDER BY t.id, u.tag").sqlite())
                .isEqualTo("SELECT t.id, u.value AS tag FROM t, \"json_each\"(_pg_array_json(t.tags)) AS u"
                        + " ORDER BY t.id NULLS LAST, u.value NULLS LAST");
        assertThat(plain("SELECT id, x FROM t, unnest(tags) AS x").sqlite())
                .isEqualTo("SELECT t.id, x.value AS x FROM t, \"json_each\"(_pg_array_json(tags)) AS x");
        assertThat(plain("SELECT a FROM unnest(ARRAY[1], ARRAY[2]) AS u(a, b)").sqlite())
                .isEqualTo("SELECT a FROM (SELECT json_extract(value, '$[0]') AS a, json_extract(value, '$[1]') AS b"
                        + " FROM json_each(pg_unnest_zip_json(pg_array('text', '1'), pg_array('text', '2'))) ORDER BY key) u");
    }

    @Test
    void regexpSetFunctionsExpandThroughJsonEach() {
        assertThat(plain("SELECT regexp_matches('ab', '(a)') AS m").sqlite())
                .isEqualTo("SELECT \"_pg_srf\".value AS m FROM \"json_each\"(pg_regexp_matches_json('ab', '(a)')) AS \"_pg_srf\" ");
        assertThat(types(plain("SELECT regexp_matches('ab', '(a)') AS m"))).containsExactly("_text");
        assertThat(types(plain("SELECT m FROM regexp_split_to_table('a b', ' ') AS m"))).containsExactly("text");
    }

    @Test
    void chainedSubscriptsReadOneElementAndSubscriptAssignmentSetsIt() {
        assertThat(plain("SELECT m[2][1] AS cell FROM t").sqlite()).isEqualTo("SELECT pg_subscript_nd(m,2,1) AS cell FROM t");
        assertThat(types(typed("SELECT tags[2][1] AS cell FROM t"))).containsExactly("text");
        assertThat(plain("UPDATE t SET x = 1, tags[2] = upper('b') WHERE id = 1").sqlite())
                .isEqualTo("UPDATE t SET x = 1, tags = pg_array_set(tags,2,upper('b')) WHERE id = 1");
    }

    @Test
    void enumRangeTakesItsEnumFromTheCastOfItsArgument() {
        assertThat(plain("SELECT enum_range(NULL::mood) AS r, enum_last('x'::public.mood) AS l").sqlite())
                .isEqualTo("SELECT pg_enum_range('mood') AS r, pg_enum_last('mood') AS l");
        assertThat(plain("SELECT enum_range(NULL::mood) AS r").columnTypes().get(0).name()).isEqualTo("_mood");
        assertThat(plain("SELECT enum_first(1::int) AS f").sqlite()).contains("enum_first(");
    }
}
