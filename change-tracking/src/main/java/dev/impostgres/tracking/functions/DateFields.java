package dev.impostgres.tracking.functions;

import dev.impostgres.translator.types.TemporalValues;
import dev.impostgres.translator.types.TemporalValues.Interval;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** extract / date_part and date_trunc over a date, time, timestamp, timestamptz (UTC) or interval storage value. */
final class DateFields {
    private DateFields() {}

    private static final long USECS_PER_SEC = 1_000_000L;

    static BigDecimal extract(String field, String value, String tag, ZoneId zone) {
        String f = unit(field);
        if (tag.equals("interval")) return extractInterval(f, TemporalValues.interval(value));
        boolean date = tag.equals("date");
        long micros = instant(value, tag);
        LocalDateTime t = local(micros, tag, zone);
        long secondsMicros = t.getSecond() * USECS_PER_SEC + t.getNano() / 1000;
        return switch (f) {
            case "year" -> BigDecimal.valueOf(t.getYear());
            case "month" -> BigDecimal.valueOf(t.getMonthValue());
            case "day" -> BigDecimal.valueOf(t.getDayOfMonth());
            case "hour" -> timeField(date, field, t.getHour());
            case "minute" -> timeField(date, field, t.getMinute());
            case "second" -> date ? unsupported(field, "date") : BigDecimal.valueOf(secondsMicros, 6);
            case "milliseconds" -> date ? unsupported(field, "date") : BigDecimal.valueOf(secondsMicros, 3);
            case "microseconds" -> date ? unsupported(field, "date") : BigDecimal.valueOf(secondsMicros);
            case "dow" -> BigDecimal.valueOf(t.getDayOfWeek().getValue() % 7);
            case "isodow" -> BigDecimal.valueOf(t.getDayOfWeek().getValue());
            case "doy" -> BigDecimal.valueOf(t.getDayOfYear());
            case "week" -> BigDecimal.valueOf(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "isoyear" -> BigDecimal.valueOf(t.get(IsoFields.WEEK_BASED_YEAR));
            case "quarter" -> BigDecimal.valueOf((t.getMonthValue() - 1) / 3 + 1);
            case "decade" -> BigDecimal.valueOf(Math.floorDiv(t.getYear(), 10));
            case "century" -> BigDecimal.valueOf(t.getYear() > 0 ? (t.getYear() + 99) / 100 : -((99 - (t.getYear() - 1)) / 100));
            case "millennium" -> BigDecimal.valueOf(t.getYear() > 0 ? (t.getYear() + 999) / 1000 : -((999 - (t.getYear() - 1)) / 1000));
            case "epoch" -> {
                long unix = micros + 946_684_800L * USECS_PER_SEC;
                yield date ? BigDecimal.valueOf(unix / USECS_PER_SEC) : BigDecimal.valueOf(unix, 6);
            }
            default -> throw new PgFunctionError("22023", "unit \"" + field.toLowerCase(Locale.ROOT)
                    + "\" not recognized for type " + sqlName(tag));
        };
    }

    private static BigDecimal timeField(boolean date, String field, int v) {
        return date ? unsupported(field, "date") : BigDecimal.valueOf(v);
    }

    private static BigDecimal unsupported(String field, String type) {
        throw new PgFunctionError("0A000", "unit \"" + field.toLowerCase(Locale.ROOT) + "\" not supported for type " + type);
    }

    private static BigDecimal extractInterval(String f, Interval i) {
        long time = i.micros();
        return switch (f) {
            case "year" -> BigDecimal.valueOf(i.months() / 12);
            case "month" -> BigDecimal.valueOf(i.months() % 12);
            case "day" -> BigDecimal.valueOf(i.days());
            case "hour" -> BigDecimal.valueOf(time / 3_600_000_000L);
            case "minute" -> BigDecimal.valueOf(time / 60_000_000L % 60);
            case "second" -> BigDecimal.valueOf(time % 60_000_000L, 6);
            case "milliseconds" -> BigDecimal.valueOf(time % 60_000_000L, 3);
            case "microseconds" -> BigDecimal.valueOf(time % 60_000_000L);
            case "epoch" -> BigDecimal.valueOf(time, 6)
                    .add(BigDecimal.valueOf((long) i.months() / 12 * 31_557_600L + (long) i.months() % 12 * 2_592_000L
                            + (long) i.days() * 86_400L));
            default -> throw new PgFunctionError("22023", "unit \"" + f + "\" not recognized for type interval");
        };
    }

    static String trunc(String field, String value, String tag, ZoneId zone) {
        String f = unit(field);
        if (tag.equals("interval")) {
            Interval i = TemporalValues.interval(value);
            Interval out = switch (f) {
                case "year" -> new Interval(i.months() / 12 * 12, 0, 0);
                case "month" -> new Interval(i.months(), 0, 0);
                case "day" -> new Interval(i.months(), i.days(), 0);
                case "hour" -> new Interval(i.months(), i.days(), i.micros() / 3_600_000_000L * 3_600_000_000L);
                case "minute" -> new Interval(i.months(), i.days(), i.micros() / 60_000_000L * 60_000_000L);
                case "second" -> new Interval(i.months(), i.days(), i.micros() / USECS_PER_SEC * USECS_PER_SEC);
                default -> throw new PgFunctionError("22023", "unit \"" + f + "\" not supported for type interval");
            };
            return TemporalValues.interval(out);
        }
        LocalDateTime t = tag.equals("date") ? TemporalValues.local(instant(value, tag))
                : local(instant(value, tag), tag, zone);
        LocalDateTime out = switch (f) {
            case "microseconds" -> t;
            case "milliseconds" -> t.truncatedTo(ChronoUnit.MILLIS);
            case "second" -> t.truncatedTo(ChronoUnit.SECONDS);
            case "minute" -> t.truncatedTo(ChronoUnit.MINUTES);
            case "hour" -> t.truncatedTo(ChronoUnit.HOURS);
            case "day" -> t.truncatedTo(ChronoUnit.DAYS);
            case "week" -> t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case "quarter" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
                    .withMonth((t.getMonthValue() - 1) / 3 * 3 + 1);
            case "year" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            case "decade" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear(Math.floorDiv(t.getYear(), 10) * 10);
            case "century" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear((t.getYear() - 1) / 100 * 100 + 1);
            case "millennium" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).withYear((t.getYear() - 1) / 1000 * 1000 + 1);
            default -> throw new PgFunctionError("22023", "unit \"" + field.toLowerCase(Locale.ROOT)
                    + "\" not recognized for type " + sqlName(tag));
        };
        long micros = tag.equals("timestamptz") || tag.equals("date") ? TemporalValues.micros(out, zone)
                : TemporalValues.micros(out);
        // date_trunc(text, date) is date_trunc(text, timestamptz): the date's midnight in the session zone.
        return tag.equals("timestamptz") || tag.equals("date") ? TemporalValues.timestamptz(micros)
                : TemporalValues.timestamp(micros);
    }

    /** The wall-clock fields of a value: timestamptz in the session zone, the others as they are. */
    static LocalDateTime local(long micros, String tag, ZoneId zone) {
        return tag.equals("timestamptz") ? TemporalValues.local(micros, zone) : TemporalValues.local(micros);
    }

    static long instant(String value, String tag) {
        return switch (tag) {
            case "timestamptz" -> TemporalValues.timestamptz(value);
            case "time" -> TemporalValues.timestamp("2000-01-01 " + value);
            default -> TemporalValues.timestamp(value);
        };
    }

    /** Postgres's unit spellings (DecodeUnits / DecodeSpecial), singular. */
    static String unit(String field) {
        String f = field.toLowerCase(Locale.ROOT).trim();
        return switch (f) {
            case "years", "y", "yr", "yrs" -> "year";
            case "months", "mon", "mons" -> "month";
            case "days", "d" -> "day";
            case "hours", "h", "hr", "hrs" -> "hour";
            case "minutes", "m", "min", "mins" -> "minute";
            case "seconds", "s", "sec", "secs" -> "second";
            case "millisecond", "ms", "msec", "msecs" -> "milliseconds";
            case "microsecond", "us", "usec", "usecs" -> "microseconds";
            case "weeks", "w" -> "week";
            case "decades" -> "decade";
            case "centuries" -> "century";
            case "millennia", "millenniums" -> "millennium";
            default -> f;
        };
    }

    static String sqlName(String tag) {
        return switch (tag) {
            case "timestamptz" -> "timestamp with time zone";
            case "timestamp" -> "timestamp without time zone";
            case "time" -> "time without time zone";
            default -> tag;
        };
    }
}
