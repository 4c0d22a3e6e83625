package dev.impostgres.tracking.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Postgres name of the unique index or key a SQLite UNIQUE / PRIMARY KEY failure hit. SQLite names the columns
 * ({@code t.a, t.b}) or, for an expression index, the index ({@code index 'name'}); the metadata knows which
 * index or key that is.
 */
public final class UniqueIndexNames {
    private UniqueIndexNames() {}

    private static final Pattern FAILED = Pattern.compile("constraint failed: (.*)$");
    private static final Pattern INDEX = Pattern.compile("^index '(.*)'$");

    /** The name, or null when the metadata does not know it. */
    public static String of(Connection connection, String sqliteMessage) throws SQLException {
        Matcher m = FAILED.matcher(sqliteMessage == null ? "" : sqliteMessage);
        if (!m.find()) return null;
        Catalog catalog = new Catalog(connection, null);
        String detail = m.group(1).trim();
        Matcher index = INDEX.matcher(detail);
        if (index.matches()) {
            return catalog.queryString("SELECT relname FROM _pg_class WHERE relkind = 'i' AND sqlite_name = ?",
                    index.group(1));
        }
        String table = null;
        List<String> columns = new ArrayList<>();
        for (String qualified : detail.split(", ")) {
            int dot = qualified.lastIndexOf('.');
            if (dot < 0) return null;
            String t = qualified.substring(0, dot);
            if (table != null && !table.equals(t)) return null;
            table = t;
            columns.add(qualified.substring(dot + 1));
        }
        Relation rel = catalog.relationBySqliteName(table);
        if (rel == null) return null;
        List<String> attnums = new ArrayList<>();
        for (String column : columns) {
            Long attnum = catalog.queryLong("SELECT attnum FROM _pg_attribute WHERE attrelid = ? AND attname = ?",
                    rel.oid(), column);
            if (attnum == null) return null;
            attnums.add(String.valueOf(attnum));
        }
        // A plain unique index on the same columns; INCLUDE columns trail in indkey, so a prefix match also counts.
        return catalog.queryString("SELECT c.relname FROM _pg_index i JOIN _pg_class c ON c.oid = i.indexrelid "
                + "WHERE i.indrelid = ? AND i.indisunique AND (i.indkey = ?2 OR i.indkey LIKE ?2 || ',%') "
                + "ORDER BY i.indisprimary DESC, i.indexrelid LIMIT 1", rel.oid(), String.join(",", attnums));
    }
}
