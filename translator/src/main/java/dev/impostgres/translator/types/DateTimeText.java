package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * date, time, timestamp and timestamptz in Postgres's own units: days and microseconds since 2000-01-01, with
 * ±infinity as the extreme values (as date_send/timestamp_send transmit them). Output is DateStyle ISO.
 */
final class DateTimeText {
    private DateTimeText() {}

    static final long POSTGRES_EPOCH_SECONDS = 946_684_800L; // 2000-01-01 00:00:00 UTC in Unix seconds
    static final int DATE_INFINITY = Integer.MAX_VALUE, DATE_MINUS_INFINITY = Integer.MIN_VALUE;
    static final long TS_INFINITY = Long.MAX_VALUE, TS_MINUS_INFINITY = Long.MIN_VALUE;
    private static final long POSTGRES_EPOCH_DAY = 10_957L; // 2000-01-01 as java.time epoch day
    static final long USECS_PER_DAY = 86_400_000_000L;

    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4,})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{4})(\\d{2})(\\d{2}))");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d*))?)?");
    private static final Pattern ZONE = Pattern.compile("(?:\\s*(?!(?:bc|ad)$)([+-]\\d{1,2}(?::?\\d{2}(?::?\\d{2})?)?|[a-z][a-z0-9_/+-]*))?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(" + DATE.pattern() + ")(?:(?:t|\\s+)(" + TIME.pattern() + "))?" + ZONE.pattern() + "(?:\\s+(bc|ad))?");
    private static final Pattern TIME_ONLY = Pattern.compile("(" + TIME.pattern() + ")" + ZONE.pattern());

    // ---- date ----

    static int parseDate(String input, FormatSettings settings) {
        String s = ScalarText.trimSpace(input).toLowerCase(Locale.ROOT);
        switch (s) {
            case "infinity", "+infinity": return DATE_INFINITY;
            case "-infinity": return DATE_MINUS_INFINITY;
            case "epoch": return -(int) POSTGRES_EPOCH_DAY;
            default: break;
        }
        s = DateWords.isoDate(DateWords.meridiem(s).text());
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) throw rejected(s, input, "date");
        LocalDate date = date(m, input, settings);
        return (int) (date.toEpochDay() - POSTGRES_EPOCH_DAY);
    }

    static String formatDate(int days) {
        if (days == DATE_INFINITY) return "infinity";
        if (days == DATE_MINUS_INFINITY) return "-infinity";
        LocalDate date = LocalDate.ofEpochDay(days + POSTGRES_EPOCH_DAY);
        StringBuilder out = new StringBuilder();
        appendDate(out, date);
        if (date.getYear() <= 0) out.append(" BC");
        return out.toString();
    }

    // ---- timestamp / timestamptz ----

    /** Microseconds since 2000-01-01; for timestamptz in UTC (zone from the input, else the session zone). */
    static long parseTimestamp(String input, boolean withTimeZone, FormatSettings settings) {
        String sqlName = withTimeZone ? "timestamp with time zone" : "timestamp";
        String s = ScalarText.trimSpace(input).toLowerCase(Locale.ROOT);
        switch (s) {
            case "infinity", "+infinity": return TS_INFINITY;
            case "-infinity": return TS_MINUS_INFINITY;
            case "epoch": return -POSTGRES_EPOCH_SECONDS * 1_000_000L;
            default: break;
        }
        DateWords.Meridiem meridiem = DateWords.meridiem(s);
        s = DateWords.isoDate(meridiem.text());
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) throw rejected(s, input, sqlName);
        LocalDate date = date(m, input, settings);
        long timeOfDay = m.group(11) == null ? 0 : meridiem.apply(
                timeOfDay(m.group(12), m.group(13), m.group(14), m.group(15), input), input);
        LocalDateTime local = date.atStartOfDay().plusNanos(timeOfDay * 1000);
        String zoneText = m.group(16);
        if (!withTimeZone) {
            if (zoneText != null) zone(zoneText, input, sqlName); // validated, then ignored, as Postgres does
            return toMicros(local, ZoneOffset.UTC);
        }
        ZoneId zone = zoneText == null ? settings.timeZone() : zone(zoneText, input, sqlName);
        return toMicros(local, zone);
    }

    static String formatTimestamp(long micros) {
        if (micros == TS_INFINITY) return "infinity";
        if (micros == TS_MINUS_INFINITY) return "-infinity";
        LocalDateTime local = toLocal(micros, ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        appendDateTime(out, local);
        if (local.getYear() <= 0) out.append(" BC");
        return out.toString();
    }

    static String formatTimestamptz(long micros, ZoneId zone) {
        if (micros == TS_INFINITY) return "infinity";
        if (micros == TS_MINUS_INFINITY) return "-infinity";
        Instant instant = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + POSTGRES_EPOCH_SECONDS,
                Math.floorMod(micros, 1_000_000L) * 1000);
        ZonedDateTime zoned = instant.atZone(zone);
        StringBuilder out = new StringBuilder();
        appendDateTime(out, zoned.toLocalDateTime());
        appendOffset(out, zoned.getOffset().getTotalSeconds());
        if (zoned.getYear() <= 0) out.append(" BC");
        return out.toString();
    }

    // ---- time ----

    static long parseTime(String input) {
        String s = ScalarText.trimSpace(input).toLowerCase(Locale.ROOT);
        if (s.equals("allballs")) return 0;
        DateWords.Meridiem meridiem = DateWords.meridiem(s);
        Matcher m = TIME_ONLY.matcher(meridiem.text());
        if (!m.matches()) throw rejected(s, input, "time without time zone");
        return meridiem.apply(timeOfDay(m.group(2), m.group(3), m.group(4), m.group(5), input), input);
    }

    static String formatTime(long micros) {
        StringBuilder out = new StringBuilder();
        appendTime(out, micros / 3_600_000_000L, micros / 60_000_000L % 60, micros / 1_000_000L % 60,
                micros % 1_000_000L);
        return out.toString();
    }

    // ---- pieces ----

    private static LocalDate date(Matcher m, String input, FormatSettings settings) {
        int year, month, day;
        try {
            if (m.group(2) != null) {
                year = Integer.parseInt(m.group(2));
                month = Integer.parseInt(m.group(3));
                day = Integer.parseInt(m.group(4));
            } else if (m.group(5) != null) {
                int first = Integer.parseInt(m.group(5)), second = Integer.parseInt(m.group(6));
                boolean dayFirst = settings.dateStyle().order() == FormatSettings.DateOrder.DMY;
                month = dayFirst ? second : first;
                day = dayFirst ? first : second;
                year = Integer.parseInt(m.group(7));
            } else {
                year = Integer.parseInt(m.group(8));
                month = Integer.parseInt(m.group(9));
                day = Integer.parseInt(m.group(10));
            }
        } catch (NumberFormatException tooManyDigits) {
            throw Errors.fieldOutOfRange(input);
        }
        boolean bc = "bc".equals(m.group(17));
        if (bc) {
            if (year == 0) throw Errors.fieldOutOfRange(input);
            year = 1 - year;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw Errors.fieldOutOfRange(input);
        }
    }

    private static long timeOfDay(String h, String mi, String sec, String fraction, String input) {
        long hour = Long.parseLong(h), minute = Long.parseLong(mi), second = sec == null ? 0 : Long.parseLong(sec);
        long micros = 0;
        if (fraction != null && !fraction.isEmpty()) {
            micros = new BigDecimal("0." + fraction).movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValue();
        }
        long total = ((hour * 60 + minute) * 60 + second) * 1_000_000L + micros;
        if (hour > 24 || minute > 59 || second > 60 || total > USECS_PER_DAY) throw Errors.fieldOutOfRange(input);
        return total;
    }

    private static ZoneId zone(String text, String input, String sqlName) {
        if (text.charAt(0) == '+' || text.charAt(0) == '-') {
            String digits = text.substring(1).replace(":", "");
            int h, mi = 0, sec = 0;
            if (digits.length() <= 2) h = Integer.parseInt(digits);
            else {
                int hourDigits = digits.length() % 2 == 0 ? 2 : 1;
                h = Integer.parseInt(digits.substring(0, hourDigits));
                mi = Integer.parseInt(digits.substring(hourDigits, hourDigits + 2));
                if (digits.length() > hourDigits + 2) sec = Integer.parseInt(digits.substring(hourDigits + 2));
            }
            if (h > 15 || mi > 59 || sec > 59) throw new PgException(SqlState.INVALID_DATETIME_FORMAT,
                    "time zone displacement out of range: \"" + input + "\"");
            int total = (h * 3600 + mi * 60 + sec) * (text.charAt(0) == '-' ? -1 : 1);
            return ZoneOffset.ofTotalSeconds(total);
        }
        ZoneId zone = TimeZones.lookup(text);
        if (zone == null) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "time zone \"" + text + "\" not recognized");
        }
        return zone;
    }

    private static PgException rejected(String lowered, String input, String sqlName) {
        if (lowered.equals("now") || lowered.equals("today") || lowered.equals("tomorrow")
                || lowered.equals("yesterday")) {
            return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "the special " + sqlName + " value \"" + lowered + "\" is not supported as a literal yet");
        }
        return Errors.invalidDatetime(sqlName, input);
    }

    static long toMicros(LocalDateTime local, ZoneId zone) {
        long epochSecond = local.atZone(zone).toEpochSecond();
        return (epochSecond - POSTGRES_EPOCH_SECONDS) * 1_000_000L + local.getNano() / 1000;
    }

    private static LocalDateTime toLocal(long micros, ZoneOffset offset) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + POSTGRES_EPOCH_SECONDS,
                (int) Math.floorMod(micros, 1_000_000L) * 1000, offset);
    }

    private static void appendDate(StringBuilder out, LocalDate date) {
        int year = date.getYear() <= 0 ? 1 - date.getYear() : date.getYear();
        pad(out, year, 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        pad(out, date.getDayOfMonth(), 2);
    }

    private static void appendDateTime(StringBuilder out, LocalDateTime local) {
        appendDate(out, local.toLocalDate());
        out.append(' ');
        appendTime(out, local.getHour(), local.getMinute(), local.getSecond(), local.getNano() / 1000);
    }

    static void appendTime(StringBuilder out, long hour, long minute, long second, long micros) {
        pad(out, hour, 2).append(':');
        pad(out, minute, 2).append(':');
        pad(out, second, 2);
        appendFraction(out, micros);
    }

    /** ".ffffff" without trailing zeros, nothing when zero (AppendSeconds with fillzeros). */
    static void appendFraction(StringBuilder out, long micros) {
        if (micros == 0) return;
        String digits = String.valueOf(1_000_000L + micros).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') end--;
        out.append('.').append(digits, 0, end);
    }

    /** +HH, +HH:MM when the minutes are not zero, +HH:MM:SS for historical local-mean-time offsets. */
    static void appendOffset(StringBuilder out, int totalSeconds) {
        out.append(totalSeconds < 0 ? '-' : '+');
        int abs = Math.abs(totalSeconds);
        pad(out, abs / 3600, 2);
        if (abs % 3600 != 0) pad(out.append(':'), abs / 60 % 60, 2);
        if (abs % 60 != 0) pad(out.append(':'), abs % 60, 2);
    }

    static StringBuilder pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) out.append('0');
        return out.append(digits);
    }
}
