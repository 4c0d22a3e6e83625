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
                return WriteTargets.columnsOf(connection, t);
            } catch (SQLException e) {
                return null;
            }
        }));
        return columns == null ? statement : TypedTranslation.withColumnTypes(statement, columns);
    }
}
