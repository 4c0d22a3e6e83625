package dev.impostgres.tracking.functions;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.TemporalValues;
import dev.impostgres.translator.types.ValueCodec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * {@code pg_convert(value, 'source type', 'target type')}: an explicit cast whose result depends on the source type,
 * which SQLite's CAST cannot know (the translator's CastRule emits it when it knows the source): float to integer
 * rounds half to even (rint), numeric to integer half away from zero, both with the target's range check; bool to
 * text is 'true'/'false'; character(n) loses its padding; timestamptz converts in the session TimeZone; real widens
 * to double precision exactly; and the target's typmod applies as an explicit cast does (varchar(n) and char(n)
 * truncate, numeric(p,s) rounds, timestamp(p) and time(p) round the fraction).
 */
final class CastFunctions {
    private CastFunctions() {}

    private static final ValueCodec CODEC = new ValueCodec();

    static void register(Connection connection, Supplier<ZoneId> zone) throws SQLException {
        Udf.strict(connection, "pg_convert", 3,
                a -> convert(a[0], Values.text(a[1]), Values.text(a[2]), zone.get()));
        Udf.strict(connection, "pg_timezone", 3, a -> atTimeZone(Values.text(a[0]), a[1], Values.text(a[2])));
    }

    /**
     * {@code ts AT TIME ZONE zone} ({@code timezone(zone, ts)}): a timestamptz becomes the wall-clock timestamp in
     * that zone; a timestamp is read as wall-clock time there and becomes a timestamptz.
     */
    static Object atTimeZone(String zoneName, Object value, String sourceTag) {
        ZoneId zone = TemporalValues.zone(zoneName);
        if (zone == null) throw new PgFunctionError("22023", "time zone \"" + zoneName + "\" not recognized");
        String text = Values.text(value);
        if (sourceTag.equals("timestamptz")) {
            long micros = TemporalValues.timestamptz(text);
            if (TemporalValues.infinite(micros)) return TemporalValues.timestamp(micros);
            return TemporalValues.timestamp(TemporalValues.micros(TemporalValues.local(micros, zone)));
        }
        long micros = TemporalValues.timestamp(text);
        if (TemporalValues.infinite(micros)) return TemporalValues.timestamptz(micros);
        return TemporalValues.timestamptz(TemporalValues.micros(TemporalValues.local(micros), zone));
    }

    static Object convert(Object value, String sourceName, String targetName, ZoneId zone) {
        PgType source = PgTypes.byName(sourceName);
        PgType target = PgTypes.byName(targetName);
        if (target == null) throw new PgFunctionError("42704", "type \"" + targetName + "\" does not exist");
        int typmod = PgTypes.typmodOf(targetName);
        try {
            return typmod(target, typmod, base(value, source, target, zone));
        } catch (PgException e) {
            throw new PgFunctionError(e.sqlState(), e.getMessage());
        }
    }

    /** The value in the target type's storage form, before its typmod. */
    private static Object base(Object value, PgType source, PgType target, ZoneId zone) {
        int from = source == null ? 0 : source.oid();
        switch (target.oid()) {
            case 20, 21, 23 -> { return integer(value, from, target); }
            case 700, 701 -> { return floating(value, from, target.oid() == 700); }
            case 1700 -> {
                if (value instanceof Double d) return floatToNumeric(d);
                return CODEC.decodeText(target, Values.text(value));
            }
            case 25, 1043, 1042, 19 -> { return text(value, source, zone); }
            case 1082, 1083, 1114 -> {
                if (from == 1184) return fromTimestamptz(Values.text(value), target.oid(), zone);
                if (from == 1114 || from == 1082) return fromTimestamp(Values.text(value), target.oid());
                return CODEC.decodeText(target, Values.text(value), FormatSettings.DEFAULT.withTimeZone(zone));
            }
            case 1184 -> {
                if (from == 1114 || from == 1082) {
                    long micros = TemporalValues.timestamp(Values.text(value));
                    if (TemporalValues.infinite(micros)) return TemporalValues.timestamptz(micros);
                    return TemporalValues.timestamptz(TemporalValues.micros(TemporalValues.local(micros), zone));
                }
                return CODEC.decodeText(target, Values.text(value), FormatSettings.DEFAULT.withTimeZone(zone));
            }
            default -> { return CODEC.decodeText(target, Values.text(value), FormatSettings.DEFAULT.withTimeZone(zone)); }
        }
    }

    private static Object integer(Object value, int from, PgType target) {
        BigDecimal exact;
        if (value instanceof Long l) {
            exact = BigDecimal.valueOf(l);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) throw outOfRange(target);
            exact = new BigDecimal(Math.rint(d)); // float to integer rounds half to even (rint)
        } else if (from == 1700) {
            String text = Values.text(value);
            if (text.equals("NaN")) throw new PgFunctionError("0A000", "cannot convert NaN to " + name(target));
            if (text.endsWith("Infinity")) throw new PgFunctionError("0A000", "cannot convert infinity to " + name(target));
            exact = new BigDecimal(text).setScale(0, RoundingMode.HALF_UP); // numeric rounds half away from zero
        } else {
            return CODEC.decodeText(target, Values.text(value));
        }
        long min = target.oid() == 21 ? Short.MIN_VALUE : target.oid() == 23 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = target.oid() == 21 ? Short.MAX_VALUE : target.oid() == 23 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw outOfRange(target);
        }
        return exact.longValueExact();
    }

    private static PgFunctionError outOfRange(PgType target) {
        return new PgFunctionError("22003", name(target) + " out of range");
    }

    private static String name(PgType integer) {
        return integer.oid() == 21 ? "smallint" : integer.oid() == 23 ? "integer" : "bigint";
    }

    private static Object floating(Object value, int from, boolean real) {
        double d;
        if (value instanceof Double x) d = x;
        else if (value instanceof Long l) d = l;
        else return CODEC.decodeText(real ? PgTypes.FLOAT4 : PgTypes.FLOAT8, Values.text(value));
        if (from == 700 && !real) return (double) (float) d; // the single-precision value, widened exactly
        if (real) {
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                if (from == 1700) { // numeric_float4 reads the numeric's text with float4in
                    throw new PgFunctionError("22003", "\"" + new BigDecimal(Values.text(value)).toPlainString()
                            + "\" is out of range for type real");
                }
                throw new PgFunctionError("22003", "value out of range: overflow");
            }
            if (f == 0 && d != 0) throw new PgFunctionError("22003", "value out of range: underflow");
            return (double) f;
        }
        return d;
    }

    /** float8_numeric: the value printed with 15 significant digits (DBL_DIG), then read as numeric. */
    static String floatToNumeric(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "Infinity" : "-Infinity";
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** The source's output function: what Postgres's cast to text prints. */
    private static String text(Object value, PgType source, ZoneId zone) {
        if (source == null || source.oid() == 705 || source.oid() == 25) return Values.text(value);
        if (source.oid() == 16) return Values.integer(value) != 0 ? "true" : "false";
        if (source.oid() == 1042) return Values.text(value).replaceFirst(" +$", "");
        return CODEC.formatText(source, value, FormatSettings.DEFAULT.withTimeZone(zone));
    }

    private static String fromTimestamptz(String storage, int target, ZoneId zone) {
        long micros = TemporalValues.timestamptz(storage);
        if (TemporalValues.infinite(micros)) {
            if (target == 1083) throw new PgFunctionError("22008", "timestamp out of range");
            return TemporalValues.timestamp(micros).replace(" 00:00:00", "");
        }
        LocalDateTime local = TemporalValues.local(micros, zone);
        return fromTimestamp(TemporalValues.timestamp(TemporalValues.micros(local)), target);
    }

    private static String fromTimestamp(String storage, int target) {
        long micros = TemporalValues.timestamp(storage);
        if (target == 1114) return TemporalValues.timestamp(micros);
        if (TemporalValues.infinite(micros)) {
            if (target == 1083) throw new PgFunctionError("22008", "timestamp out of range");
            return micros > 0 ? "infinity" : "-infinity";
        }
        String full = TemporalValues.timestamp(micros);
        int space = full.indexOf(' ');
        String date = full.substring(0, space);
        String time = full.substring(space + 1);
        if (target == 1082) return full.endsWith(" BC") ? date + " BC" : date;
        return time.endsWith(" BC") ? time.substring(0, time.length() - 3) : time;
    }

    /** An explicit cast's typmod: character types truncate (char(n) pads), numeric rounds, times round. */
    static Object typmod(PgType type, int typmod, Object value) {
        if (value == null) return null;
        switch (type.oid()) {
            case 1043, 1042 -> {
                if (typmod < 4) return value;
                String s = value.toString();
                int n = typmod - 4;
                int length = s.codePointCount(0, s.length());
                if (length > n) return s.substring(0, s.offsetByCodePoints(0, n));
                return type.oid() == 1042 ? s + " ".repeat(n - length) : s;
            }
            case 1700 -> {
                return typmod < 4 ? value
                        : dev.impostgres.tracking.schema.StorageValues.coerce(type, typmod, value.toString());
            }
            case 1114, 1184 -> {
                if (typmod < 0 || typmod >= 6) return value;
                boolean tz = type.oid() == 1184;
                long micros = tz ? TemporalValues.timestamptz(value.toString()) : TemporalValues.timestamp(value.toString());
                if (TemporalValues.infinite(micros)) return value;
                long rounded = roundMicros(micros, typmod);
                return tz ? TemporalValues.timestamptz(rounded) : TemporalValues.timestamp(rounded);
            }
            case 1083 -> {
                if (typmod < 0 || typmod >= 6) return value;
                long micros = timeMicros(value.toString());
                long scale = scale(typmod);
                return formatTime((micros + scale / 2) / scale * scale); // may round up to 24:00:00, as Postgres
            }
            default -> { return value; }
        }
    }

    /** AdjustTimestampForTypmod: half away from zero around 2000-01-01. */
    static long roundMicros(long micros, int precision) {
        long scale = scale(precision);
        long offset = scale / 2;
        return micros >= 0 ? (micros + offset) / scale * scale : -(((-micros) + offset) / scale * scale);
    }

    private static long scale(int precision) {
        long scale = 1;
        for (int i = precision; i < 6; i++) scale *= 10;
        return scale;
    }

    private static long timeMicros(String time) {
        String[] parts = time.split(":");
        long hours = Long.parseLong(parts[0]);
        long minutes = Long.parseLong(parts[1]);
        BigDecimal seconds = new BigDecimal(parts[2]);
        return (hours * 3600 + minutes * 60) * 1_000_000L + seconds.movePointRight(6).longValueExact();
    }

    private static String formatTime(long micros) {
        long seconds = micros / 1_000_000L;
        long fraction = micros % 1_000_000L;
        String out = String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        if (fraction == 0) return out;
        return out + "." + String.format("%06d", fraction).replaceFirst("0+$", "");
    }
}
