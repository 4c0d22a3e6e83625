package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.storage.ColumnScope;
import dev.impostgres.translator.storage.TargetColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A query or DML statement translated again with the declared types of the columns it names, so numeric, integer
 * and date/time columns get Postgres's operators, aggregates and result types (see {@link TypedTranslation}).
 * Statements naming no table with metadata are returned as they are.
 */
public final class TypedStatements {
    private TypedStatements() {}

    public static PgStatement.Sql typed(Connection connection, PgStatement.Sql statement) {
        String verb = statement.tag().verb();
        if (!(verb.equals("SELECT") || verb.equals("INSERT") || verb.equals("UPDATE") || verb.equals("DELETE"))) {
            return statement;
        }
        Map<String, List<TargetColumn>> cache = new HashMap<>();
        ColumnTypes columns = ColumnScope.of(statement.source(), table -> cache.computeIfAbsent(table, t -> {
            try {
                List<TargetColumn> user = WriteTargets.columnsOf(connection, t);
                return user != null ? user : catalogColumns(connection, t);
            } catch (SQLException e) {
                return null;
            }
        }));
        return columns == null ? statement : TypedTranslation.withColumnTypes(statement, withKeys(connection, columns));
    }

    /** {@code columns} that also know each table's primary key (for the grouping check's functional dependency). */
    private static ColumnTypes withKeys(Connection connection, ColumnTypes columns) {
        return new ColumnTypes() {
            @Override
            public dev.impostgres.translator.types.PgType of(String qualifier, String name) {
                return columns.of(qualifier, name);
            }

            @Override
            public List<String> columnNames(String relation) {
                return columns.columnNames(relation);
            }

            @Override
            public List<String> primaryKey(String table) {
                List<String> key = new java.util.ArrayList<>();
                try (var ps = connection.prepareStatement("SELECT 1, a.attname FROM _pg_class c "
                        + "LEFT JOIN _pg_constraint k ON k.conrelid = c.oid AND k.contype = 'p' "
                        + "LEFT JOIN json_each('[' || k.conkey || ']') n "
                        + "LEFT JOIN _pg_attribute a ON a.attrelid = c.oid AND a.attnum = n.value "
                        + "WHERE c.sqlite_name = ? AND c.relkind = 'r'")) {
                    ps.setString(1, table);
                    boolean found = false;
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found = true;
                            if (rs.getString(2) != null) key.add(rs.getString(2));
                        }
                    }
                    return found ? key : null;
                } catch (SQLException e) {
                    return null;
                }
            }
        };
    }

    /**
     * The columns of a pg_catalog relation (the attached catalog database declares them with Postgres's type
     * names), so catalog queries get typed too: a bool column is true/false in json_build_object.
     */
    private static List<TargetColumn> catalogColumns(Connection connection, String table) throws SQLException {
        if (!table.startsWith("pg_")) return null;
        List<TargetColumn> columns = new java.util.ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT name, type FROM pragma_table_info(?, 'pg_catalog')")) {
            ps.setString(1, table);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    String declared = rs.getString(2).replace("\"", "");
                    dev.impostgres.translator.types.PgType type = dev.impostgres.translator.types.PgTypes.byName(declared);
                    columns.add(new TargetColumn(rs.getString(1), type == null ? 0 : type.oid(), -1));
                }
            }
        }
        return columns.isEmpty() ? null : columns;
    }
}
