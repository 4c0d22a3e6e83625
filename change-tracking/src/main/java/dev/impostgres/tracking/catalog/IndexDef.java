package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_get_indexdef(oid): the recorded definition, or for the index behind a key constraint (recorded without one)
 * the CREATE [UNIQUE] INDEX statement Postgres prints, e.g. {@code CREATE UNIQUE INDEX t_pkey ON public.t USING
 * btree (id)}; the pretty form leaves out a visible schema, as pg_get_indexdef(oid, 0, true) does.
 */
final class IndexDef {
    private IndexDef() {}

    /** pg_get_indexdef(oid, column, pretty): with a column number above 0, just that key column's name. */
    static String of(Connection c, long indexOid, long column, boolean pretty) throws SQLException {
        if (column <= 0) return of(c, indexOid, pretty);
        Object indkey = CatalogFunctions.lookup(c, "SELECT indkey || ',' || indrelid FROM main._pg_index "
                + "WHERE indexrelid = ?", indexOid);
        if (indkey == null) return null;
        String[] parts = indkey.toString().split(",");
        if (column > parts.length - 1) return "";
        Object name = CatalogFunctions.lookup(c, "SELECT attname FROM main._pg_attribute WHERE attrelid = "
                + parts[parts.length - 1] + " AND attnum = ?", Long.parseLong(parts[(int) column - 1].trim()));
        return name == null ? null : RegNames.quoteIdent(name.toString());
    }

    static String of(Connection c, long indexOid, boolean pretty) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT i.definition, i.indisunique, i.indkey, i.indrelid, "
                + "ic.relname, t.relname, n.nspname FROM main._pg_index i JOIN main._pg_class ic ON ic.oid = i.indexrelid "
                + "JOIN main._pg_class t ON t.oid = i.indrelid JOIN main._pg_namespace n ON n.oid = t.relnamespace "
                + "WHERE i.indexrelid = ?")) {
            ps.setLong(1, indexOid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                String recorded = rs.getString(1);
                if (recorded != null && !recorded.isEmpty()) return recorded;
                List<String> columns = new ArrayList<>();
                for (String attnum : rs.getString(3).split(",")) {
                    Object name = CatalogFunctions.lookup(c, "SELECT attname FROM main._pg_attribute WHERE attrelid = "
                            + rs.getLong(4) + " AND attnum = ?", Long.parseLong(attnum.trim()));
                    columns.add(RegNames.quoteIdent(String.valueOf(name)));
                }
                return "CREATE " + (rs.getInt(2) != 0 ? "UNIQUE " : "") + "INDEX " + RegNames.quoteIdent(rs.getString(5))
                        + " ON " + (pretty && rs.getString(7).equals("public") ? "" : RegNames.quoteIdent(rs.getString(7)) + ".")
                        + RegNames.quoteIdent(rs.getString(6))
                        + " USING btree (" + String.join(", ", columns) + ")";
            }
        }
    }
}
