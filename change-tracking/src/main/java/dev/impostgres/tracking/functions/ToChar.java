package dev.impostgres.tracking.functions;

import dev.impostgres.translator.types.TemporalValues;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * to_char(timestamp | timestamptz | date | interval, format) for the common template patterns (formatting.c):
 * YYYY YYY YY Y, MM, DD, DDD, D, ID, HH HH12 HH24, MI, SS, MS, US, AM/PM (and a.m./p.m.), Month/MONTH/month,
 * Mon/MON/mon, Day/DAY/day, Dy/DY/dy, Q, WW, IW, J is not; the FM prefix, "quoted text" and backslash escapes.
 * timestamptz is formatted in UTC. Numbers are not supported yet (0A000).
 */
final class ToChar {
    private ToChar() {}

    static String format(String value, String format, String tag, java.time.ZoneId zone) {
        if (tag.equals("numeric") || tag.equals("float")) return ToCharNumber.format(Values.decimal(value), format);
        LocalDateTime t = tag.equals("interval") ? intervalClock(value)
                : DateFields.local(DateFields.instant(value, tag), tag, zone);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            boolean fm = false;
            if (startsWith(format, i, "FM")) {
                fm = true;
                i += 2;
            }
            if (i >= format.length()) break;
            char c = format.charAt(i);
            if (c == '"') {
                int end = format.indexOf('"', i + 1);
                if (end < 0) end = format.length();
                out.append(format, i + 1, end);
                i = end + 1;
                continue;
            }
            if (c == '\\' && i + 1 < format.length()) {
                out.append(format.charAt(i + 1));
                i += 2;
                continue;
            }
            String[] match = pattern(format, i);
            if (match == null) {
                out.append(c);
                i++;
                continue;
            }
            String p = match[0];
            out.append(field(p, t, fm));
            i += p.length();
        }
        return out.toString();
    }

    /** An interval's time of day as a wall-clock time (HH24/MI/SS of to_char(interval, …)). */
    private static LocalDateTime intervalClock(String value) {
        long micros = Math.floorMod(TemporalValues.interval(value).micros(), TemporalValues.USECS_PER_DAY);
        return TemporalValues.local(TemporalValues.timestamp("2000-01-01") + micros);
    }

    private static final String[] PATTERNS = {"HH24", "HH12", "HH", "MI", "SS", "MS", "US", "YYYY", "YYY", "YY",
            "Y", "MONTH", "Month", "month", "MON", "Mon", "mon", "MM", "DAY", "Day", "day", "DY", "Dy", "dy", "DDD",
            "DD", "ID", "D", "AM", "PM", "am", "pm", "A.M.", "P.M.", "a.m.", "p.m.", "Q", "WW", "IW", "IYYY", "TZ"};

    private static String[] pattern(String format, int i) {
        for (String p : PATTERNS) if (startsWith(format, i, p)) return new String[] {p};
        return null;
    }

    private static boolean startsWith(String s, int i, String p) {
        return s.regionMatches(false, i, p, 0, p.length());
    }

    private static String field(String p, LocalDateTime t, boolean fm) {
        int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        boolean pm = t.getHour() >= 12;
        return switch (p) {
            case "HH24" -> num(t.getHour(), 2, fm);
            case "HH12", "HH" -> num(hour12, 2, fm);
            case "MI" -> num(t.getMinute(), 2, fm);
            case "SS" -> num(t.getSecond(), 2, fm);
            case "MS" -> num(t.getNano() / 1_000_000, 3, fm);
            case "US" -> num(t.getNano() / 1000, 6, fm);
            case "YYYY" -> num(t.getYear(), 4, fm);
            case "IYYY" -> num(t.get(IsoFields.WEEK_BASED_YEAR), 4, fm);
            case "YYY" -> num(t.getYear() % 1000, 3, fm);
            case "YY" -> num(t.getYear() % 100, 2, fm);
            case "Y" -> num(t.getYear() % 10, 1, fm);
            case "MM" -> num(t.getMonthValue(), 2, fm);
            case "DDD" -> num(t.getDayOfYear(), 3, fm);
            case "DD" -> num(t.getDayOfMonth(), 2, fm);
            case "D" -> num(t.getDayOfWeek().getValue() % 7 + 1, 1, fm);
            case "ID" -> num(t.getDayOfWeek().getValue(), 1, fm);
            case "Q" -> num((t.getMonthValue() - 1) / 3 + 1, 1, fm);
            case "WW" -> num((t.getDayOfYear() - 1) / 7 + 1, 2, fm);
            case "IW" -> num(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, fm);
            case "MONTH", "Month", "month" -> name(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH), p, 9, fm);
            case "MON", "Mon", "mon" -> name(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), p, 3, true);
            case "DAY", "Day", "day" -> name(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), p, 9, fm);
            case "DY", "Dy", "dy" -> name(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), p, 3, true);
            case "AM", "PM" -> pm ? "PM" : "AM";
            case "am", "pm" -> pm ? "pm" : "am";
            case "A.M.", "P.M." -> pm ? "P.M." : "A.M.";
            case "a.m.", "p.m." -> pm ? "p.m." : "a.m.";
            case "TZ" -> "UTC";
            default -> p;
        };
    }

    private static String num(long v, int width, boolean fm) {
        String s = Long.toString(Math.abs(v));
        if (!fm) while (s.length() < width) s = "0" + s;
        return v < 0 ? "-" + s : s;
    }

    /** Month and day names pad to 9 characters unless FM; the pattern's case picks the name's. */
    private static String name(String english, String pattern, int width, boolean fm) {
        String s = Character.isUpperCase(pattern.charAt(1)) ? english.toUpperCase(Locale.ROOT)
                : Character.isLowerCase(pattern.charAt(0)) ? english.toLowerCase(Locale.ROOT) : english;
        if (!fm) while (s.length() < width) s = s + " ";
        return s;
    }
}
