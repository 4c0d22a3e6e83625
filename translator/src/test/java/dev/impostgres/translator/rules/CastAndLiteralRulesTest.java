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

/** Casts that depend on the source type or the typmod, literal forms, and the type-driven rewrites around them. */
class CastAndLiteralRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private static final Map<String, PgType> COLUMNS = Map.of("f", PgTypes.FLOAT8, "c", PgTypes.BPCHAR,
            "j", PgTypes.JSONB, "tz", PgTypes.TIMESTAMPTZ, "ts", PgTypes.TIMESTAMP, "bb", PgTypes.BYTEA,
            "n", PgTypes.NUMERIC);

    private PgStatement.Sql plain(String text) {
        return (PgStatement.Sql) translator.translateOne(text);
    }

    private PgStatement.Sql typed(String text) {
        return TypedTranslation.withColumnTypes(plain(text), (q, name) -> COLUMNS.get(name));
    }

    @Test
    void castWithModifiersReportsItsTypmod() {
        PgStatement.Sql sql = plain("SELECT 1.50::numeric(10,2) AS p, 'abc'::varchar(3), '2024-01-02'::timestamp(0), 1 AS x");
        assertThat(sql.columnTypmods()).containsExactly(655366, 7, 0, -1);
        assertThat(sql.columnTypmod(3)).isEqualTo(-1);
    }

    @Test
    void chainedCastTypesTheColumnByTheLastCast() {
        PgStatement.Sql sql = plain("SELECT 'pg_class'::regclass::oid AS o");
        assertThat(sql.columnTypes().get(0).name()).isEqualTo("oid");
    }

    @Test
    void castToATypeWithModifiersGoesThroughPgConvert() {
        assertThat(plain("SELECT 'abcdef'::varchar(3)").sqlite()).contains("pg_convert('abcdef','unknown','varchar(3)')");
    }

    @Test
    void floatToIntegerCastKnowsItsSource() {
        assertThat(typed("SELECT f::int FROM t").sqlite()).contains("pg_convert(f,'float8','int')");
        assertThat(plain("SELECT 3.5::float8::int").sqlite()).contains("'float8','int')");
    }

    @Test
    void castPostgresDoesNotHaveIsRefusedWith42846() {
        assertThatThrownBy(() -> plain("SELECT 1::date")).isInstanceOf(PgException.class)
                .hasMessage("cannot cast type integer to date")
                .satisfies(e -> assertThat(((PgException) e).sqlState()).isEqualTo("42846"));
        assertThatThrownBy(() -> plain("SELECT true::numeric")).hasMessage("cannot cast type boolean to numeric");
    }

    @Test
    void timestamptzCastsConvertInTheSessionZone() {
        assertThat(typed("SELECT tz::date FROM t").sqlite()).contains("pg_convert(tz,'timestamptz','date')");
    }

    @Test
    void numberLiteralsADoubleCannotHoldStayExactText() {
        assertThat(plain("SELECT 9223372036854775808 AS n, 2147483648 AS b, 0.5 AS h").sqlite())
                .isEqualTo("SELECT '9223372036854775808' AS n, 2147483648 AS b, 0.5 AS h");
        assertThat(ExactNumberRule.exact("123456789012345678901234567890.123")).isFalse();
        assertThat(ExactNumberRule.exact("1e16")).isTrue();
    }

    @Test
    void unicodeEscapeStringIsDecoded() {
        assertThat(plain("SELECT U&'\\0041BC', U&'\\+01F600'").sqlite()).contains("'ABC'").contains("'\uD83D\uDE00'");
    }

    @Test
    void jsonbComparedWithALiteralComparesNormalForms() {
        assertThat(typed("SELECT 1 FROM t WHERE j = '{\"b\": 1}'").sqlite()).contains("_pg_in(3802,-1,'{\"b\": 1}')");
    }

    @Test
    void characterColumnLosesItsPaddingWhereComparedMeasuredOrConcatenated() {
        String sql = typed("SELECT c, length(c) l, octet_length(c) o, c = 'ab ' e, c || '|' x FROM t").sqlite();
        assertThat(sql).startsWith("SELECT c, length(rtrim(c,' ')) l, octet_length(c) o, rtrim(c,' ') = 'ab' e, "
                + "rtrim(c,' ') || '|' x");
        assertThat(typed("UPDATE t SET c = 'x' WHERE c = 'x '").sqlite()).contains("SET c = ").contains("rtrim(c,' ') = 'x'");
    }

    @Test
    void atTimeZoneConvertsByTheValuesType() {
        PgStatement.Sql sql = typed("SELECT tz AT TIME ZONE 'UTC' AS a, ts AT TIME ZONE 'UTC' AS b FROM t");
        assertThat(sql.sqlite()).contains("pg_timezone('UTC',tz,'timestamptz')").contains("pg_timezone('UTC',ts,'timestamp')");
        assertThat(sql.columnTypes()).extracting(PgType::name).containsExactly("timestamp", "timestamptz");
    }

    @Test
    void byteaConcatenationKeepsBytes() {
        PgStatement.Sql sql = typed("SELECT bb || bb AS x FROM t");
        assertThat(sql.sqlite()).contains("pg_bytea_concat(bb,bb)");
        assertThat(sql.columnTypes().get(0).name()).isEqualTo("bytea");
    }

    @Test
    void unaryMinusOfADoubleKeepsNegativeZero() {
        assertThat(typed("SELECT -f AS x, - (1) AS y FROM t").sqlite()).isEqualTo("SELECT pg_float_neg(f) AS x, - (1) AS y FROM t");
    }

    @Test
    void floatArithmeticChecksOverflow() {
        assertThat(typed("SELECT f * 10 FROM t").sqlite()).contains("pg_float8_op('*', 'float', 'int', f, 10)");
    }
}
