package dev.impostgres.tracking.schema;

import java.sql.SQLException;

/**
 * Attnums are never reused, as in Postgres (where a dropped column stays in pg_attribute with attisdropped): the
 * highest attnum a table ever had is kept in {@code _pg_meta} under {@code attnum:<oid>} once a column is dropped.
 */
final class Attnums {
    private Attnums() {}

    static int next(Catalog catalog, long relOid) throws SQLException {
        Long live = catalog.queryLong("SELECT coalesce(max(attnum), 0) FROM _pg_attribute WHERE attrelid = ?", relOid);
        Long dropped = catalog.queryLong("SELECT value FROM _pg_meta WHERE key = ?", key(relOid));
        return (int) Math.max(live == null ? 0 : live, dropped == null ? 0 : dropped) + 1;
    }

    static void remember(Catalog catalog, long relOid, int attnum) throws SQLException {
        catalog.update("INSERT INTO _pg_meta (key, value) VALUES (?1, ?2) "
                + "ON CONFLICT (key) DO UPDATE SET value = max(value, ?2)", key(relOid), attnum);
    }

    private static String key(long relOid) {
        return "attnum:" + relOid;
    }
}
