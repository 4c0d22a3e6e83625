package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.ViewDeparser;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A view's definition as pg_get_viewdef prints it, deparsed once at CREATE VIEW (when the relations' columns are
 * known) and kept in {@code _pg_meta} under {@code viewdef:<oid>} and {@code viewdef.pretty:<oid>}, in the same
 * transaction as the view. A query the deparser does not cover exactly stores nothing (pg_get_viewdef is NULL).
 * Not followed: a later RENAME of a column the view uses (Postgres deparses the stored tree, so it shows the new
 * name; this text keeps the old one).
 */
public final class ViewDefinitions {
    private ViewDefinitions() {}

    public static final String KEY = "viewdef:", PRETTY_KEY = "viewdef.pretty:";

    static void record(Catalog catalog, long oid, String query) throws SQLException {
        remove(catalog, oid);
        ViewDeparser.Relations relations = (schema, name) -> columns(catalog, schema == null ? "public" : schema, name);
        String plain = ViewDeparser.deparse(query, relations, false);
        String pretty = ViewDeparser.deparse(query, relations, true);
        if (plain != null) catalog.update("INSERT INTO _pg_meta (key, value) VALUES (?, ?)", KEY + oid, plain);
        if (pretty != null) catalog.update("INSERT INTO _pg_meta (key, value) VALUES (?, ?)", PRETTY_KEY + oid, pretty);
    }

    static void remove(Catalog catalog, long oid) throws SQLException {
        catalog.update("DELETE FROM _pg_meta WHERE key IN (?, ?)", KEY + oid, PRETTY_KEY + oid);
    }

    private static List<ViewDeparser.ColumnInfo> columns(Catalog catalog, String schema, String name) {
        String sql = "SELECT a.attname, a.atttypid FROM _pg_attribute a JOIN _pg_class c ON c.oid = a.attrelid "
                + "JOIN _pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = ? "
                + "AND c.relkind IN ('r', 'v', 'p') AND a.attnum > 0 ORDER BY a.attnum";
        try (PreparedStatement ps = catalog.connection().prepareStatement(sql)) {
            ps.setString(1, schema);
            ps.setString(2, name);
            List<ViewDeparser.ColumnInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PgType type = PgTypes.byOid(rs.getInt(2));
                    out.add(new ViewDeparser.ColumnInfo(rs.getString(1), type));
                }
            }
            return out.isEmpty() ? null : out;
        } catch (SQLException e) {
            return null;
        }
    }
}
