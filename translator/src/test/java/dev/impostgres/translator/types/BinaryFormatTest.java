package dev.impostgres.translator.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Expected bytes are what real Postgres's *_send functions return (e.g. SELECT numeric_send('1.50')). */
class BinaryFormatTest {
    private final ValueCodec codec = new ValueCodec();

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "numeric|1.50|000200000000000200011388", "numeric|0|0000000000000000",
            "numeric|-123456.789|0003000140000003000c0d801ed2", "numeric|0.00012|0002ffff00000005000107d0",
            "numeric|NaN|00000000c0000000", "numeric|Infinity|00000000d0000020", "numeric|-Infinity|00000000f0000020",
            "numeric|1e20|00010005000000000001", "numeric|10000|00010001000000000001", "numeric|0.0|0000000000000001",
            "float8|0.1|3fb999999999999a", "float4|0.1|3dcccccd", "int4|5|00000005", "int2|-2|fffe",
            "int8|-1|ffffffffffffffff", "bool|true|01", "uuid|A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11|a0eebc999c0b4ef8bb6d6bb9bd380a11",
            "date|2024-01-02|0000223f", "date|infinity|7fffffff", "date|1999-12-31|ffffffff",
            "time|04:05:06.5|000000036c9361a0", "timestamp|2024-01-02 03:04:05.123|0002b0ec8517d3b8",
            "timestamptz|2024-01-02 03:04:05.123+01|0002b0ebae842fb8", "timestamp|-infinity|8000000000000000",
            "interval|1 year 2 mons 3 days 04:05:06.5|000000036c9361a0000000030000000e",
            "jsonb|{\"b\":1}|017b2262223a20317d",
            "int4[]|{1,2,NULL}|000000010000000100000017000000030000000100000004000000010000000400000002ffffffff",
            "int4[]|{}|000000000000000000000017",
            "text[]|{{a,b},{c,d}}|000000020000000000000019000000020000000100000002000000010000000161000000016200000001630000000164",
            "int2[]|[0:1]={1,2}|0000000100000000000000150000000200000000000000020001000000020002",
            "oid|4000000000|ee6b2800", "\"char\"|a|61", "bytea|\\x00ff|00ff", "text|hé|68c3a9", "float8|NaN|7ff8000000000000",
            "float4|-Infinity|ff800000"})
    void sendFormatMatchesPostgresAndReadsBack(String type, String text, String hex) {
        PgType pgType = PgTypes.byName(type);
        Object storage = codec.decodeText(pgType, text);
        byte[] bytes = codec.encodeBinary(pgType, storage, FormatSettings.DEFAULT);
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(hex);
        Object back = codec.decodeBinary(pgType, bytes);
        assertThat(HexFormat.of().formatHex(codec.encodeBinary(pgType, back, FormatSettings.DEFAULT))).isEqualTo(hex);
        assertThat(codec.formatText(pgType, back, FormatSettings.DEFAULT))
                .isEqualTo(codec.formatText(pgType, storage, FormatSettings.DEFAULT));
    }

    @Test
    void shortInputIsInsufficientDataAProtocolViolationAsInPostgres() {
        assertThatThrownBy(() -> codec.decodeBinary(PgTypes.INT4, new byte[] {0, 0, 1}))
                .isInstanceOf(PgException.class).hasMessage("insufficient data left in message")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("08P01");
    }

    @Test
    void trailingBytesAreAnIncorrectFormat() {
        assertThatThrownBy(() -> codec.decodeBinary(PgTypes.INT2, new byte[] {0, 0, 1}))
                .isInstanceOf(PgException.class).hasMessage("incorrect binary data format")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("22P03");
    }

    @Test
    void typesWithoutABinaryCodecRaiseFeatureNotSupportedNamingTheType() {
        assertThatThrownBy(() -> codec.encodeBinary(PgTypes.INET, "127.0.0.1", FormatSettings.DEFAULT))
                .isInstanceOf(PgException.class).hasMessageContaining("inet")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("0A000");
        assertThatThrownBy(() -> codec.decodeBinary(PgTypes.MONEY, new byte[8]))
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("0A000");
        assertThat(codec.supportsBinary(PgTypes.INT4_ARRAY)).isTrue();
        assertThat(codec.supportsBinary(PgTypes.INET)).isFalse();
    }

    @Test
    void arrayOfAnotherElementTypeIsRejected() {
        byte[] int2Array = HexFormat.of().parseHex("0000000100000000000000150000000200000000000000020001000000020002");
        assertThatThrownBy(() -> codec.decodeBinary(PgTypes.INT4_ARRAY, int2Array))
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("42804");
    }

    @Test
    void storageValuesFromSqliteOfTheWrongKindStillEncode() {
        assertThat(codec.formatText(PgTypes.NUMERIC, 42L, FormatSettings.DEFAULT)).isEqualTo("42");
        assertThat(codec.formatText(PgTypes.NUMERIC, 1.5, FormatSettings.DEFAULT)).isEqualTo("1.5");
        assertThat(codec.formatText(PgTypes.NUMERIC, 3.0, FormatSettings.DEFAULT)).isEqualTo("3");
        assertThat(codec.formatText(PgTypes.FLOAT8, 3L, FormatSettings.DEFAULT)).isEqualTo("3");
        assertThat(codec.formatText(PgTypes.INT8, 7.0, FormatSettings.DEFAULT)).isEqualTo("7");
        assertThat(HexFormat.of().formatHex(codec.encodeBinary(PgTypes.NUMERIC, 42L, FormatSettings.DEFAULT)))
                .isEqualTo("0001000000000000002a");
    }
}
