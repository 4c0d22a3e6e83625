package dev.impostgres.translator.types;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The storage forms of date, timestamp, timestamptz and interval as numbers, for the functions and operators that
 * compute with them (change-tracking's UDFs): days since 2000-01-01, microseconds since 2000-01-01 (timestamptz in
 * UTC), and an interval's months/days/microseconds. Storage text in, storage text out.
 */
public final class TemporalValues {
    private TemporalValues() {}

    public static final long USECS_PER_DAY = DateTimeText.USECS_PER_DAY;

    /** An interval's three fields (months and days vary in length, so they stay apart, as in Postgres). */
    public record Interval(int months, int days, long micros) {}

    public static int date(String storage) { return DateTimeText.parseDate(storage, FormatSettings.DEFAULT); }

    public static String date(int days) { return DateTimeText.formatDate(days); }

    /** A timestamp (or a date, read as its midnight). */
    public static long timestamp(String storage) {
        return DateTimeText.parseTimestamp(storage, false, FormatSettings.DEFAULT);
    }

    public static String timestamp(long micros) { return DateTimeText.formatTimestamp(micros); }

    /** timestamptz storage (UTC, "+00"), or any timestamptz input read in UTC. */
    public static long timestamptz(String storage) {
        return DateTimeText.parseTimestamp(storage, true, FormatSettings.DEFAULT);
    }

    public static String timestamptz(long micros) {
        return DateTimeText.formatTimestamptz(micros, ZoneOffset.UTC);
    }

    public static Interval interval(String storage) {
        PgInterval i = IntervalText.parse(storage);
        return new Interval(i.months(), i.days(), i.micros());
    }

    public static String interval(Interval i) {
        return IntervalText.format(new PgInterval(i.months(), i.days(), i.micros()));
    }

    /** Microseconds since 2000-01-01 to a local date-time (UTC arithmetic). */
    public static LocalDateTime local(long micros) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + DateTimeText.POSTGRES_EPOCH_SECONDS,
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    public static long micros(LocalDateTime local) { return DateTimeText.toMicros(local, ZoneOffset.UTC); }

    /** The wall-clock time of an instant (microseconds since 2000-01-01 UTC) in {@code zone}. */
    public static LocalDateTime local(long micros, java.time.ZoneId zone) {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + DateTimeText.POSTGRES_EPOCH_SECONDS,
                Math.floorMod(micros, 1_000_000L) * 1000).atZone(zone).toLocalDateTime();
    }

    /** The instant of a wall-clock time in {@code zone} (the later offset in a gap, as Postgres). */
    public static long micros(LocalDateTime local, java.time.ZoneId zone) { return DateTimeText.toMicros(local, zone); }

    /** A time zone named as AT TIME ZONE and timezone() accept it (IANA name or abbreviation), or null. */
    public static java.time.ZoneId zone(String name) {
        return TimeZones.lookup(name.trim().toLowerCase(java.util.Locale.ROOT));
    }

    public static boolean infinite(long micros) {
        return micros == DateTimeText.TS_INFINITY || micros == DateTimeText.TS_MINUS_INFINITY;
    }
}
