package dev.impostgres.tracking;

import dev.impostgres.tracking.schema.Catalog;
import dev.impostgres.tracking.schema.DdlRunner;
import dev.impostgres.tracking.schema.TypedStatements;
import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.ddl.ColumnDef;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlParser;
import dev.impostgres.translator.ddl.SequenceOptions;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * CREATE TABLE … AS and SELECT … INTO. SQLite's own CREATE TABLE AS would give the new table SQLite's column types
 * and no metadata; here the query is described first (the same types RowDescription would report, typmods included),
 * the table is created through the schema metadata with those columns, and the rows go in with INSERT … SELECT.
 * A TEMP table stays SQLite's own, as other temporary tables.
 */
final class CreateTableAs {
    private CreateTableAs() {}

    /** The statement's result, or null when it is neither form. */
    static QueryResult run(Connection connection, PgStatement.Sql statement, Consumer<PgNotice> notices)
            throws SQLException {
        String verb = statement.tag().verb();
        if (statement.returnsRows() || !(verb.equals("SELECT") || verb.equals("CREATE TABLE AS"))) return null;
        DdlCommand.CreateTableAs cmd = verb.equals("SELECT") && statement.source().trim().regionMatches(true, 0,
                "select", 0, 6) ? DdlParser.selectInto(statement.source()) : DdlParser.createTableAs(statement.source());
        if (cmd == null) return null;
        PgStatement.Sql query = TypedStatements.typed(connection, TypedTranslation.withColumnTypes(
                new PgStatement.Sql(cmd.query(), cmd.query(), CommandTag.SELECT, true, false, List.of(), null),
                ColumnTypes.NONE));
        if (cmd.temporary()) {
            return fill(connection, statement, "CREATE TEMP TABLE " + Catalog.quote(cmd.name().name())
                    + columnList(cmd.columns()) + " AS " + query.sqlite() + (cmd.withData() ? "" : " LIMIT 0"));
        }
        List<ResultColumn> described = StatementExecutor.describe(connection, query);
        if (cmd.columns().size() > described.size()) {
            throw new PgException(SqlState.SYNTAX_ERROR, "too many column names were specified");
        }
        List<ColumnDef> columns = new ArrayList<>();
        for (int i = 0; i < described.size(); i++) {
            ResultColumn c = described.get(i);
            String name = i < cmd.columns().size() ? cmd.columns().get(i) : c.name();
            boolean builtin = PgTypes.byOid(c.type().oid()) != null;
            columns.add(new ColumnDef(name, c.type().name(), builtin ? c.type().oid() : 0, c.typmod(), false, false,
                    null, (char) 0, SequenceOptions.NONE, false, null, List.of()));
        }
        Catalog catalog = new Catalog(connection, null);
        boolean existed = catalog.relation(cmd.name()) != null;
        DdlRunner.run(connection, null, new DdlCommand.CreateTable(cmd.name(), cmd.ifNotExists(), false, columns,
                List.of(), null, false, null), notices);
        if (existed || !cmd.withData()) return new QueryResult(null, List.of(), statement.tag(), 0);
        List<String> names = new ArrayList<>();
        for (ColumnDef c : columns) names.add(c.name());
        return fill(connection, statement, "INSERT INTO " + Catalog.quote(catalog.relation(cmd.name()).sqliteName())
                + columnList(names) + " " + query.sqlite());
    }

    private static QueryResult fill(Connection connection, PgStatement.Sql statement, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            long count = st.executeUpdate(sql);
            if (statement.tag().style() == CommandTag.Style.PLAIN) count = 0;
            return new QueryResult(null, List.of(), statement.tag(), count);
        }
    }

    private static String columnList(List<String> columns) {
        if (columns.isEmpty()) return "";
        List<String> quoted = new ArrayList<>();
        for (String c : columns) quoted.add(Catalog.quote(c));
        return " (" + String.join(", ", quoted) + ")";
    }
}
