package dev.impostgres.conformance.script;

import java.util.List;
import java.util.Optional;

/**
 * One case file, parsed. {@code statements} are run in order; for a replication case the statements from index
 * {@code captureFrom} on are the ones whose changes are streamed and compared.
 *
 * @param area           the directory under cases/ (smoke, types, replication, …)
 * @param name           the file name without .sql
 * @param expectedDifference the reason given by {@code -- expect-difference:}, if any
 * @param maskedColumns  column names whose values are replaced by {@code <masked>} ({@code -- mask-column:})
 * @param publication    the publication streamed by a replication case ({@code -- replication: publication=…})
 * @param captureFrom    index of the first statement after {@code -- @capture}, or -1
 */
public record ConformanceCase(String area, String name, List<String> statements, Optional<String> expectedDifference,
                              List<String> maskedColumns, Optional<String> publication, int captureFrom) {

    public ConformanceCase {
        statements = List.copyOf(statements);
        maskedColumns = List.copyOf(maskedColumns);
    }

    /** "area/name", the id used in reports and the ratchet messages. */
    public String id() {
        return area + "/" + name;
    }

    public boolean isReplication() {
        return publication.isPresent();
    }

    public List<String> setupStatements() {
        return captureFrom < 0 ? statements : statements.subList(0, captureFrom);
    }

    public List<String> capturedStatements() {
        return captureFrom < 0 ? List.of() : statements.subList(captureFrom, statements.size());
    }

    /**
     * The database the case runs in, the same on both targets and stable as cases are added (so reports and
     * results that mention it do not churn): {@code case_<area>_<name>}, at most 63 bytes.
     */
    public String databaseName() {
        String raw = ("case_" + area + "_" + name).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return raw.length() <= 63 ? raw : raw.substring(0, 54) + "_" + Integer.toHexString(raw.hashCode() & 0xfffffff);
    }
}
