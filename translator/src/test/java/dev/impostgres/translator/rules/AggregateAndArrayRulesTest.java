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
                .isEqualTo("SELECT _pg_packed_json_object_agg(DISTINCT json_array( k, v) ORDER BY v, k) FROM t");
        assertThat(apply(new DistinctAggregateRule(), "SELECT string_agg(DISTINCT v, '-' ORDER BY v) FROM t"))
                .isEqualTo("SELECT _pg_packed_string_agg(DISTINCT json_array( v, '-') ORDER BY v) FROM t");
    }

    @Test
    void singleArgumentDistinctGetsPostgresSortOrder() {
        assertThat(apply(new DistinctAggregateRule(), "SELECT array_agg(DISTINCT x) FROM t"))
                .isEqualTo("SELECT array_agg(DISTINCT x ORDER BY x) FROM t");
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
}
