package dev.impostgres.tracking.schema;

/** Test access to the package-private naming rule of {@link CaseDistinctNames}. */
public final class CaseDistinctNamesAccess {
    private CaseDistinctNamesAccess() {}

    public static String physical(String schema, String relname) {
        return CaseDistinctNames.physical(schema, relname);
    }
}
