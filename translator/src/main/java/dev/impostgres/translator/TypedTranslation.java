package dev.impostgres.translator;

import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.sql.SqlSplitter;
import java.util.List;

/**
 * Translates a statement again knowing the declared types of the columns it names: the typed rewrites (numeric,
 * integer and date/time operators, sum/avg, pg_typeof, extract …) and the result-column types then also apply to
 * columns. The plain translation is cached and schema-free; the executor calls this with the schema metadata.
 */
public final class TypedTranslation {
    private TypedTranslation() {}

    /** {@code statement} with its SQLite text and column types recomputed; the statement itself if nothing changed. */
    public static PgStatement.Sql withColumnTypes(PgStatement.Sql statement, ColumnTypes columns) {
        List<SqlSplitter.Piece> pieces = SqlSplitter.split(statement.source());
        if (pieces.size() != 1) return statement;
        PgStatement typed = StatementTranslator.translate(statement.source(), pieces.get(0), columns);
        if (!(typed instanceof PgStatement.Sql sql)) return statement;
        if (sql.sqlite().equals(statement.sqlite()) && java.util.Objects.equals(sql.columnTypes(), statement.columnTypes())) {
            return statement;
        }
        return new PgStatement.Sql(statement.source(), sql.sqlite(), statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), sql.columnTypes(), sql.columnTypmods());
    }
}
