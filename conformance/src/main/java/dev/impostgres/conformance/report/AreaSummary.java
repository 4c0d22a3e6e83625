package dev.impostgres.conformance.report;

import dev.impostgres.conformance.run.CaseResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per area. */
public record AreaSummary(String area, int cases, int identical, int expectedDifferent, int different) {

    /** Sorted by area name, so reports are deterministic. */
    public static Map<String, AreaSummary> of(List<CaseResult> results) {
        Map<String, AreaSummary> areas = new TreeMap<>();
        for (CaseResult r : results) {
            AreaSummary s = areas.getOrDefault(r.area(), new AreaSummary(r.area(), 0, 0, 0, 0));
            areas.put(r.area(), new AreaSummary(r.area(), s.cases + 1,
                    s.identical + (r.outcome() == CaseResult.Outcome.IDENTICAL ? 1 : 0),
                    s.expectedDifferent + (r.outcome() == CaseResult.Outcome.EXPECTED_DIFFERENT ? 1 : 0),
                    s.different + (r.outcome() == CaseResult.Outcome.DIFFERENT ? 1 : 0)));
        }
        return areas;
    }

    public static AreaSummary total(Map<String, AreaSummary> areas) {
        AreaSummary t = new AreaSummary("total", 0, 0, 0, 0);
        for (AreaSummary s : areas.values()) {
            t = new AreaSummary("total", t.cases + s.cases, t.identical + s.identical,
                    t.expectedDifferent + s.expectedDifferent, t.different + s.different);
        }
        return t;
    }
}
