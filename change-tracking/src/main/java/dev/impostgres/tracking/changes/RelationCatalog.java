package dev.impostgres.tracking.changes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where the change log and the walsender learn what a table looks like in Postgres terms. Today's implementation
 * ({@link SqliteRelationCatalog}) infers it from SQLite; the DDL metadata ({@code _pg_class} / {@code _pg_attribute}
 * with stable OIDs, declared types and replica identity) plugs in here later, so Relation messages, RowDescription
 * and catalog answers share one source.
 */
public interface RelationCatalog {

    /** The relation stored as {@code storageName} in this SQLite file, seen through {@code connection}; empty if gone. */
    Optional<RelationDescription> describe(Connection connection, String storageName) throws SQLException;
}
