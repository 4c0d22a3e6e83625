package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.types.PgType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private PgStatement.Sql sql(String text) {
        return (PgStatement.Sql) translator.translateOne(text);
    }

    private List<String> types(String text) {
        List<PgType> types = sql(text).columnTypes();
        return types == null ? null : types.stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void unaliasedItemsAreNamedAsPostgresNamesThem() {
        assertThat(sql("SELECT count(*), lower(Name), 1, 1::int8, x::text, ID, CASE WHEN a THEN 1 END FROM t").sqlite())
                .isEqualTo("SELECT count(*) AS \"count\", lower(Name) AS \"lower\", 1 AS \"?column?\", "
                        + "CAST(1 AS INTEGER) AS \"int8\", CAST(x AS TEXT) AS \"x\", ID AS \"id\", "
                        + "CASE WHEN a THEN 1 END AS \"case\" FROM t");
    }

    @Test
    void aliasedAndPlainColumnItemsKeepTheirText() {
        assertThat(sql("SELECT a, t.b, \"C\", count(*) AS n, max(v) m, * FROM t").sqlite())
                .isEqualTo("SELECT a, t.b, \"C\", count(*) AS n, max(v) m, * FROM t");
    }

    @Test
    void castChainIsNamedAfterItsOperandElseTheLastType() {
        assertThat(sql("SELECT x::text::int, '1'::text::varchar(3), CAST(now() AS date)").sqlite())
                .contains("AS \"x\"").contains("AS \"varchar\"").contains("AS \"now\"");
    }

    @Test
    void divisionAndModuloBecomeFunctionsThatRaiseOnZero() {
        assertThat(sql("SELECT a - b / c / d, n % 2 = 0 AS even FROM t").sqlite())
                .isEqualTo("SELECT a - pg_div(pg_div(b, c), d) AS \"?column?\", pg_mod(n, 2) = 0 AS even FROM t");
    }

    @Test
    void powerIsLeftAssociativeAndBindsLooserThanUnaryMinus() {
        assertThat(sql("SELECT 2 ^ 3 ^ 2 AS p, -2 ^ 2 AS q").sqlite())
                .isEqualTo("SELECT power(power(2, 3), 2) AS p, power(-2, 2) AS q");
    }

    @Test
    void regexAndSimilarToBecomeMatchFunctions() {
        assertThat(sql("SELECT s ~* 'a.c' AS r, s !~ 'x' AS n, s NOT SIMILAR TO '%(b|d)%' AS st, ~5 AS bnot FROM t").sqlite())
                .isEqualTo("SELECT pg_regex_match(s, 'a.c','i') AS r, NOT pg_regex_match(s, 'x','') AS n, "
                        + "NOT pg_similar(s, '%(b|d)%') AS st, ~5 AS bnot FROM t");
    }

    @Test
    void sqlStandardCallSyntaxBecomesOrdinaryCalls() {
        assertThat(sql("SELECT trim(LEADING '0' FROM s) a, position('om' IN s) b, substring(s FROM 2 FOR 3) c, "
                + "left(s, 2) d, extract(year FROM ts) e FROM t").sqlite())
                .isEqualTo("SELECT ltrim(s, '0') a, strpos(s, 'om') b, substring(s, 2, 3) c, "
                        + "pg_left(s, 2) d, pg_extract('year', ts, 'unknown') e FROM t");
    }

    @Test
    void currentTimestampIsTheTransactionClock() {
        assertThat(sql("SELECT current_timestamp, current_date").sqlite())
                .isEqualTo("SELECT now() AS \"current_timestamp\", pg_current_date() AS \"current_date\"");
    }

    @Test
    void predicatesAreBoolAndFunctionsHaveTheirResultTypes() {
        assertThat(types("SELECT 1 < 2, a AND b, x IS NULL, EXISTS (SELECT 1), length(s), upper(s), now() FROM t"))
                .containsExactly("bool", "bool", "bool", "bool", "int4", "text", "timestamptz");
    }

    @Test
    void mathFunctionsFollowTheirArgumentAndArithmeticPromotes() {
        assertThat(types("SELECT round(2.5), round(5), abs(-17), 1 + 1.5, 2 * 3, 'a' || 1, 2 ^ 3"))
                .containsExactly("numeric", "float8", "int4", "numeric", "int4", "text", "float8");
    }

    @Test
    void prefixTildeIsBitwiseNotNotARegexMatch() {
        assertThat(types("SELECT ~5 AS bnot, 'a' ~ 'b' AS m")).containsExactly("int4", "bool");
    }

    @Test
    void scalarSubqueryIsNotTypedByThePredicateInsideIt() {
        assertThat(types("SELECT id, (SELECT max(v) FROM o WHERE o.k = e.k) AS m FROM e")).isNull();
    }

    @Test
    void overlapsBecomesOneCallWithTheOperandTypesAndIsBoolean() {
        assertThat(sql("SELECT (a, b) OVERLAPS (now(), interval '1 day') AS o FROM t").sqlite())
                .startsWith("SELECT pg_overlaps(a, b, ").contains(", ',,timestamptz,interval')");
        assertThat(types("SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-15', date '2024-03-01')"))
                .containsExactly("bool");
    }
}
