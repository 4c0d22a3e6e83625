package dev.impostgres.conformance.run;

import java.util.Optional;

/**
 * The verdict for one case.
 *
 * @param firstDifference where the transcripts first differ (empty when identical)
 * @param directiveRemovable an {@code -- expect-difference:} case whose transcripts are now identical
 * @param brokenOnPostgres the case could not run to its end on real Postgres itself (a broken case or environment)
 */
public record CaseResult(String area, String name, Outcome outcome, Optional<Difference> firstDifference,
                         Optional<String> expectedDifference, boolean directiveRemovable, Optional<String> brokenOnPostgres) {

    public enum Outcome { IDENTICAL, EXPECTED_DIFFERENT, DIFFERENT }

    /** The first point of divergence: which statement (or "replication", "case"), and each side's rendering. */
    public record Difference(String where, String postgres, String impostgres) {}

    public String id() {
        return area + "/" + name;
    }
}
