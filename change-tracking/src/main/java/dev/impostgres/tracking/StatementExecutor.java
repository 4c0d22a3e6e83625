package dev.impostgres.tracking;

import dev.impostgres.tracking.schema.DdlRunner;
import dev.impostgres.tracking.schema.PublishedWrites;
import dev.impostgres.tracking.schema.TypedStatements;
import dev.impostgres.tracking.schema.WriteTargets;
import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares, binds and runs one translated statement on a SQLite connection and collects its result. Knows nothing
 * about transactions; {@link SqliteSession} decides where the statement runs.
 */
final class StatementExecutor {
    private StatementExecutor() {}

    static QueryResult run(Connection connection, PgStatement.Sql statement, List<Object> parameters)
            throws SQLException {
        return run(connection, statement, parameters, notice -> { });
    }

    /** As above; DDL that the schema metadata handles runs through {@link DdlRunner}, its NOTICEs to {@code notices}. */
    static QueryResult run(Connection connection, PgStatement.Sql untyped, List<Object> parameters,
                           java.util.function.Consumer<PgNotice> notices) throws SQLException {
        List<DataModifyingCtes.Item> ctes = DataModifyingCtes.items(untyped.source());
        if (ctes != null) return DataModifyingCtes.run(connection, untyped, ctes, parameters, notices);
        DdlCommand ddl = DdlStatements.command(untyped);
        if (ddl != null) {
            DdlRunner.run(connection, null, ddl, notices, untyped.sqlite());
            return new QueryResult(null, List.of(), untyped.tag(), 0);
        }
        QueryResult createdAs = CreateTableAs.run(connection, untyped, notices);
        if (createdAs != null) return createdAs;
        dev.impostgres.tracking.schema.IdentifierCase.check(connection, untyped);
        untyped = dev.impostgres.tracking.schema.CaseDistinctNames.rewrite(connection, untyped);
        PgStatement.Sql statement = dev.impostgres.tracking.schema.TempShadowing.apply(connection,
                TypedStatements.typed(connection, dev.impostgres.tracking.schema.ViewWrites.rewrite(connection,
                        dev.impostgres.tracking.schema.SqlFunctionCalls.inline(connection,
                        dev.impostgres.tracking.schema.DomainCasts.rewrite(connection, untyped)))));
        PublishedWrites.check(connection, statement);
        String sql = WriteTargets.bind(connection, statement);
        String verb = statement.tag().verb();
        TriggeredReturning.Plan triggered = statement.returnsRows() && (verb.equals("INSERT") || verb.equals("UPDATE"))
                ? TriggeredReturning.plan(connection, sql) : null;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, parameters);
            List<ResultColumns.Raw> raw = ResultColumns.raw(ps);
            if (triggered != null && !raw.isEmpty()) {
                List<Object[]> rows;
                try (PreparedStatement write = connection.prepareStatement(triggered.writeReturningRowid())) {
                    bind(write, parameters);
                    rows = TriggeredReturning.run(connection, triggered, write, raw.size());
                }
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) row[i] = storageValue(row[i]);
                }
                return new QueryResult(ResultColumns.describe(raw, ResultColumns.origins(connection, raw),
                        userTypes(connection, statement.columnTypes()), statement.columnTypmods(), rows), rows, statement.tag(), rows.size());
            }
            if (raw.isEmpty()) {
                long changes = ps.executeUpdate();
                long count = statement.tag().style() == CommandTag.Style.PLAIN ? 0 : changes;
                return new QueryResult(statement.returnsRows() ? List.of() : null, List.of(), statement.tag(), count);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int width = raw.size();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) row[i] = storageValue(rs.getObject(i + 1));
                    rows.add(row);
                }
            }
            if (noColumns(raw)) {
                rows.replaceAll(row -> new Object[0]);
                return new QueryResult(List.of(), rows, statement.tag(), rows.size());
            }
            return new QueryResult(ResultColumns.describe(raw, ResultColumns.origins(connection, raw),
                    userTypes(connection, statement.columnTypes()), statement.columnTypmods(), rows), rows, statement.tag(),
                    rows.size());
        }
    }

    static List<ResultColumn> describe(Connection connection, PgStatement.Sql untyped) throws SQLException {
        List<DataModifyingCtes.Item> ctes = DataModifyingCtes.items(untyped.source());
        if (ctes != null) untyped = DataModifyingCtes.forDescribe(untyped, ctes);
        untyped = dev.impostgres.tracking.schema.CaseDistinctNames.rewrite(connection, untyped);
        PgStatement.Sql statement = TypedStatements.typed(connection,
                dev.impostgres.tracking.schema.SqlFunctionCalls.inline(connection,
                        dev.impostgres.tracking.schema.DomainCasts.rewrite(connection, untyped)));
        try (PreparedStatement ps = connection.prepareStatement(statement.sqlite())) {
            List<ResultColumns.Raw> raw = ResultColumns.raw(ps);
            if (noColumns(raw)) return List.of();
            return ResultColumns.describe(raw, ResultColumns.origins(connection, raw),
                    userTypes(connection, statement.columnTypes()), statement.columnTypmods(), List.of());
        }
    }

    /**
     * A result type the translator could only name (OID 0: an enum, or "_enum" for its array, from enum_range)
     * gets the OID the metadata gives it; text if there is no such enum.
     */
    private static List<dev.impostgres.translator.types.PgType> userTypes(Connection connection,
            List<dev.impostgres.translator.types.PgType> hints) {
        if (hints == null || hints.stream().noneMatch(t -> t != null && t.oid() == 0 && t.name() != null)) return hints;
        List<dev.impostgres.translator.types.PgType> out = new ArrayList<>(hints);
        for (int i = 0; i < out.size(); i++) {
            dev.impostgres.translator.types.PgType t = out.get(i);
            if (t == null || t.oid() != 0 || t.name() == null) continue;
            boolean array = t.name().startsWith("_");
            long[] oids = dev.impostgres.tracking.schema.EnumLabels.oidsOf(connection, array ? t.name().substring(1) : t.name());
            out.set(i, oids == null ? dev.impostgres.translator.types.PgTypes.TEXT : array
                    // no element OID: the codecs print it as its text, as they do an enum column's values
                    ? new dev.impostgres.translator.types.PgType((int) oids[1], t.name(), (short) -1, 0, 0)
                    : new dev.impostgres.translator.types.PgType((int) oids[0], t.name(), (short) 4, (int) oids[1], 0));
        }
        return out;
    }

    /** An empty Postgres select list, which the translator gives SQLite as one marked column. */
    private static boolean noColumns(List<ResultColumns.Raw> raw) {
        return raw.size() == 1 && dev.impostgres.translator.rules.EmptySelectListRule.NO_COLUMNS.equals(raw.get(0).name());
    }

    /** sqlite-jdbc hands small integers back as Integer; the agreed storage form is Long. */
    private static Object storageValue(Object value) {
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }

    /** Binds by index: parameters.get(0) is ?1. Extra parameters beyond the statement's placeholders are ignored. */
    private static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
        if (parameters == null || parameters.isEmpty()) return;
        int count = Math.min(ps.getParameterMetaData().getParameterCount(), parameters.size());
        for (int i = 0; i < count; i++) {
            Object value = parameters.get(i);
            int index = i + 1;
            if (value == null) ps.setNull(index, Types.NULL);
            else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
                ps.setLong(index, ((Number) value).longValue());
            } else if (value instanceof Double || value instanceof Float) {
                ps.setDouble(index, ((Number) value).doubleValue());
            } else if (value instanceof String s) ps.setString(index, s);
            else if (value instanceof byte[] b) ps.setBytes(index, b);
            else if (value instanceof Boolean b) ps.setLong(index, b ? 1 : 0);
            else {
                throw new PgException(SqlState.INTERNAL_ERROR,
                        "parameter $" + index + " has no SQLite storage form: " + value.getClass().getSimpleName());
            }
        }
    }
}
