package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
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
    private static final Set<String> TABLE_POSITION = Set.of("from", "join", "into", "update", "table", "only");
    private static final Set<String> CLAUSE_END = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "returning", "set", "values", "select", "on", "using", "fetch",
            "for");

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
        Set<String> cteNames = cteNames(tokens);
        StringBuilder b = new StringBuilder();
        boolean changed = false, inFromList = false;
        int depth = 0, fromDepth = 0;
        Token previous = null, beforePrevious = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.text();
            if (!t.isTrivia()) {
                if (t.isPunct("(")) depth++;
                if (t.isPunct(")") && --depth < fromDepth) inFromList = false;
                if (t.kind() == Token.Kind.IDENT && CLAUSE_END.contains(t.identifier())) inFromList = false;
                boolean tablePosition = previous != null && (previous.kind() == Token.Kind.IDENT
                        && TABLE_POSITION.contains(previous.identifier())
                        || inFromList && depth == fromDepth && previous.isPunct(","));
                if (previous != null && previous.is("from")) {
                    inFromList = true;
                    fromDepth = depth;
                }
                int next = nextSignificant(tokens, i);
                boolean qualified = next >= 0 && tokens.get(next).isPunct(".")
                        || previous != null && previous.isPunct(".");
                boolean call = next >= 0 && tokens.get(next).isPunct("(") && !(previous != null && previous.is("into"));
                if (tablePosition && isName(t) && !qualified && !call && !cteNames.contains(t.identifier())
                        && !(beforePrevious != null && beforePrevious.isPunct("."))) {
                    String schema = firstSchemaWith(catalog, path, t.identifier());
                    if (schema != null && !schema.equals("public")) {
                        text = Catalog.quote(schema) + "." + Catalog.quote(t.identifier());
                        changed = true;
                    }
                }
                beforePrevious = previous;
                previous = t;
            }
            b.append(text);
        }
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

    /** Names a WITH clause defines ({@code name [(…)] AS (}), which are never relations of a schema. */
    private static Set<String> cteNames(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        List<Token> sig = Lexer.significant(tokens);
        for (int k = 0; k + 2 < sig.size(); k++) {
            if (isName(sig.get(k)) && sig.get(k + 1).is("as") && sig.get(k + 2).isPunct("(")) {
                out.add(sig.get(k).identifier());
            }
        }
        return out;
    }

    private static int nextSignificant(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }
}
