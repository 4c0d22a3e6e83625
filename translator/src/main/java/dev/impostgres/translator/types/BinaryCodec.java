package dev.impostgres.translator.types;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The binary send/recv formats of the scalar types, all big-endian: bool 1 byte; int2/int4/int8; oid uint32;
 * float4/float8 IEEE bits; numeric (see {@link NumericBinary}); text-like types as UTF-8; jsonb as version 1 +
 * text; bytea raw; uuid 16 bytes; date int32 days and time/timestamp int64 microseconds since 2000-01-01;
 * interval int64 µs | int32 days | int32 months.
 */
final class BinaryCodec {
    private BinaryCodec() {}

    /**
     * User-defined types are enums (the only kind Impostgres creates), whose send/recv format is the label's text,
     * as enum_send/enum_recv do.
     */
    private static boolean userEnum(PgType type) {
        return type.oid() >= 16384 && !type.isArray();
    }

    static boolean supports(PgType type) {
        if (userEnum(type)) return true;
        return switch (type.oid()) {
            case 16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 700, 701, 705, 1042, 1043, 1082, 1083, 1114, 1184, 1186,
                    1700, 2950, 3802 -> true;
            default -> false;
        };
    }

    /** Encodes a value given in its canonical storage form (see {@link ValueCodec}). */
    static byte[] send(PgType type, Object storage) {
        if (userEnum(type)) return Storage.asText(storage).getBytes(StandardCharsets.UTF_8);
        return switch (type.oid()) {
            case 16 -> new byte[] {(byte) (Storage.asLong(storage) != 0 ? 1 : 0)};
            case 18 -> {
                byte[] bytes = Storage.asText(storage).getBytes(StandardCharsets.UTF_8);
                yield bytes.length == 0 ? new byte[0] : new byte[] {bytes[0]};
            }
            case 21 -> ByteBuffer.allocate(2).putShort((short) Storage.asLong(storage)).array();
            case 23, 26 -> ByteBuffer.allocate(4).putInt((int) Storage.asLong(storage)).array();
            case 20 -> ByteBuffer.allocate(8).putLong(Storage.asLong(storage)).array();
            case 700 -> ByteBuffer.allocate(4).putFloat((float) Storage.asDouble(storage)).array();
            case 701 -> ByteBuffer.allocate(8).putDouble(Storage.asDouble(storage)).array();
            case 1700 -> NumericBinary.send(Storage.asNumeric(storage));
            case 17 -> Storage.asBytes(storage);
            case 19, 25, 114, 705, 1042, 1043 -> Storage.asText(storage).getBytes(StandardCharsets.UTF_8);
            case 3802 -> {
                byte[] text = Storage.asText(storage).getBytes(StandardCharsets.UTF_8);
                yield ByteBuffer.allocate(1 + text.length).put((byte) 1).put(text).array();
            }
            case 2950 -> {
                String hex = Storage.asText(storage).replace("-", "");
                ByteBuffer out = ByteBuffer.allocate(16);
                for (int i = 0; i < 32; i += 2) out.put((byte) Integer.parseInt(hex, i, i + 2, 16));
                yield out.array();
            }
            case 1082 -> ByteBuffer.allocate(4)
                    .putInt(DateTimeText.parseDate(Storage.asText(storage), FormatSettings.DEFAULT)).array();
            case 1083 -> ByteBuffer.allocate(8).putLong(DateTimeText.parseTime(Storage.asText(storage))).array();
            case 1114, 1184 -> ByteBuffer.allocate(8).putLong(DateTimeText.parseTimestamp(
                    Storage.asText(storage), type.oid() == 1184, FormatSettings.DEFAULT)).array();
            case 1186 -> {
                PgInterval interval = IntervalText.parse(Storage.asText(storage));
                yield ByteBuffer.allocate(16).putLong(interval.micros()).putInt(interval.days())
                        .putInt(interval.months()).array();
            }
            default -> throw Errors.unsupported("binary output", type);
        };
    }

    /** Decodes send-format bytes into the canonical storage form; the whole buffer must be consumed. */
    static Object recv(PgType type, byte[] bytes) {
        if (userEnum(type)) return new String(bytes, StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Object value = switch (type.oid()) {
            case 16 -> {
                need(in, 1);
                yield in.get() != 0 ? 1L : 0L;
            }
            case 18 -> {
                if (bytes.length == 0) yield "";
                in.position(1);
                yield new String(bytes, 0, 1, StandardCharsets.ISO_8859_1);
            }
            case 21 -> { need(in, 2); yield (long) in.getShort(); }
            case 23 -> { need(in, 4); yield (long) in.getInt(); }
            case 26 -> { need(in, 4); yield in.getInt() & 0xFFFFFFFFL; }
            case 20 -> { need(in, 8); yield in.getLong(); }
            case 700 -> { need(in, 4); yield (double) in.getFloat(); }
            case 701 -> { need(in, 8); yield in.getDouble(); }
            case 1700 -> NumericBinary.recv(in);
            case 17 -> { in.position(bytes.length); yield bytes.clone(); }
            case 19, 25, 114, 705, 1042, 1043 -> { in.position(bytes.length); yield utf8(bytes, 0); }
            case 3802 -> {
                need(in, 1);
                int version = in.get();
                if (version != 1) {
                    throw new dev.impostgres.translator.error.PgException(
                            dev.impostgres.translator.error.SqlState.INVALID_BINARY_REPRESENTATION,
                            "unsupported jsonb version number " + version);
                }
                in.position(bytes.length);
                yield JsonText.normalizeJsonb(utf8(bytes, 1));
            }
            case 2950 -> {
                need(in, 16);
                in.position(16);
                yield BinaryText.formatUuid(BinaryText.formatBytea(bytes).substring(2));
            }
            case 1082 -> { need(in, 4); yield DateTimeText.formatDate(in.getInt()); }
            case 1083 -> {
                need(in, 8);
                long micros = in.getLong();
                if (micros < 0 || micros > DateTimeText.USECS_PER_DAY) {
                    throw new dev.impostgres.translator.error.PgException(
                            dev.impostgres.translator.error.SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "time out of range");
                }
                yield DateTimeText.formatTime(micros);
            }
            case 1114 -> { need(in, 8); yield DateTimeText.formatTimestamp(in.getLong()); }
            case 1184 -> { need(in, 8); yield DateTimeText.formatTimestamptz(in.getLong(), java.time.ZoneOffset.UTC); }
            case 1186 -> {
                need(in, 16);
                long micros = in.getLong();
                int days = in.getInt(), months = in.getInt();
                yield IntervalText.format(new PgInterval(months, days, micros));
            }
            default -> throw Errors.unsupported("binary input", type);
        };
        if (in.hasRemaining()) throw Errors.badBinary();
        return value;
    }

    private static void need(ByteBuffer in, int bytes) {
        if (in.remaining() < bytes) throw Errors.insufficientData();
    }

    private static String utf8(byte[] bytes, int offset) {
        return Utf8.decode(bytes, offset, bytes.length - offset);
    }
}
