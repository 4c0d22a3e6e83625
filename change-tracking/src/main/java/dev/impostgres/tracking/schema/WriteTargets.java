package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.storage.TargetColumn;
import dev.impostgres.translator.storage.WriteCoercion;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Binds a translated write to the declared types of its target table (see {@link WriteCoercion}). */
public final class WriteTargets {
    private WriteTargets() {}

    /** The SQLite text to run for {@code statement}: INSERT … VALUES items coerced to their columns' types. */
    public static String bind(Connection connection, PgStatement.Sql statement) {
        if (!statement.tag().verb().equals("INSERT")) return statement.sqlite();
        return WriteCoercion.insertValues(statement.sqlite(), table -> {
            try {
                return columnsOf(connection, table);
            } catch (SQLException e) {
                return null; // no metadata readable: SQLite's own affinity applies
            }
        });
    }

    static List<TargetColumn> columnsOf(Connection connection, String sqliteTable) throws SQLException {
        List<TargetColumn> columns = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT a.attname, a.atttypid, a.atttypmod, a.attgenerated "
                + "FROM _pg_class c JOIN _pg_attribute a ON a.attrelid = c.oid WHERE c.sqlite_name = ? "
                + "AND c.relkind = 'r' ORDER BY a.attnum")) {
            ps.setString(1, sqliteTable);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) columns.add(new TargetColumn(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return columns.isEmpty() ? null : columns;
    }
}
