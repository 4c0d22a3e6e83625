package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.storage.ColumnDefaults;
import dev.impostgres.translator.storage.ParameterTyping;
import dev.impostgres.translator.storage.TargetColumn;
import dev.impostgres.translator.storage.WriteCoercion;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Binds a translated write to the declared types of its target table (see {@link WriteCoercion}). */
public final class WriteTargets {
    private WriteTargets() {}

    /**
     * The SQLite text to run for {@code statement}: parameters compared with columns converted to the columns'
     * types (see {@link ParameterTyping}), INSERT … VALUES items and UPDATE … SET values coerced to their columns'
     * types.
     */
    public static String bind(Connection connection, PgStatement.Sql statement) {
        String verb = statement.tag().verb();
        boolean write = verb.equals("INSERT") || verb.equals("UPDATE");
        if (statement.parameterTypes().isEmpty() && !write) return statement.sqlite();
        Function<String, List<TargetColumn>> columns = columnsOf(connection);
        String sqlite = statement.parameterTypes().isEmpty() ? statement.sqlite()
                : ParameterTyping.infer(statement.sqlite(), columns).sqlite();
        if (verb.equals("INSERT")) {
            sqlite = OnConflictConstraint.resolve(connection, sqlite);
            return WriteCoercion.insertValues(ColumnDefaults.insert(sqlite, defaultsOf(connection)), columns);
        }
        if (verb.equals("UPDATE")) {
            return WriteCoercion.updateSet(ColumnDefaults.update(sqlite, defaultsOf(connection)), columns);
        }
        return sqlite;
    }

    /**
     * The types of {@code statement}'s parameters as Postgres would report them in ParameterDescription: explicit
     * casts first, else inferred from the columns they are compared with or assigned to, else 0 (unknown).
     */
    public static List<Integer> parameterTypes(Connection connection, PgStatement.Sql statement) {
        List<Integer> explicit = statement.parameterTypes();
        if (explicit.isEmpty() || !explicit.contains(0)) return explicit;
        List<ParameterTyping.ParameterType> inferred =
                ParameterTyping.infer(statement.sqlite(), columnsOf(connection)).types();
        List<Integer> out = new ArrayList<>(explicit.size());
        for (int i = 0; i < explicit.size(); i++) {
            ParameterTyping.ParameterType type = i < inferred.size() ? inferred.get(i) : null;
            out.add(explicit.get(i) != 0 || type == null ? explicit.get(i) : type.typeOid());
        }
        return out;
    }

    /** Column lookups for one statement, each table read once; null for a table without metadata. */
    private static Function<String, List<TargetColumn>> columnsOf(Connection connection) {
        Map<String, List<TargetColumn>> cache = new HashMap<>();
        return table -> {
            if (cache.containsKey(table)) return cache.get(table);
            List<TargetColumn> columns;
            try {
                columns = columnsOf(connection, table);
            } catch (SQLException e) {
                columns = null; // no metadata readable: SQLite's own affinity applies
            }
            cache.put(table, columns);
            return columns;
        };
    }

    /** Each column's SQLite default (as SQLite itself stores it), identity and generated kind; null without metadata. */
    private static Function<String, List<ColumnDefaults.DefaultColumn>> defaultsOf(Connection connection) {
        return table -> {
            List<ColumnDefaults.DefaultColumn> columns = new ArrayList<>();
            try (var ps = connection.prepareStatement("SELECT a.attname, p.dflt_value, a.attidentity, a.attgenerated "
                    + "FROM _pg_class c JOIN _pg_attribute a ON a.attrelid = c.oid "
                    + "LEFT JOIN pragma_table_info(c.sqlite_name) p ON p.name = a.attname "
                    + "WHERE c.sqlite_name = ? AND c.relkind = 'r' ORDER BY a.attnum")) {
                ps.setString(1, table);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        columns.add(new ColumnDefaults.DefaultColumn(rs.getString(1), rs.getString(2),
                                rs.getString(3) == null ? "" : rs.getString(3), "s".equals(rs.getString(4))));
                    }
                }
            } catch (SQLException e) {
                return null;
            }
            return columns.isEmpty() ? null : columns;
        };
    }

    static List<TargetColumn> columnsOf(Connection connection, String sqliteTable) throws SQLException {
        List<TargetColumn> columns = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT a.attname, a.atttypid, a.atttypmod, a.attgenerated "
                + "FROM _pg_class c JOIN _pg_attribute a ON a.attrelid = c.oid WHERE c.sqlite_name = ? "
                + "AND c.relkind IN ('r', 'S') ORDER BY a.attnum")) { // a sequence reads as a relation too
            ps.setString(1, sqliteTable);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) columns.add(new TargetColumn(rs.getString(1), rs.getInt(2), rs.getInt(3)));
            }
        }
        return columns.isEmpty() ? null : columns;
    }
}
