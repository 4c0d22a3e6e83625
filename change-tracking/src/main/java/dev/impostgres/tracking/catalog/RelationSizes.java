package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * pg_table_size and friends: the bytes a relation's b-trees occupy in the database's SQLite file (SQLite's dbstat
 * table), its indexes counted for the total size. Not Postgres's numbers (different page layout), but true ones: a
 * table that grows reports a growing size, which is what callers (e.g. zero-cache's copy planning) use them for.
 */
final class RelationSizes {
    private RelationSizes() {}

    /**
     * The table's b-tree; 0 while it holds no cell at all, as a Postgres heap that was never written has no page
     * (SQLite keeps an empty root page for every table).
     */
    static long table(Connection c, long oid) throws SQLException {
        String name = sqliteName(c, oid);
        if (name == null) return 0;
        boolean empty = sum(c, "SELECT coalesce(sum(ncell), 0) FROM main.dbstat WHERE name = ?", name) == 0;
        return empty ? 0 : sum(c, "SELECT coalesce(sum(pgsize), 0) FROM main.dbstat WHERE name = ?", name);
    }

    /** The table and every SQLite index on it. */
    static long total(Connection c, long oid) throws SQLException {
        String name = sqliteName(c, oid);
        return name == null ? 0 : table(c, oid) + sum(c, "SELECT coalesce(sum(pgsize), 0) FROM main.dbstat WHERE name IN "
                + "(SELECT name FROM main.sqlite_schema WHERE tbl_name = ?1 AND type = 'index')", name);
    }

    static long database(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** pg_size_pretty(bigint) as Postgres prints it: bytes below 10 kB, then kB, MB, GB, TB, PB, half rounded. */
    static String pretty(long size) {
        if (Math.abs(size) < 10 * 1024) return size + " bytes";
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        long limit2 = 10 * 1024 * 2 - 1;
        long v = size >> 9; // one extra bit kept for rounding
        for (int i = 0; i < units.length; i++) {
            if (Math.abs(v) < limit2 || i == units.length - 1) return halfRounded(v) + " " + units[i];
            v >>= 10;
        }
        throw new AssertionError();
    }

    private static long halfRounded(long x) {
        return (x + (x < 0 ? -1 : 1)) / 2;
    }

    private static String sqliteName(Connection c, long oid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sqlite_name FROM main._pg_class WHERE oid = ? AND "
                + "sqlite_name <> ''")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long sum(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
