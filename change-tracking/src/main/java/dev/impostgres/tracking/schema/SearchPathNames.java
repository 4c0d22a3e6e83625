package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A session's {@code SET search_path} applied to a query or DML statement: each unqualified relation name in a table
 * position resolves to the first schema of the path that has it, and is written qualified so the (schema-free,
 * cached) translation reaches that schema's SQLite table. Names the path finds in public, or not at all, stay as
 * they are (public's tables keep their plain SQLite names; SQLite then reports a missing one).
 */
public final class SearchPathNames {
    private SearchPathNames() {}

    public static final String DEFAULT = "\"$user\", public";

    private static final Set<String> VERBS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");

    /** The schemas of a search_path setting, in order ("$user" as {@code user}, pg_catalog and pg_temp left out). */
    static List<String> schemas(String searchPath, String user) {
        List<String> out = new ArrayList<>();
        for (String part : searchPath.split(",")) {
            String s = part.trim();
            if (s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2) s = s.substring(1, s.length() - 1);
            else s = s.toLowerCase(Locale.ROOT);
            if (s.equals("$user")) s = user;
            if (s == null || s.isEmpty() || s.equals("pg_catalog") || s.startsWith("pg_temp")) continue;
            out.add(s);
        }
        return out;
    }

    /** {@code statement} with its unqualified relation names resolved through {@code searchPath}. */
    public static PgStatement.Sql resolve(Connection connection, PgStatement.Sql statement, String searchPath,
                                          String user) throws SQLException {
        if (searchPath == null || searchPath.equals(DEFAULT) || !VERBS.contains(statement.tag().verb())) {
            return statement;
        }
        List<String> path = schemas(searchPath, user);
        Catalog catalog = new Catalog(connection, null);
        List<Token> tokens = Lexer.tokenize(statement.source());
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        int copied = 0;
        for (TablePositions.Reference ref : TablePositions.of(tokens)) {
            if (ref.schema() != null) continue;
            String schema = firstSchemaWith(catalog, path, ref.name());
            if (schema == null || schema.equals("public")) continue;
            for (int k = copied; k < ref.from(); k++) b.append(tokens.get(k).text());
            b.append(Catalog.quote(schema)).append('.').append(Catalog.quote(ref.name()));
            copied = ref.to() + 1;
            changed = true;
        }
        for (int k = copied; k < tokens.size(); k++) b.append(tokens.get(k).text());
        if (!changed) return statement;
        String source = b.toString();
        PgStatement.Sql translated = TypedTranslation.withColumnTypes(new PgStatement.Sql(source, source,
                statement.tag(), statement.returnsRows(), statement.writes(), statement.parameterTypes(),
                statement.columnTypes()), ColumnTypes.NONE);
        return new PgStatement.Sql(source, translated.sqlite(), statement.tag(), statement.returnsRows(),
                statement.writes(), statement.parameterTypes(), statement.columnTypes());
    }

    private static String firstSchemaWith(Catalog catalog, List<String> path, String name) throws SQLException {
        for (String schema : path) {
            if (catalog.queryLong("SELECT 1 FROM _pg_class c JOIN _pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'v', 'S')", schema, name) != null) {
                return schema;
            }
        }
        return null;
    }
}
