package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.types.PgTypes;
import org.junit.jupiter.api.Test;

class AggregateAndArrayRulesTest {
    private static String apply(RewriteRule rule, String sql) {
        RewriteContext ctx = new RewriteContext(sql, Lexer.tokenize(sql));
        if (rule.applies(ctx)) rule.rewrite(ctx);
        return ctx.text();
    }

    @Test
    void multiArgumentDistinctIsPackedAndSortedByOrderByThenTheOtherArguments() {
        assertThat(apply(new DistinctAggregateRule(), "SELECT json_object_agg(DISTINCT k, v ORDER BY v) FROM t"))
                .isEqualTo("SELECT _pg_packed_json_object_agg(DISTINCT json_array( k, v) ORDER BY v NULLS LAST, k NULLS LAST) FROM t");
        assertThat(apply(new DistinctAggregateRule(), "SELECT string_agg(DISTINCT v, '-' ORDER BY v) FROM t"))
                .isEqualTo("SELECT _pg_packed_string_agg(DISTINCT json_array( v, '-') ORDER BY v NULLS LAST) FROM t");
    }

    @Test
    void singleArgumentDistinctGetsPostgresSortOrder() {
        assertThat(apply(new DistinctAggregateRule(), "SELECT array_agg(DISTINCT x) FROM t"))
                .isEqualTo("SELECT array_agg(DISTINCT x ORDER BY x NULLS LAST) FROM t");
        assertThat(apply(new DistinctAggregateRule(), "SELECT jsonb_agg(x ORDER BY y DESC, z NULLS FIRST) FROM t"))
                .isEqualTo("SELECT jsonb_agg(x ORDER BY y DESC NULLS FIRST, z NULLS FIRST) FROM t");
        assertThat(apply(new DistinctAggregateRule(), "SELECT count(DISTINCT x) FROM t"))
                .isEqualTo("SELECT count(DISTINCT x) FROM t");
    }

    @Test
    void slicesWithOmittedBoundsBecomeSliceCalls() {
        assertThat(apply(new ArraySliceRule(), "SELECT (i.indkey::int2[])[:i.n - 1], a[2:], a[1:2] FROM i"))
                .isEqualTo("SELECT _pg_slice((i.indkey::int2[]),NULL,i.n - 1), _pg_slice(a,2,NULL), _pg_slice(a,1,2) FROM i");
        assertThat(apply(new ArraySliceRule(), "SELECT a[1], x::int[] FROM t")).isEqualTo("SELECT a[1], x::int[] FROM t");
    }

    @Test
    void arrayOfASetFunctionOfOneValueIsOneCall() {
        assertThat(apply(new ArrayOfSetFunctionRule(), "SELECT ARRAY(SELECT json_object_keys(json_object_agg(k, v)))"))
                .isEqualTo("SELECT _pg_set_array('keys',json_object_agg(k, v))");
        assertThat(apply(new ArrayOfSetFunctionRule(), "SELECT ARRAY(SELECT unnest(a) FROM t)"))
                .isEqualTo("SELECT ARRAY(SELECT unnest(a) FROM t)");
    }

    @Test
    void jsonBuilderValuesCarryTheirSqlType() {
        ColumnTypes columns = (q, n) -> n.equals("flag") ? PgTypes.BOOL : n.equals("names") ? PgTypes.TEXT_ARRAY : null;
        String sql = "WITH c AS (SELECT flag AS \"f\", names n FROM t) SELECT json_build_object('f', \"f\", 'n', n, "
                + "'j', json_build_object('x', 1), 'u', other) FROM c";
        RewriteContext ctx = new RewriteContext(sql, Lexer.tokenize(sql)).withColumnTypes(columns);
        new JsonArgumentRule().rewrite(ctx);
        assertThat(ctx.text()).isEqualTo("WITH c AS (SELECT flag AS \"f\", names n FROM t) SELECT json_build_object("
                + "'f', _pg_to_json(\"f\", 'bool'), 'n', _pg_to_json(n, 'array:text'), 'j', _pg_to_json("
                + "json_build_object('x', _pg_to_json(1, 'number')), 'json'), 'u', _pg_to_json(other, '')) FROM c");
    }

    @Test
    void valuesWithAnAliasColumnListNamesSqlitesColumnN() {
        assertThat(apply(new ValuesAliasRule(), "SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v(num) ORDER BY num"))
                .isEqualTo("SELECT * FROM (SELECT column1 AS num, column2 FROM (VALUES (1, 'one'), (2, 'two'))) AS v "
                        + "ORDER BY num");
        assertThat(apply(new ValuesAliasRule(), "INSERT INTO t VALUES (1, 2)")).isEqualTo("INSERT INTO t VALUES (1, 2)");
    }

    @Test
    void setFunctionInASelectListJoinsItsElementsAndQualifiesCollidingNames() {
        assertThat(apply(new SelectListSetFunctionRule(), "SELECT id, unnest(tags) AS tag FROM t ORDER BY id, tag"))
                .isEqualTo("SELECT t.id, \"_pg_srf\".value AS tag FROM t  JOIN \"json_each\"(_pg_array_json(tags)) "
                        + "AS \"_pg_srf\" ORDER BY t.id, tag");
        assertThat(apply(new SelectListSetFunctionRule(), "SELECT k, json_object_keys(doc) FROM d"))
                .isEqualTo("SELECT k, \"_pg_srf\".key AS json_object_keys FROM d JOIN \"json_each\"("
                        + "pg_json_parts(doc, 'keys', 'json_object_keys')) AS \"_pg_srf\" ");
        String grouped = "SELECT g, unnest(array_agg(x)) FROM t GROUP BY g";
        assertThat(apply(new SelectListSetFunctionRule(), grouped)).isEqualTo(grouped);
    }

    @Test
    void severalSetFunctionsWithoutFromRunInLockstepThroughFullJoins() {
        assertThat(apply(new SelectListSetFunctionRule(), "SELECT generate_series(1, 2) AS a, unnest(x) ORDER BY a"))
                .isEqualTo("SELECT _pg_z1.\"a\" AS \"a\", _pg_z2.\"unnest\" AS \"unnest\" FROM (SELECT \"a\", "
                        + "row_number() OVER () AS _pg_n FROM generate_series(1, 2) AS \"a\") _pg_z1 FULL JOIN (SELECT "
                        + "\"unnest\", row_number() OVER () AS _pg_n FROM unnest(x) AS \"unnest\") _pg_z2 ON "
                        + "_pg_z2._pg_n = _pg_z1._pg_n ORDER BY a");
    }

    @Test
    void wholeRowAndArrayValuesOfJsonAggGoOnLinesOfTheirOwn() {
        ColumnTypes columns = new ColumnTypes() {
            @Override
            public dev.impostgres.translator.types.PgType of(String q, String n) {
                return n.equals("id") ? PgTypes.INT4 : n.equals("tags") ? PgTypes.TEXT_ARRAY : null;
            }

            @Override
            public java.util.List<String> columnNames(String relation) {
                return relation.equals("t") ? java.util.List.of("id", "tags") : null;
            }
        };
        String sql = "SELECT json_agg(t ORDER BY id), json_agg(tags), jsonb_agg(id) FROM t";
        RewriteContext ctx = new RewriteContext(sql, Lexer.tokenize(sql)).withColumnTypes(columns);
        new JsonArgumentRule().rewrite(ctx);
        assertThat(ctx.text()).isEqualTo("SELECT _pg_json_agg_lines(_pg_to_json(_pg_json_row('id', _pg_to_json(t.\"id\", "
                + "'number'), 'tags', _pg_to_json(t.\"tags\", 'array:text')), 'json') ORDER BY id), "
                + "_pg_json_agg_lines(_pg_to_json(tags, 'array:text')), jsonb_agg(_pg_to_json(id, 'number')) FROM t");
    }
}
