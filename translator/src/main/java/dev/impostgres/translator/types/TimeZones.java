package dev.impostgres.translator.types;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Time zone names in timestamptz input: IANA names (case-insensitive, as Postgres matches them) and the common
 * abbreviations of Postgres's default timezone_abbreviations set, which are fixed offsets.
 */
final class TimeZones {
    private TimeZones() {}

    private static final Map<String, ZoneId> ABBREVIATIONS = Map.ofEntries(
            Map.entry("z", ZoneOffset.UTC), Map.entry("zulu", ZoneOffset.UTC), Map.entry("utc", ZoneOffset.UTC),
            Map.entry("ut", ZoneOffset.UTC), Map.entry("gmt", ZoneOffset.UTC),
            Map.entry("est", ZoneOffset.ofHours(-5)), Map.entry("edt", ZoneOffset.ofHours(-4)),
            Map.entry("cst", ZoneOffset.ofHours(-6)), Map.entry("cdt", ZoneOffset.ofHours(-5)),
            Map.entry("mst", ZoneOffset.ofHours(-7)), Map.entry("mdt", ZoneOffset.ofHours(-6)),
            Map.entry("pst", ZoneOffset.ofHours(-8)), Map.entry("pdt", ZoneOffset.ofHours(-7)),
            Map.entry("cet", ZoneOffset.ofHours(1)), Map.entry("cest", ZoneOffset.ofHours(2)),
            Map.entry("eet", ZoneOffset.ofHours(2)), Map.entry("eest", ZoneOffset.ofHours(3)),
            Map.entry("bst", ZoneOffset.ofHours(1)), Map.entry("jst", ZoneOffset.ofHours(9)));

    private static volatile Map<String, ZoneId> regionsByLowerName;

    /** The zone for a name as written in input (already lower-cased), or null. */
    static ZoneId lookup(String lowerName) {
        ZoneId abbreviation = ABBREVIATIONS.get(lowerName);
        if (abbreviation != null) return abbreviation;
        Map<String, ZoneId> regions = regionsByLowerName;
        if (regions == null) {
            regions = new HashMap<>();
            for (String id : ZoneId.getAvailableZoneIds()) regions.put(id.toLowerCase(Locale.ROOT), ZoneId.of(id));
            regionsByLowerName = regions;
        }
        return regions.get(lowerName);
    }
}
