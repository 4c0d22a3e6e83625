package dev.impostgres.translator.types;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SQLSTATEs and messages are those real Postgres raised for {@code SELECT 'input'::type}. */
class TextInputErrorsTest {
    private final ValueCodec codec = new ValueCodec();

    @ParameterizedTest(name = "''{1}''::{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "bool|x|22P02|invalid input syntax for type boolean: \"x\"",
            "bool|o|22P02|invalid input syntax for type boolean: \"o\"",
            "int|abc|22P02|invalid input syntax for type integer: \"abc\"",
            "int|1.5|22P02|invalid input syntax for type integer: \"1.5\"",
            "int|99999999999|22003|value \"99999999999\" is out of range for type integer",
            "int2|99999|22003|value \"99999\" is out of range for type smallint",
            "int8|9223372036854775808|22003|value \"9223372036854775808\" is out of range for type bigint",
            "float8|1e400|22003|\"1e400\" is out of range for type double precision",
            "float8|1e-400|22003|\"1e-400\" is out of range for type double precision",
            "float4|1e40|22003|\"1e40\" is out of range for type real",
            "float8|abc|22P02|invalid input syntax for type double precision: \"abc\"",
            "float4|abc|22P02|invalid input syntax for type real: \"abc\"",
            "numeric|abc|22P02|invalid input syntax for type numeric: \"abc\"",
            "uuid|abc|22P02|invalid input syntax for type uuid: \"abc\"",
            "date|2024-13-01|22008|date/time field value out of range: \"2024-13-01\"",
            "date|2024-02-30|22008|date/time field value out of range: \"2024-02-30\"",
            "date|abc|22007|invalid input syntax for type date: \"abc\"",
            "timestamp|abc|22007|invalid input syntax for type timestamp: \"abc\"",
            "timestamptz|abc|22007|invalid input syntax for type timestamp with time zone: \"abc\"",
            "time|25:00|22008|date/time field value out of range: \"25:00\"",
            "interval|abc|22007|invalid input syntax for type interval: \"abc\"",
            "jsonb|{|22P02|invalid input syntax for type json",
            "json|`{\"a\":1`|22P02|invalid input syntax for type json",
            "jsonb|`{\"a\":\"\\u0000\"}`|22P05|unsupported Unicode escape sequence",
            "bytea|\\xzz|22023|invalid hexadecimal digit: \"z\"",
            "bytea|\\x0|22023|invalid hexadecimal data: odd number of digits",
            "bytea|a\\b|22P02|invalid input syntax for type bytea",
            "int[]|{1,2|22P02|malformed array literal: \"{1,2\"",
            "int[]|{a}|22P02|invalid input syntax for type integer: \"a\""})
    void invalidInputIsRejectedLikePostgres(String type, String input, String sqlState, String message) {
        assertThatThrownBy(() -> codec.decodeText(PgTypes.byName(type), input))
                .isInstanceOf(PgException.class).hasMessage(message)
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo(sqlState);
    }
}
