package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Casts that depend on the source type, numeric and float special values, bytea encodings. */
class TypedValueFunctionsTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void floatToIntegerRoundsHalfToEvenAndNumericHalfAwayFromZero() {
        assertThat(CastFunctions.convert(2.5, "float8", "int4", UTC)).isEqualTo(2L);
        assertThat(CastFunctions.convert(3.5, "float8", "int4", UTC)).isEqualTo(4L);
        assertThat(CastFunctions.convert("2.5", "numeric", "int4", UTC)).isEqualTo(3L);
        assertThat(CastFunctions.convert("-2.5", "numeric", "int4", UTC)).isEqualTo(-3L);
    }

    @Test
    void integerCastChecksTheTargetRange() {
        assertThatThrownBy(() -> CastFunctions.convert(70000L, "int4", "int2", UTC)).hasMessage("smallint out of range");
        assertThatThrownBy(() -> CastFunctions.convert(Double.NaN, "float8", "int4", UTC)).hasMessage("integer out of range");
    }

    @Test
    void textOfBooleanAndCharacterIsTheirOutputWithoutPadding() {
        assertThat(CastFunctions.convert(1L, "bool", "text", UTC)).isEqualTo("true");
        assertThat(CastFunctions.convert("ab   ", "bpchar", "text", UTC)).isEqualTo("ab");
        assertThat(CastFunctions.convert(0.1, "float8", "text", UTC)).isEqualTo("0.1");
    }

    @Test
    void explicitCastTypmodsTruncateAndRound() {
        assertThat(CastFunctions.convert("abcdef", "unknown", "varchar(3)", UTC)).isEqualTo("abc");
        assertThat(CastFunctions.convert("ab", "unknown", "char(4)", UTC)).isEqualTo("ab  ");
        assertThat(CastFunctions.convert("2024-01-02 03:04:05.678", "unknown", "timestamp(0)", UTC))
                .isEqualTo("2024-01-02 03:04:06");
        assertThat(CastFunctions.convert("23:59:59.9", "unknown", "time(0)", UTC)).isEqualTo("24:00:00");
        assertThat(CastFunctions.convert("12.345", "numeric", "numeric(4,1)", UTC)).isEqualTo("12.3");
    }

    @Test
    void timestampRoundingIsHalfAwayFromTheYear2000() {
        assertThat(CastFunctions.roundMicros(1_500_000L, 0)).isEqualTo(2_000_000L);
        assertThat(CastFunctions.roundMicros(-1_500_000L, 0)).isEqualTo(-2_000_000L);
    }

    @Test
    void timestamptzConvertsToTheSessionZone() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        assertThat(CastFunctions.convert("2024-03-01 02:00:00+00", "timestamptz", "timestamp", auckland))
                .isEqualTo("2024-03-01 15:00:00");
        assertThat(CastFunctions.convert("2024-03-01 20:00:00+00", "timestamptz", "date", auckland)).isEqualTo("2024-03-02");
        assertThat(CastFunctions.convert("2024-03-01 00:00:00", "timestamp", "timestamptz", auckland))
                .isEqualTo("2024-02-29 11:00:00+00");
    }

    @Test
    void realWidensToItsExactDoubleAndOverflowsAsPostgresSays() {
        assertThat(CastFunctions.convert(0.1, "float4", "float8", UTC)).isEqualTo(0.10000000149011612);
        assertThatThrownBy(() -> CastFunctions.convert(1e39, "numeric", "float4", UTC))
                .hasMessage("\"1000000000000000000000000000000000000000\" is out of range for type real");
    }

    @Test
    void floatToNumericKeepsFifteenDigits() {
        assertThat(CastFunctions.floatToNumeric(123456789.123456789)).isEqualTo("123456789.123457");
        assertThat(CastFunctions.floatToNumeric(1e16)).isEqualTo("10000000000000000");
    }

    @Test
    void atTimeZoneGoesOppositeWaysForTheTwoTimestampTypes() {
        assertThat(CastFunctions.atTimeZone("UTC", "2024-01-15 09:00:00+00", "timestamptz")).isEqualTo("2024-01-15 09:00:00");
        assertThat(CastFunctions.atTimeZone("Europe/Paris", "2024-01-15 10:00:00", "timestamp"))
                .isEqualTo("2024-01-15 09:00:00+00");
        assertThatThrownBy(() -> CastFunctions.atTimeZone("Nowhere/Else", "2024-01-15 10:00:00", "timestamp"))
                .hasMessage("time zone \"Nowhere/Else\" not recognized");
    }

    @Test
    void numericNanIsEqualToItselfAndAboveInfinity() {
        assertThat(NumericSpecials.compare("NaN", "NaN")).isZero();
        assertThat(NumericSpecials.compare("NaN", "Infinity")).isPositive();
        assertThat(NumericSpecials.compare("-Infinity", "-1e300")).isNegative();
        assertThat(NumericSpecials.compare("5", "Infinity")).isNegative();
    }

    @Test
    void numericSpecialArithmeticFollowsIeeeRules() {
        assertThat(NumericSpecials.operate("+", "NaN", 1L)).isEqualTo("NaN");
        assertThat(NumericSpecials.operate("-", "Infinity", "Infinity")).isEqualTo("NaN");
        assertThat(NumericSpecials.operate("*", "-Infinity", "2")).isEqualTo("-Infinity");
        assertThat(NumericSpecials.operate("/", "5", "Infinity")).isEqualTo("0");
        assertThat(NumericSpecials.operate("+", "1", "2")).isNull();
    }

    @Test
    void floatArithmeticOverflowIsAnErrorButInfinityInIsInfinityOut() {
        assertThatThrownBy(() -> FloatFunctions.operate("*", 1e308, 10, false)).hasMessage("value out of range: overflow");
        assertThatThrownBy(() -> FloatFunctions.operate("*", 1e-300, 1e-300, false)).hasMessage("value out of range: underflow");
        assertThat(FloatFunctions.operate("-", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false)).isNaN();
        assertThat(FloatFunctions.operate("/", 5.0, 2, false)).isEqualTo(2.5);
        assertThatThrownBy(() -> FloatFunctions.operate("/", 1.0, 0, false)).hasMessage("division by zero");
    }

    @Test
    void byteaEncodingsRoundTrip() {
        byte[] data = {0x61, 0x62, 0x63, 0, (byte) 0xff, '\\'};
        assertThat(ByteaFunctions.encode(data, "hex")).isEqualTo("61626300ff5c");
        assertThat(ByteaFunctions.encode(data, "escape")).isEqualTo("abc\\000\\377\\\\");
        assertThat(ByteaFunctions.decode("abc\\000\\377\\\\", "escape")).isEqualTo(data);
        assertThat(ByteaFunctions.decode("ff00", "hex")).isEqualTo(new byte[] {(byte) 0xff, 0});
        assertThat(ByteaFunctions.decode(ByteaFunctions.encode(data, "base64"), "base64")).isEqualTo(data);
        assertThatThrownBy(() -> ByteaFunctions.decode("f", "hex")).hasMessageContaining("odd number of digits");
        assertThat(ByteaFunctions.concat(new byte[] {1}, new byte[] {2})).isEqualTo(new byte[] {1, 2});
    }
}
