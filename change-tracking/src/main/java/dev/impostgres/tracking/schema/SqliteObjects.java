package dev.impostgres.tracking.schema;

import java.sql.SQLException;

/** Questions about the SQLite schema itself (objects created before metadata existed, or outside it). */
final class SqliteObjects {
    private SqliteObjects() {}

    static boolean exists(Catalog catalog, String sqliteName) throws SQLException {
        return catalog.queryLong("SELECT 1 FROM sqlite_schema WHERE name = ? COLLATE NOCASE", sqliteName) != null;
    }

    /** A SQLite object of this type ('table', 'view', 'index') in main or temp: one made without metadata. */
    static boolean existsOfType(Catalog catalog, String type, String name) throws SQLException {
        return !name.startsWith(MetadataTables.PREFIX) && catalog.queryLong("SELECT 1 FROM sqlite_schema WHERE type = ?1 "
                + "AND name = ?2 COLLATE NOCASE UNION ALL SELECT 1 FROM sqlite_temp_schema WHERE type = ?1 "
                + "AND name = ?2 COLLATE NOCASE", type, name) != null;
    }
}
