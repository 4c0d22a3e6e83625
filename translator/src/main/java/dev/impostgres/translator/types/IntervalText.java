package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * interval_in for the postgres-style input ({@code 1 year 2 mons -3 days 04:05:06.5}, {@code @ 1 minute ago})
 * and ISO 8601 durations ({@code P1Y2M3DT4H5M6.5S}); interval_out in IntervalStyle postgres.
 */
final class IntervalText {
    private IntervalText() {}

    private static final long USECS_PER_SEC = 1_000_000L, USECS_PER_MINUTE = 60 * USECS_PER_SEC,
            USECS_PER_HOUR = 60 * USECS_PER_MINUTE, USECS_PER_DAY = 24 * USECS_PER_HOUR;
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(@)|([+-]?\\d+:\\d+(?::\\d+(?:\\.\\d*)?|\\.\\d*)?)|([+-]?(?:\\d+\\.?\\d*|\\.\\d+))|([a-z]+))");
    private static final Pattern ISO = Pattern.compile(
            "p(?:([+-]?[\\d.]+)y)?(?:([+-]?[\\d.]+)m)?(?:([+-]?[\\d.]+)w)?(?:([+-]?[\\d.]+)d)?"
                    + "(?:t(?:([+-]?[\\d.]+)h)?(?:([+-]?[\\d.]+)m)?(?:([+-]?[\\d.]+)s)?)?");

    /** Accumulates fields in wide types so that overflow is detected once, at the end. */
    private static final class Fields {
        BigDecimal months = BigDecimal.ZERO, days = BigDecimal.ZERO, micros = BigDecimal.ZERO;

        void add(String unit, BigDecimal value, String input) {
            BigDecimal whole = value.setScale(0, RoundingMode.DOWN), fraction = value.subtract(whole);
            switch (unit) {
                case "microsecond", "microseconds", "usec", "usecs", "us" -> micros = micros.add(value);
                case "millisecond", "milliseconds", "msec", "msecs", "ms" -> addMicros(value, 1000);
                case "second", "seconds", "sec", "secs", "s" -> addMicros(value, USECS_PER_SEC);
                case "minute", "minutes", "min", "mins", "m" -> addMicros(value, USECS_PER_MINUTE);
                case "hour", "hours", "hr", "hrs", "h" -> addMicros(value, USECS_PER_HOUR);
                case "day", "days", "d" -> { days = days.add(whole); addMicros(fraction, USECS_PER_DAY); }
                case "week", "weeks", "w" -> fractionalDays(value, 7);
                case "month", "months", "mon", "mons" -> fractionalDays(value, 30);
                case "year", "years", "yr", "yrs", "y" -> addMonths(value, 12);
                case "decade", "decades", "dec", "decs" -> addMonths(value, 120);
                case "century", "centuries", "cent", "c" -> addMonths(value, 1200);
                case "millennium", "millennia", "mil", "mils" -> addMonths(value, 12000);
                default -> throw Errors.invalidDatetime("interval", input);
            }
        }

        private void addMicros(BigDecimal value, long unit) {
            micros = micros.add(value.multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.HALF_EVEN));
        }

        /** Whole units of this many days; the fraction spills into days then time, as AdjustFractDays does. */
        private void fractionalDays(BigDecimal value, int daysPerUnit) {
            BigDecimal whole = value.setScale(0, RoundingMode.DOWN);
            if (daysPerUnit == 30) months = months.add(whole); else days = days.add(whole.multiply(BigDecimal.valueOf(7)));
            BigDecimal fractionDays = value.subtract(whole).multiply(BigDecimal.valueOf(daysPerUnit));
            BigDecimal wholeDays = fractionDays.setScale(0, RoundingMode.DOWN);
            days = days.add(wholeDays);
            addMicros(fractionDays.subtract(wholeDays), USECS_PER_DAY);
        }

        /** Fractions of years and longer round to whole months. */
        private void addMonths(BigDecimal value, int monthsPerUnit) {
            months = months.add(value.multiply(BigDecimal.valueOf(monthsPerUnit)).setScale(0, RoundingMode.HALF_EVEN));
        }

        PgInterval toInterval(boolean negate) {
            try {
                int m = months.intValueExact(), d = days.intValueExact();
                long us = micros.longValueExact();
                return negate ? new PgInterval(Math.negateExact(m), Math.negateExact(d), Math.negateExact(us))
                        : new PgInterval(m, d, us);
            } catch (ArithmeticException e) {
                throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
            }
        }
    }

    static PgInterval parse(String input) {
        String s = ScalarText.trimSpace(input).toLowerCase(Locale.ROOT);
        if (s.startsWith("p")) return parseIso(s, input);
        Fields fields = new Fields();
        boolean ago = false, sawField = false;
        Matcher m = TOKEN.matcher(s);
        int pos = 0;
        String pendingNumber = null;
        while (pos < s.length()) {
            if (!m.find(pos) || m.start() != pos) throw Errors.invalidDatetime("interval", input);
            pos = m.end();
            if (m.group(1) != null) continue;
            if (ago) throw Errors.invalidDatetime("interval", input); // "ago" must come last
            if (m.group(2) != null) {
                if (pendingNumber != null) fields.add("day", new BigDecimal(pendingNumber), input);
                pendingNumber = null;
                addClock(fields, m.group(2), input);
                sawField = true;
            } else if (m.group(3) != null) {
                if (pendingNumber != null) throw Errors.invalidDatetime("interval", input);
                pendingNumber = m.group(3);
            } else if (m.group(4).equals("ago")) {
                if (pendingNumber != null) fields.add("second", new BigDecimal(pendingNumber), input);
                pendingNumber = null;
                ago = true;
            } else {
                if (pendingNumber == null) throw Errors.invalidDatetime("interval", input);
                fields.add(m.group(4), new BigDecimal(pendingNumber), input);
                pendingNumber = null;
                sawField = true;
            }
        }
        if (pendingNumber != null) { // a bare number is seconds
            fields.add("second", new BigDecimal(pendingNumber), input);
            sawField = true;
        }
        if (!sawField && !ago) throw Errors.invalidDatetime("interval", input);
        return fields.toInterval(ago);
    }

    /** [+-]H:MM[:SS[.f]] or [+-]MM:SS.f — the sign applies to every field of the clock. */
    private static void addClock(Fields fields, String clock, String input) {
        boolean negative = clock.startsWith("-");
        String body = clock.replaceFirst("^[+-]", "");
        String[] parts = body.split(":");
        BigDecimal micros;
        if (parts.length == 2 && parts[1].contains(".")) { // MM:SS.f
            micros = new BigDecimal(parts[0]).multiply(BigDecimal.valueOf(USECS_PER_MINUTE))
                    .add(new BigDecimal(parts[1]).multiply(BigDecimal.valueOf(USECS_PER_SEC)));
        } else {
            micros = new BigDecimal(parts[0]).multiply(BigDecimal.valueOf(USECS_PER_HOUR))
                    .add(new BigDecimal(parts[1]).multiply(BigDecimal.valueOf(USECS_PER_MINUTE)));
            if (parts.length == 3) micros = micros.add(new BigDecimal(parts[2]).multiply(BigDecimal.valueOf(USECS_PER_SEC)));
            if (Integer.parseInt(parts[1]) > 59 || (parts.length == 3 && new BigDecimal(parts[2]).intValue() > 59)) {
                throw Errors.fieldOutOfRange(input);
            }
        }
        fields.add("us", negative ? micros.negate() : micros, input);
    }

    private static PgInterval parseIso(String s, String input) {
        Matcher m = ISO.matcher(s);
        if (!m.matches() || s.equals("p") || s.endsWith("t")) throw Errors.invalidDatetime("interval", input);
        String[] units = {"year", "month", "week", "day", "hour", "minute", "second"};
        Fields fields = new Fields();
        for (int i = 0; i < units.length; i++) {
            String value = m.group(i + 1);
            if (value == null) continue;
            try {
                fields.add(units[i], new BigDecimal(value), input);
            } catch (NumberFormatException e) {
                throw Errors.invalidDatetime("interval", input);
            }
        }
        return fields.toInterval(false);
    }

    /** interval_out with IntervalStyle postgres (EncodeInterval's INTSTYLE_POSTGRES). */
    static String format(PgInterval interval) {
        StringBuilder out = new StringBuilder();
        int year = interval.months() / 12, month = interval.months() % 12;
        long time = interval.micros();
        long hour = time / USECS_PER_HOUR;
        time -= hour * USECS_PER_HOUR;
        long minute = time / USECS_PER_MINUTE;
        time -= minute * USECS_PER_MINUTE;
        long second = time / USECS_PER_SEC, fraction = time - second * USECS_PER_SEC;
        boolean[] zeroAndBefore = {true, false};
        addPart(out, year, "year", zeroAndBefore);
        addPart(out, month, "mon", zeroAndBefore);
        addPart(out, interval.days(), "day", zeroAndBefore);
        boolean isZero = zeroAndBefore[0], isBefore = zeroAndBefore[1];
        if (isZero || hour != 0 || minute != 0 || second != 0 || fraction != 0) {
            boolean minus = hour < 0 || minute < 0 || second < 0 || fraction < 0;
            if (!isZero) out.append(' ');
            out.append(minus ? "-" : isBefore ? "+" : "");
            DateTimeText.appendTime(out, Math.abs(hour), Math.abs(minute), Math.abs(second), Math.abs(fraction));
        }
        return out.toString();
    }

    private static void addPart(StringBuilder out, long value, String unit, boolean[] zeroAndBefore) {
        if (value == 0) return;
        if (!zeroAndBefore[0]) out.append(' ');
        if (zeroAndBefore[1] && value > 0) out.append('+');
        out.append(value).append(' ').append(unit);
        if (value != 1) out.append('s');
        zeroAndBefore[1] = value < 0;
        zeroAndBefore[0] = false;
    }
}
