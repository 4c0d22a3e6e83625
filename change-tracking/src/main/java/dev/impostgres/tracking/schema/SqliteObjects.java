package dev.impostgres.tracking.schema;

import java.sql.SQLException;

/** Questions about the SQLite schema itself (objects created before metadata existed, or outside it). */
final class SqliteObjects {
    private SqliteObjects() {}

    static boolean exists(Catalog catalog, String sqliteName) throws SQLException {
        return catalog.queryLong("SELECT 1 FROM sqlite_schema WHERE name = ? COLLATE NOCASE", sqliteName) != null;
    }
}
