package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.sql.Lexer;
import org.junit.jupiter.api.Test;

class CatalogArrayRulesTest {
    private static String rewrite(String sql) {
        return Rewriter.rewrite(sql, Lexer.tokenize(sql)).sqlite();
    }

    @Test
    void equalsAnyOfAnArrayBecomesInOverItsElements() {
        assertThat(rewrite("SELECT n FROM ns WHERE n = ANY (current_schemas(true))"))
                .isEqualTo("SELECT n FROM ns WHERE n IN (SELECT value FROM json_each(_pg_array_json(current_schemas(1))))");
        assertThat(rewrite("SELECT n FROM ns WHERE n <> ALL (x.arr)"))
                .isEqualTo("SELECT n FROM ns WHERE n NOT IN (SELECT value FROM json_each(_pg_array_json(x.arr)))");
        assertThat(rewrite("SELECT n FROM ns WHERE n = ANY (SELECT m FROM t)"))
                .isEqualTo("SELECT n FROM ns WHERE n IN (SELECT m FROM t)");
    }

    @Test
    void arraySubqueryBecomesAnOrderedAggregate() {
        assertThat(rewrite("SELECT array(select a from t order by 1) AS v"))
                .isEqualTo("SELECT (WITH _pg_array(v) AS (select a from t order by 1 NULLS LAST) SELECT _pg_array_agg(v) FROM _pg_array) AS v");
    }

    @Test
    void expandArrayBecomesOneJoinBeforeTheWhereOfItsSelect() {
        String sql = "SELECT r.k FROM (SELECT (information_schema._pg_expandarray(c.conkey)).n AS k, "
                + "information_schema._pg_expandarray(c.conkey) AS keys, a.attnum AS num FROM c JOIN a ON a.id = c.id "
                + "WHERE c.contype = 'p') r WHERE r.num = (r.keys).x ORDER BY r.k";
        assertThat(rewrite(sql)).isEqualTo("SELECT r.k FROM (SELECT (_pg_ea.key + 1) AS k, _pg_ea.value AS keys, "
                + "a.attnum AS num FROM c JOIN a ON a.id = c.id  JOIN json_each(_pg_array_json(c.conkey)) _pg_ea "
                + "WHERE c.contype = 'p') r WHERE r.num = r.keys ORDER BY r.k NULLS LAST");
    }
}
