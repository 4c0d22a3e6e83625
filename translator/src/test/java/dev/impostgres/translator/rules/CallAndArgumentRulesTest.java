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

/** TypedArgumentRule and CallArgumentRule: Postgres's typing of call arguments and operands. */
class CallAndArgumentRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);
    private static final Map<String, PgType> COLUMNS = Map.of("id", PgTypes.INT4, "s", PgTypes.TEXT,
            "j", PgTypes.JSONB, "c", PgTypes.byOid(1042));

    private PgStatement.Sql typed(String text) {
        return TypedTranslation.withColumnTypes((PgStatement.Sql) translator.translateOne(text), (q, n) -> COLUMNS.get(n));
    }

    @Test
    void untypedLiteralComparedWithAnIntegerMustBeAnInteger() {
        assertThatThrownBy(() -> typed("SELECT id FROM t WHERE id = 'ten'")).isInstanceOf(PgException.class)
                .hasMessage("invalid input syntax for type integer: \"ten\"");
        assertThatThrownBy(() -> typed("SELECT id FROM t WHERE 'x' < id")).isInstanceOf(PgException.class);
        assertThat(typed("SELECT id FROM t WHERE id = '10' AND s = 'ten'").sqlite()).contains("'ten'");
    }

    @Test
    void jsonbSubscriptsBecomeArrows() {
        assertThat(typed("SELECT j['a'][0] FROM t").sqlite()).contains("pg_json_op((pg_json_op(j, 'a','->','jsonb')), 0,'->','jsonb')");
    }

    @Test
    void greatestGetsTheCommonTypeOfItsArguments() {
        assertThat(typed("SELECT greatest(id, 2.5) FROM t").sqlite()).startsWith("SELECT pg_greatest('numeric',");
        assertThat(typed("SELECT greatest(id, 2.5) FROM t").columnTypes()).containsExactly(PgTypes.NUMERIC);
    }

    @Test
    void makeIntervalNamedArgumentsBecomePositional() {
        assertThat(typed("SELECT make_interval(days => 10)").sqlite()).contains("make_interval(0,0,0, 10,0,0,0)");
    }

    @Test
    void bitwiseOperatorsKeepSmallintAndBigint() {
        assertThat(typed("SELECT 5::smallint & 3::smallint, 5::bigint | 8").columnTypes())
                .containsExactly(PgTypes.INT2, PgTypes.INT8);
    }

    @Test
    void coalesceReadsAnUntypedLiteralAsTheCommonType() {
        assertThatThrownBy(() -> typed("SELECT coalesce(1, 'x')")).isInstanceOf(PgException.class)
                .hasMessage("invalid input syntax for type integer: \"x\"");
        assertThat(typed("SELECT coalesce(id, '5') FROM t").sqlite()).contains("'5'");
    }

    @Test
    void negationKeepsTheOperandsType() {
        assertThat(typed("SELECT -interval '2 hours', -id FROM t").columnTypes())
                .containsExactly(PgTypes.INTERVAL, PgTypes.INT4);
    }
}
