package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.sql.Lexer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * A TEMP table hides a permanent table of the same name from unqualified references, in Postgres and in SQLite
 * alike, but {@code public.t} still names the permanent one. The translator (schema-free) writes {@code public.t}
 * as {@code "t" AS "t"}, which SQLite would resolve to the TEMP table; when this session has a TEMP table named
 * like a public one the statement qualifies, those references become {@code main."t"}.
 */
public final class TempShadowing {
    private TempShadowing() {}

    public static PgStatement.Sql apply(Connection connection, PgStatement.Sql statement) throws SQLException {
        if (!statement.source().toLowerCase(java.util.Locale.ROOT).contains("public")) return statement;
        Catalog catalog = new Catalog(connection, null);
        if (catalog.queryLong("SELECT 1 FROM temp.sqlite_schema WHERE type IN ('table', 'view') LIMIT 1") == null) {
            return statement;
        }
        Set<String> shadowed = new HashSet<>();
        for (TablePositions.Reference ref : TablePositions.of(Lexer.tokenize(statement.source()))) {
            if ("public".equals(ref.schema()) && catalog.queryLong("SELECT 1 FROM temp.sqlite_schema WHERE name = ?",
                    ref.name()) != null) {
                shadowed.add(ref.name());
            }
        }
        String sqlite = statement.sqlite();
        for (String name : shadowed) {
            String quoted = Catalog.quote(name);
            sqlite = sqlite.replace(quoted + " AS " + quoted, "main." + quoted + " AS " + quoted);
        }
        if (sqlite.equals(statement.sqlite())) return statement;
        return new PgStatement.Sql(statement.source(), sqlite, statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), statement.columnTypes());
    }
}
