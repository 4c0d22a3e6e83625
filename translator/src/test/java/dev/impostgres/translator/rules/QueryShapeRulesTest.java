package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query shapes SQLite lacks, rewritten into ones it has: grouping sets, EXCEPT ALL / INTERSECT ALL. */
class QueryShapeRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private String sqlite(String text) {
        return ((PgStatement.Sql) translator.translateOne(text)).sqlite();
    }

    @Test
    void rollupBecomesOneGroupByPerPrefix() {
        assertThat(sqlite("SELECT a, b, sum(x) FROM t GROUP BY ROLLUP (a, b)")).isEqualTo("SELECT * FROM ("
                + "SELECT a, b, sum(x) AS \"sum\" FROM t GROUP BY a, b UNION ALL "
                + "SELECT a, NULL AS \"b\", sum(x) AS \"sum\" FROM t GROUP BY a UNION ALL "
                + "SELECT NULL AS \"a\", NULL AS \"b\", sum(x) AS \"sum\" FROM t) AS _pg_grouping_sets");
    }

    @Test
    void cubeAndGroupingSetsListEverySet() {
        List<List<List<String>>> cube = sets("CUBE (a, (b, c))");
        assertThat(cube).containsExactly(List.of(List.of("a"), List.of("b"), List.of("c")), List.of(List.of("a")),
                List.of(List.of("b"), List.of("c")), List.of());
        assertThat(sets("a, GROUPING SETS ((b), (), ROLLUP (c))")).containsExactly(
                List.of(List.of("a"), List.of("b")), List.of(List.of("a")), List.of(List.of("a"), List.of("c")),
                List.of(List.of("a")));
    }

    private static List<List<List<String>>> sets(String groupBy) {
        GroupingSets sets = GroupingSets.of(Lexer.significant(Lexer.tokenize(groupBy)));
        return sets.sets().stream().map(set -> set.stream()
                .map(e -> e.stream().map(t -> t.text()).toList()).toList()).toList();
    }

    @Test
    void groupingIsABitMaskOfTheArgumentsASetLeavesOut() {
        String sql = sqlite("SELECT grouping(a, b) AS g FROM t GROUP BY GROUPING SETS ((a), (b)) HAVING grouping(b) = 0");
        assertThat(sql).contains("SELECT 1 AS g FROM t GROUP BY a HAVING 1 = 0")
                .contains("SELECT 2 AS g FROM t GROUP BY b HAVING 0 = 0");
    }

    @Test
    void orderByARepeatedExpressionSortsByItsOutputColumn() {
        assertThat(sqlite("SELECT a, count(*) FROM t GROUP BY ROLLUP (a) ORDER BY count(*) DESC, a"))
                .endsWith(") AS _pg_grouping_sets ORDER BY \"count\" DESC NULLS FIRST, a NULLS LAST");
    }

    @Test
    void groupingSetsWithWindowFunctionsAreRefused() {
        assertThatThrownBy(() -> sqlite("SELECT a, rank() OVER (ORDER BY a) FROM t GROUP BY ROLLUP (a)"))
                .isInstanceOf(PgException.class).extracting("sqlState").isEqualTo("0A000");
    }

    @Test
    void exceptAllComparesRowsNumberedWithinEqualRows() {
        assertThat(sqlite("SELECT v FROM a EXCEPT ALL SELECT w FROM b")).isEqualTo("SELECT * FROM ("
                + "SELECT * FROM (SELECT v FROM a) WHERE 0 UNION ALL SELECT _pg_c1 FROM ("
                + "WITH _pg_left(_pg_c1) AS (SELECT v FROM a), _pg_right(_pg_c1) AS (SELECT w FROM b) "
                + "SELECT _pg_c1, row_number() OVER (PARTITION BY _pg_c1) AS _pg_n FROM _pg_left EXCEPT "
                + "SELECT _pg_c1, row_number() OVER (PARTITION BY _pg_c1) AS _pg_n FROM _pg_right))");
    }

    @Test
    void intersectAllTakesOnlyItsTighterBoundOperands() {
        String sql = sqlite("SELECT 1 UNION SELECT x FROM a INTERSECT ALL SELECT y FROM b ORDER BY 1");
        assertThat(sql).startsWith("SELECT 1 AS \"?column?\" UNION SELECT * FROM (SELECT * FROM (SELECT x FROM a)")
                .contains("_pg_right(_pg_c1) AS (SELECT y FROM b)").endsWith(" ORDER BY 1 NULLS LAST");
    }

    @Test
    void setOperationDistinctLosesTheNoiseWord() {
        assertThat(sqlite("SELECT 1 AS a UNION DISTINCT SELECT 2")).isEqualTo("SELECT 1 AS a UNION SELECT 2");
    }

    @Test
    void exceptAllOverStarsOnBothSidesIsRefused() {
        assertThatThrownBy(() -> sqlite("SELECT * FROM a EXCEPT ALL SELECT * FROM b"))
                .isInstanceOf(PgException.class).extracting("sqlState").isEqualTo("0A000");
    }

    private List<String> types(String text) {
        List<dev.impostgres.translator.types.PgType> types = ((PgStatement.Sql) translator.translateOne(text)).columnTypes();
        return types == null ? null : types.stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void setOperationColumnsTakeTheResolvedCommonType() {
        assertThat(types("SELECT 1 AS a, 'x' AS b, NULL AS c UNION ALL SELECT 2.5, 'y', 1::int8 ORDER BY 1"))
                .containsExactly("numeric", "text", "int8");
        assertThat(types("SELECT 1.5 UNION SELECT 2.5::float8")).containsExactly("float8");
        assertThat(types("SELECT date '2024-01-01' UNION SELECT now()")).containsExactly("timestamptz");
    }

    @Test
    void unknownLiteralInAnotherBranchGoesThroughTheResolvedTypesInput() {
        assertThat(sqlite("SELECT 1 UNION SELECT 'x'")).isEqualTo("SELECT 1 AS \"?column?\" UNION SELECT _pg_in(23,-1,'x')");
        assertThat(sqlite("SELECT 'a' UNION SELECT 'b'")).isEqualTo("SELECT 'a' AS \"?column?\" UNION SELECT 'b'");
    }

    @Test
    void branchesOfDifferentWidthsAreASyntaxError() {
        assertThatThrownBy(() -> sqlite("SELECT 1 AS a UNION SELECT 1, 2"))
                .isInstanceOf(PgException.class).hasMessage("each UNION query must have the same number of columns");
        assertThatThrownBy(() -> sqlite("SELECT * FROM (VALUES (1), (2, 3)) AS v"))
                .isInstanceOf(PgException.class).hasMessage("VALUES lists must all be the same length");
    }

    @Test
    void numericValuesColumnKeepsItsLiteralsDigits() {
        String text = "SELECT * FROM (VALUES (1, 1.50), (2, -2)) AS v(id, n) ORDER BY id";
        assertThat(sqlite(text)).contains("(VALUES (1, '1.50'), (2, '-2'))");
        assertThat(types(text)).containsExactly("int4", "numeric");
        assertThat(sqlite("SELECT * FROM (VALUES (1.5), (2)) AS v(n)")).contains("(VALUES (1.5), (2))");
    }

    @Test
    void emptySelectListSelectsAMarkedNullColumn() {
        assertThat(sqlite("SELECT")).isEqualTo("SELECT NULL AS _pg_no_columns");
        assertThat(sqlite("SELECT FROM t WHERE EXISTS (SELECT FROM u)"))
                .isEqualTo("SELECT NULL AS _pg_no_columns FROM t WHERE EXISTS (SELECT NULL AS _pg_no_columns FROM u)");
        assertThat(sqlite("SELECT 1")).doesNotContain("_pg_no_columns");
    }
}
