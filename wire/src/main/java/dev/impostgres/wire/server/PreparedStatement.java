package dev.impostgres.wire.server;

import dev.impostgres.tracking.ResultColumn;
import dev.impostgres.translator.PgStatement;
import java.util.List;

/**
 * A statement made by Parse. {@code parameterTypes} merges the types the client gave with those we inferred
 * (0 = still unknown). {@code describedColumns} is set once Describe told the client the row shape, so every
 * later execution encodes with exactly the types the client was promised.
 */
final class PreparedStatement {
    final String name;
    final PgStatement statement;
    final List<Integer> parameterTypes;
    List<ResultColumn> describedColumns;

    PreparedStatement(String name, PgStatement statement, List<Integer> parameterTypes) {
        this.name = name;
        this.statement = statement;
        this.parameterTypes = parameterTypes;
    }
}
