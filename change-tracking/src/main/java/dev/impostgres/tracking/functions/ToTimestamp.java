package dev.impostgres.tracking.functions;

import dev.impostgres.translator.types.TemporalValues;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * to_date(text, template) and to_timestamp(text, template): the input read against a to_char template (YYYY YY Y,
 * MM, DD, DDD, Mon/Month, Dy/Day, HH24 HH12 HH, MI, SS, MS, US, AM/PM, "text", FM/FX prefixes). As Postgres
 * outside FX mode: a separator in the template matches any one separator in the input (or none), spaces match any
 * run of spaces, a numeric field followed by a separator reads as many digits as are there, MS/US digits are the
 * fraction of the second (SS.MS '05.12' is 120 ms). to_timestamp reads the wall clock in the session TimeZone.
 */
final class ToTimestamp {
    private ToTimestamp() {}

    static void register(Connection c, Supplier<ZoneId> zone) throws SQLException {
        Udf.strict(c, "to_date", 2, a -> {
            String input = Values.text(a[0]);
            LocalDateTime t = parse(input, Values.text(a[1]));
            return TemporalValues.date((int) (t.toLocalDate().toEpochDay() - LocalDate.of(2000, 1, 1).toEpochDay()));
        });
        Udf.strict(c, "to_timestamp", 2, a -> TemporalValues.timestamptz(
                TemporalValues.micros(parse(Values.text(a[0]), Values.text(a[1])), zone.get())));
    }

    private static final String[] PATTERNS = {"HH24", "HH12", "HH", "MI", "SS", "MS", "US", "YYYY", "YYY", "YY",
            "Y", "MONTH", "Month", "month", "MON", "Mon", "mon", "MM", "DAY", "Day", "day", "DY", "Dy", "dy", "DDD",
            "DD", "D", "AM", "PM", "am", "pm", "A.M.", "P.M.", "a.m.", "p.m."};

    /** The fields read so far; defaults as Postgres's (January 1st, midnight). */
    private static final class Fields {
        int year = 1, month = 1, day = 1, dayOfYear, hour, minute, second, micros;
        boolean twelveHour, pm, yearSet;
    }

    static LocalDateTime parse(String input, String template) {
        Fields f = new Fields();
        int in = 0, i = 0;
        while (i < template.length()) {
            if (template.startsWith("FM", i) || template.startsWith("FX", i)) {
                i += 2;
                continue;
            }
            char c = template.charAt(i);
            if (c == '"') { // literal text: skip as many input characters
                int end = template.indexOf('"', i + 1);
                if (end < 0) end = template.length();
                in = Math.min(input.length(), in + (end - i - 1));
                i = end + 1;
                continue;
            }
            String p = pattern(template, i);
            if (p == null) {
                if (c == ' ') {
                    while (in < input.length() && input.charAt(in) == ' ') in++;
                } else if (in < input.length() && !Character.isLetterOrDigit(input.charAt(in))) {
                    in++; // any one separator matches a separator of the template
                }
                i += c == '\\' && i + 1 < template.length() ? 2 : 1;
                continue;
            }
            i += p.length();
            while (in < input.length() && input.charAt(in) == ' ') in++;
            boolean greedy = i >= template.length() || pattern(template, i) == null;
            in = field(p, input, in, greedy, f);
        }
        return build(input, f);
    }

    private static String pattern(String template, int i) {
        for (String p : PATTERNS) if (template.startsWith(p, i)) return p;
        return null;
    }

    /** Reads one field's value from input at {@code in}; answers where the input continues. */
    private static int field(String p, String input, int in, boolean greedy, Fields f) {
        switch (p) {
            case "MONTH", "Month", "month", "MON", "Mon", "mon" -> {
                boolean full = p.length() == 5;
                for (java.time.Month m : java.time.Month.values()) {
                    String name = m.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
                    if (input.regionMatches(true, in, name, 0, name.length())) {
                        f.month = m.getValue();
                        return in + name.length();
                    }
                }
                throw invalidValue(input, in, p);
            }
            case "DAY", "Day", "day", "DY", "Dy", "dy" -> {
                boolean full = p.length() == 3;
                for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                    String name = d.getDisplayName(full ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH);
                    if (input.regionMatches(true, in, name, 0, name.length())) return in + name.length();
                }
                throw invalidValue(input, in, p);
            }
            case "AM", "PM", "am", "pm", "A.M.", "P.M.", "a.m.", "p.m." -> {
                String word = input.substring(in, Math.min(input.length(), in + p.length())).toUpperCase(Locale.ROOT);
                if (!word.equals(p.length() == 2 ? "AM" : "A.M.") && !word.equals(p.length() == 2 ? "PM" : "P.M.")) {
                    throw invalidValue(input, in, p);
                }
                f.pm = word.startsWith("P");
                f.twelveHour = true;
                return in + p.length();
            }
            default -> { }
        }
        int width = switch (p) {
            case "YYYY" -> 4;
            case "YYY", "DDD", "MS" -> 3;
            case "US" -> 6;
            case "Y", "D" -> 1;
            default -> 2;
        };
        int start = in;
        if (in < input.length() && (input.charAt(in) == '-' || input.charAt(in) == '+') && p.startsWith("Y")) in++;
        while (in < input.length() && Character.isDigit(input.charAt(in)) && (greedy || in - start < width)) in++;
        String digits = input.substring(start, in);
        if (digits.isEmpty() || digits.equals("-") || digits.equals("+")) {
            throw new PgFunctionError("22007", "invalid value \"" + input.substring(start, Math.min(input.length(),
                    start + width)) + "\" for \"" + p + "\"");
        }
        int v;
        try {
            v = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new PgFunctionError("22008", "value for \"" + p + "\" in source string is out of range");
        }
        switch (p) {
            case "YYYY" -> { f.year = v; f.yearSet = true; }
            case "YYY" -> { f.year = digits.length() <= 3 ? (v < 100 ? 2000 + v : 1000 + v) : v; f.yearSet = true; }
            case "YY" -> { f.year = digits.length() <= 2 ? (v < 70 ? 2000 + v : 1900 + v) : v; f.yearSet = true; }
            case "Y" -> { f.year = digits.length() == 1 ? 2000 + v : v; f.yearSet = true; }
            case "MM" -> f.month = v;
            case "DD" -> f.day = v;
            case "DDD" -> f.dayOfYear = v;
            case "HH24" -> f.hour = v;
            case "HH12", "HH" -> {
                f.hour = v;
                f.twelveHour = true;
            }
            case "MI" -> f.minute = v;
            case "SS" -> f.second = v;
            case "MS" -> f.micros = fraction(digits, 3) * 1000;
            case "US" -> f.micros = fraction(digits, 6);
            default -> { } // D: the day of the week is ignored, as in Postgres
        }
        return in;
    }

    /** '12' read as MS is 120: the digits are those after the decimal point. */
    private static int fraction(String digits, int width) {
        StringBuilder b = new StringBuilder(digits);
        while (b.length() < width) b.append('0');
        return Integer.parseInt(b.substring(0, width));
    }

    private static LocalDateTime build(String input, Fields f) {
        int hour = f.hour;
        if (f.twelveHour) {
            if (hour < 1 || hour > 12) {
                throw new PgFunctionError("22008", "hour \"" + hour + "\" is invalid for the 12-hour clock");
            }
            hour = hour % 12 + (f.pm ? 12 : 0);
        }
        try {
            LocalDate date = f.dayOfYear > 0 && f.month == 1 && f.day == 1
                    ? LocalDate.ofYearDay(f.year, f.dayOfYear) : LocalDate.of(f.year, f.month, f.day);
            if (hour > 23 || f.minute > 59 || f.second > 60) throw new DateTimeException("time");
            return date.atTime(hour, f.minute, Math.min(f.second, 59), f.micros * 1000)
                    .plusSeconds(f.second == 60 ? 1 : 0);
        } catch (DateTimeException e) {
            throw new PgFunctionError("22008", "date/time field value out of range: \"" + input + "\"");
        }
    }

    private static PgFunctionError invalidValue(String input, int in, String p) {
        int end = in;
        while (end < input.length() && Character.isLetter(input.charAt(end))) end++;
        if (end == in) end = Math.min(input.length(), in + 1);
        return new PgFunctionError("22007", "invalid value \"" + input.substring(in, end) + "\" for \"" + p + "\"");
    }
}
