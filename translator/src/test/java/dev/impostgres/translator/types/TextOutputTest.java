package dev.impostgres.translator.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text input followed by text output, golden against real Postgres: every expected string is what psql printed
 * for {@code SELECT 'input'::type} (TimeZone Europe/Amsterdam where a zone matters).
 */
class TextOutputTest {
    private final ValueCodec codec = new ValueCodec();
    private static final FormatSettings AMSTERDAM = FormatSettings.DEFAULT.withTimeZone(ZoneId.of("Europe/Amsterdam"));

    private String roundTrip(String type, String input, FormatSettings settings) {
        PgType pgType = PgTypes.byName(type);
        return codec.formatText(pgType, codec.decodeText(pgType, input, settings), settings);
    }

    @ParameterizedTest(name = "''{1}''::{0} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "float4|0.1|0.1", "float8|1e20|1e+20", "float8|1.5e-7|1.5e-07", "float8|Infinity|Infinity",
            "float8|-inf|-Infinity", "float8|nan|NaN", "float8|1e15|1e+15", "float8|123456789012345|123456789012345",
            "float8|1e-4|0.0001", "float8|1e-5|1e-05", "float4|1e6|1e+06", "float4|123456|123456",
            "float4|1234567|1.234567e+06", "float4|1e-4|0.0001", "float4|1e-5|1e-05", "float8|5e-324|5e-324",
            "float8|1.7976931348623157e308|1.7976931348623157e+308", "float8|-0|-0", "float4|3.4028235e38|3.4028235e+38",
            "float4|1e-45|1e-45", "float8|100|100", "float4|2.5|2.5", "float8|123456789012345678|1.2345678901234568e+17",
            "float8|1e22|1e+22", "float8|1e14|100000000000000", "float4|1e5|100000", "float4|0.5e-4|5e-05",
            "float8|1.5e-4|0.00015", "float8|0.3|0.3",
            "numeric|1.50|1.50", "numeric|`  1e3 `|1000", "numeric|1.5e-3|0.0015", "numeric|1.50e1|15.0",
            "numeric|-0.00|0.00", "numeric|.5|0.5", "numeric|5.|5", "numeric|+1.5|1.5", "numeric|nan|NaN",
            "numeric|-inf|-Infinity",
            "int4|` 12 `|12", "int2|`-1 `|-1", "bool|` t `|t", "bool|of|f", "bool|YES|t", "bool|0|f",
            "uuid|A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11|a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "bytea|\\x00ff|\\x00ff", "bytea|ab\\\\c\\001|\\x61625c6301",
            "interval|1 year 2 months 3 days 4:05:06.5|1 year 2 mons 3 days 04:05:06.5",
            "interval|-1 days 2 hours|-1 days +02:00:00", "interval|0|00:00:00", "interval|-1 hour|-01:00:00",
            "interval|1.5 years|1 year 6 mons", "interval|1.5 months|1 mon 15 days", "interval|1.5 days|1 day 12:00:00",
            "interval|@ 1 minute ago|-00:01:00", "interval|-1 year -2 mons +3 days|-1 years -2 mons +3 days",
            "interval|P1Y2M3DT4H5M6.5S|1 year 2 mons 3 days 04:05:06.5", "interval|100 hours|100:00:00",
            "interval|1 mon -1 sec|1 mon -00:00:01", "interval|-1 mon|-1 mons",
            "timestamptz|2024-01-02 03:04:05.123+00|2024-01-02 04:04:05.123+01",
            "timestamp|0044-03-15 12:00:00 BC|0044-03-15 12:00:00 BC",
"date|0044-03-15 BC|0044-03-15 BC",
            "date|10000-01-01|10000-01-01", "timestamptz|infinity|infinity",
            "timestamp|2024-07-01 12:00:00.000001|2024-07-01 12:00:00.000001",
            "timestamptz|2024-01-02T03:04:05Z|2024-01-02 04:04:05+01",
            "timestamptz|2024-01-02 03:04:05 America/New_York|2024-01-02 09:04:05+01",
            "timestamptz|2024-01-02 03:04:05+05:30|2024-01-01 22:34:05+01",
            "timestamp|2024-01-02 03:04:05+02|2024-01-02 03:04:05", "time|24:00:00|24:00:00",
            "time|04:05:06.500|04:05:06.5",
            "jsonb|`{\"b\":1,\"a\":[1,2], \"aa\":{\"x\":1.50e1,\"x\":\"y\\u00e9\\n\"}, \"B\":null}`|`{\"B\": null, \"a\": [1, 2], \"b\": 1, \"aa\": {\"x\": \"yé\\n\"}}`",
            "jsonb|[]|[]", "jsonb|{}|{}", "jsonb|1e3|1000", "jsonb|`\"a\\/b\\\"\"`|`\"a/b\\\"\"`",
            "text[]|`{1,2,NULL,\"a b\",\"x\\\"y\", \"\", \"null\", \"a,b\", \"{\", \"\\\\\\\\\"}`|`{1,2,NULL,\"a b\",\"x\\\"y\",\"\",\"null\",\"a,b\",\"{\",\"\\\\\\\\\"}`",
            "int[]|{{1,2},{3,4}}|{{1,2},{3,4}}", "int[]|[0:1]={1,2}|[0:1]={1,2}", "int[]|{}|{}",
            "timestamptz[]|{2024-01-02 03:04:05+00}|`{\"2024-01-02 04:04:05+01\"}`",
            "float8[]|{1.5,0.1}|{1.5,0.1}"})
    void inputThenOutputMatchesPostgres(String type, String input, String expected) {
        assertThat(roundTrip(type, input, AMSTERDAM)).isEqualTo(expected);
    }

    /**
     * Offsets print as +HH, +HH:MM or, for local mean time, +HH:MM:SS. (Europe/Amsterdam's LMT differs between
     * tzdata releases, so these use zones whose history all releases agree on.)
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', value = {
            "America/New_York|1850-01-01 00:00 UTC|1849-12-31 19:03:58-04:56:02",
            "America/New_York|0001-01-01 00:00:00+00 BC|0002-12-31 19:03:58-04:56:02 BC",
            "America/New_York|2024-07-01 12:00 UTC|2024-07-01 08:00:00-04",
            "Asia/Kolkata|2024-07-01 12:00 UTC|2024-07-01 17:30:00+05:30",
            "America/St_Johns|2024-07-01 12:00 UTC|2024-07-01 09:30:00-02:30"})
    void timestamptzPrintsInTheSessionZone(String zone, String input, String expected) {
        assertThat(roundTrip("timestamptz", input, FormatSettings.DEFAULT.withTimeZone(ZoneId.of(zone))))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "extra_float_digits {0}: {2}::{1}")
    @CsvSource(delimiter = '|', value = {
            "0|float4|0.1|0.1", "0|float8|1e20|1e+20", "0|float8|0.333333333333333333|0.333333333333333",
            "0|float4|123456789|1.23457e+08", "0|float8|1e15|1e+15", "0|float8|1e-5|1e-05", "0|float4|1234567|1.23457e+06",
            "-2|float8|0.333333333333333333|0.3333333333333", "-2|float4|0.6666667|0.6667",
            "3|float8|0.333333333333333333|0.3333333333333333", "3|float4|0.6666667|0.6666667", "3|float4|0.1|0.1"})
    void extraFloatDigitsControlsFloatOutput(int extraFloatDigits, String type, String input, String expected) {
        FormatSettings settings = FormatSettings.DEFAULT.withExtraFloatDigits(extraFloatDigits);
        assertThat(roundTrip(type, input, settings)).isEqualTo(expected);
    }
}
