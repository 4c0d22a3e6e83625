package dev.impostgres.translator.ddl;

/**
 * A relation name as written: {@code schema} null when unqualified (resolved later through search_path). The
 * flattened SQLite name of a relation keeps public's tables plain, so simple SQL passes through unchanged, and
 * joins any other schema to the name with a dot ({@code "app_0/cvr.t"}); one SQLite file holds every schema, so a
 * transaction across schemas stays atomic.
 */
public record QualifiedName(String schema, String name) {
    public static final String PUBLIC = "public";

    public static QualifiedName of(String name) { return new QualifiedName(null, name); }

    public String schemaOr(String fallback) { return schema == null ? fallback : schema; }

    /** The SQLite table name of relation {@code name} in {@code schema}. */
    public static String flattened(String schema, String name) {
        return schema == null || schema.equals(PUBLIC) ? name : schema + "." + name;
    }

    @Override
    public String toString() { return schema == null ? name : schema + "." + name; }
}
