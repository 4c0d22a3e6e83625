package dev.impostgres.translator.types;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelled-out forms of Postgres's date/time input that the numeric patterns do not cover, rewritten to them:
 * a month name ({@code January 8, 1999}, {@code 8 Jan 1999}, {@code 1999-Jan-08}) becomes ISO {@code 1999-01-08},
 * and a trailing AM/PM is taken off the time and applied to its hour (12 AM is midnight, 12 PM noon).
 */
final class DateWords {
    private DateWords() {}

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{1,})(?=$|\\s)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})[\\s-]+" + MONTH + "[\\s-]+(\\d{3,})(?=$|\\s)");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("^(\\d{4})-" + MONTH + "-(\\d{1,2})(?=$|\\s)");
    private static final Pattern MERIDIEM = Pattern.compile("^(.*\\d)\\s*(am|pm|a\\.m\\.|p\\.m\\.)(?=$|\\s|[+-])(.*)$");

    /** {@code lowered} with a leading spelled-out date in ISO form; unchanged when there is none. */
    static String isoDate(String lowered) {
        Matcher m = MONTH_DAY_YEAR.matcher(lowered);
        if (m.find()) return iso(m.group(3), m.group(1), m.group(2)) + lowered.substring(m.end());
        m = DAY_MONTH_YEAR.matcher(lowered);
        if (m.find()) return iso(m.group(3), m.group(2), m.group(1)) + lowered.substring(m.end());
        m = YEAR_MONTH_DAY.matcher(lowered);
        if (m.find()) return iso(m.group(1), m.group(2), m.group(3)) + lowered.substring(m.end());
        return lowered;
    }

    private static String iso(String year, String month, String day) {
        int number = MONTHS.indexOf(month.substring(0, 3)) + 1;
        return year + "-" + (number < 10 ? "0" : "") + number + "-" + (day.length() < 2 ? "0" : "") + day;
    }

    /** The AM/PM of a lowered time text: the text without it and +1 (PM), -1 (AM) or 0 (none). */
    record Meridiem(String text, int half) {
        /** Microseconds of the time of day adjusted for AM/PM; an hour above 12 with AM/PM is out of range. */
        long apply(long micros, String input) {
            if (half == 0) return micros;
            long hour = micros / 3_600_000_000L;
            if (hour > 12 || micros >= 13 * 3_600_000_000L) throw Errors.fieldOutOfRange(input);
            if (half > 0 && hour < 12) return micros + 12 * 3_600_000_000L;
            if (half < 0 && hour == 12) return micros - 12 * 3_600_000_000L;
            return micros;
        }
    }

    static Meridiem meridiem(String lowered) {
        Matcher m = MERIDIEM.matcher(lowered);
        if (!m.matches()) return new Meridiem(lowered, 0);
        return new Meridiem(m.group(1) + m.group(3), m.group(2).startsWith("p") ? 1 : -1);
    }
}
