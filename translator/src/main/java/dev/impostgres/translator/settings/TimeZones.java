package dev.impostgres.translator.settings;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * TimeZone values: tz database names (matched case-insensitively and printed in their canonical spelling, as
 * Postgres does) and numeric hour offsets ('+02', -5, 5.5, east of Greenwich positive), printed in Postgres's
 * POSIX form {@code <+02>-02}. POSIX rule strings such as 'EST5EDT,M3.2.0,M11.1.0' that are not zone names are
 * not supported.
 */
public final class TimeZones {
    private TimeZones() {}

    private static final Map<String, String> BY_LOWER_NAME = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) BY_LOWER_NAME.put(id.toLowerCase(Locale.ROOT), id);
        BY_LOWER_NAME.put("utc", "UTC");
        BY_LOWER_NAME.put("gmt", "GMT");
        for (String fixed : new String[] {"EST", "MST", "HST"}) BY_LOWER_NAME.put(fixed.toLowerCase(Locale.ROOT), fixed);
    }

    /** The value SHOW TimeZone prints for {@code input}, or empty when it is not a valid time zone. */
    static Optional<String> canonical(String input) {
        String s = input.trim();
        String named = BY_LOWER_NAME.get(s.toLowerCase(Locale.ROOT));
        if (named != null) return Optional.of(named);
        try {
            double hours = Double.parseDouble(s);
            if (Double.isNaN(hours) || Math.abs(hours) > 15) return Optional.empty();
            int totalMinutes = (int) Math.round(hours * 60);
            String east = offsetText(totalMinutes);
            String west = offsetText(-totalMinutes);
            return Optional.of("<" + east + ">" + west);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String offsetText(int minutes) {
        String sign = minutes < 0 ? "-" : "+";
        int m = Math.abs(minutes);
        String h = String.format("%02d", m / 60);
        return sign + h + (m % 60 == 0 ? "" : String.format(":%02d", m % 60));
    }

    /** The java.time zone for a value printed by {@link #canonical}. */
    public static ZoneId zoneOf(String canonical) {
        if (canonical.startsWith("<")) {
            String east = canonical.substring(1, canonical.indexOf('>'));
            return ZoneOffset.of(east);
        }
        return ZoneId.of(canonical, ZoneId.SHORT_IDS);
    }
}
