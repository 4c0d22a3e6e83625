package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.types.PgType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonOperatorRuleTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private PgStatement.Sql sql(String text) {
        return (PgStatement.Sql) translator.translateOne(text);
    }

    private List<String> types(String text) {
        List<PgType> types = sql(text).columnTypes();
        return types == null ? null : types.stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void arrowsChainLeftToRightAndBindTighterThanComparison() {
        assertThat(sql("SELECT j -> 'a' -> 1 ->> 'x' = 'y' AS b FROM t").sqlite())
                .isEqualTo("SELECT pg_json_op(pg_json_op(pg_json_op(j, 'a','->','jsonb'), 1,'->','jsonb'), 'x','->>',"
                        + "'jsonb') = 'y' AS b FROM t");
    }

    @Test
    void jsonCastOperandIsMarkedJson() {
        assertThat(sql("SELECT '{}'::json -> 'a' AS a").sqlite())
                .isEqualTo("SELECT pg_json_op(pg_cast('{}','json'), 'a','->','json') AS a");
    }

    @Test
    void resultTypesFollowTheOperator() {
        assertThat(types("SELECT j -> 'a', j ->> 'a', j #> '{a}', '{}'::json -> 'a', j @> '{}', j ? 'k' FROM t"))
                .containsExactly("jsonb", "text", "jsonb", "json", "bool", "bool");
        assertThat(types("SELECT jsonb_build_object('a', 1), json_agg(x), jsonb_typeof(j) FROM t"))
                .containsExactly("jsonb", "json", "text");
    }

    @Test
    void aParameterRightOfAKeyOrPathOperatorIsDescribedAsPostgresResolvesIt() {
        assertThat(sql("SELECT 1 FROM t WHERE NOT j ?| $1 AND j ? $2 AND j #>> $3 = 'x'").parameterTypes())
                .containsExactly(1009, 25, 1009);
    }
}
