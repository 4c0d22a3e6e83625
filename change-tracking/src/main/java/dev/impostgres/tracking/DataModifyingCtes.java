package dev.impostgres.tracking;

import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.rules.TokenNav;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code WITH a AS (DELETE … RETURNING …) SELECT … FROM a} (and INSERT/UPDATE in a WITH item, feeding any main
 * statement). SQLite allows only SELECT in a WITH item, so each data-modifying item runs first, in order, as its own
 * statement (with the WITH items before it), its RETURNING rows kept in a temporary table that the item then reads
 * from; the main statement runs last. Each item runs exactly once, as in Postgres. One difference: in Postgres the
 * main statement and the items share one snapshot, so the main statement does not see the items' own changes to
 * their tables (only their RETURNING rows); here it does. Items and main statement run in the caller's transaction.
 */
final class DataModifyingCtes {
    private DataModifyingCtes() {}

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** One WITH item: its text range in the source, its name part ({@code name [(cols)]}), its body range. */
    record Item(int start, int end, String head, int bodyStart, int bodyEnd, boolean modifying) {}

    /** The statement's WITH items when one of them modifies data, else null. */
    static List<Item> items(String source) {
        if (!source.toLowerCase(java.util.Locale.ROOT).contains("with")) return null;
        List<Token> t = Lexer.tokenize(source);
        int k = TokenNav.nextSig(t, -1);
        if (k < 0 || !t.get(k).is("with")) return null;
        k = TokenNav.nextSig(t, k);
        if (k < 0 || t.get(k).is("recursive")) return null;
        List<Item> items = new ArrayList<>();
        boolean any = false;
        while (k >= 0) {
            int start = k;
            int as = k;
            while (as >= 0 && !t.get(as).is("as")) as = TokenNav.nextSig(t, as);
            if (as < 0) return null;
            String head = text(source, t, start, TokenNav.prevSig(t, as));
            int open = TokenNav.nextSig(t, as);
            while (open >= 0 && !t.get(open).isPunct("(")) open = TokenNav.nextSig(t, open); // [NOT] MATERIALIZED
            if (open < 0) return null;
            int close = TokenNav.closingOf(t, open);
            if (close < 0) return null;
            int first = TokenNav.nextSig(t, open);
            boolean modifying = first >= 0 && (t.get(first).is("insert") || t.get(first).is("update")
                    || t.get(first).is("delete"));
            any |= modifying;
            items.add(new Item(t.get(start).start(), t.get(close).end(), head, t.get(open).end(),
                    t.get(close).start(), modifying));
            k = TokenNav.nextSig(t, close);
            if (k >= 0 && t.get(k).isPunct(",")) {
                k = TokenNav.nextSig(t, k);
                continue;
            }
            break;
        }
        return any ? items : null;
    }

    static QueryResult run(Connection connection, PgStatement.Sql statement, List<Item> items, List<Object> parameters,
                           Consumer<PgNotice> notices) throws SQLException {
        String source = statement.source();
        List<String> definitions = new ArrayList<>();
        List<String> temporary = new ArrayList<>();
        try {
            for (Item item : items) {
                String body = source.substring(item.bodyStart(), item.bodyEnd());
                if (!item.modifying()) {
                    definitions.add(source.substring(item.start(), item.end()));
                    continue;
                }
                String sub = (definitions.isEmpty() ? "" : "WITH " + String.join(", ", definitions) + " ") + body.strip();
                QueryResult result = StatementExecutor.run(connection, translated(sub, tagOf(body)), parameters, notices);
                String table = "_pg_cte_" + SEQUENCE.incrementAndGet();
                temporary.add(table);
                keep(connection, table, result);
                definitions.add(item.head() + " AS (SELECT * FROM " + quote(table) + ")");
            }
            Item last = items.get(items.size() - 1);
            String main = "WITH " + String.join(", ", definitions) + " " + source.substring(last.end()).strip();
            return StatementExecutor.run(connection, translated(main, statement.tag(), statement), parameters, notices);
        } finally {
            try (Statement s = connection.createStatement()) {
                for (String table : temporary) s.execute("DROP TABLE IF EXISTS temp." + quote(table));
            }
        }
    }

    /**
     * The statement to describe (Parse/Describe before any Execute): each data-modifying item replaced by a query
     * of its RETURNING list over its target table that returns no rows, so the main statement's columns and
     * parameters come out as they will on execution.
     */
    static PgStatement.Sql forDescribe(PgStatement.Sql statement, List<Item> items) {
        String source = statement.source();
        List<String> definitions = new ArrayList<>();
        for (Item item : items) {
            String body = source.substring(item.bodyStart(), item.bodyEnd());
            definitions.add(item.modifying() ? item.head() + " AS (" + returningShape(body) + ")"
                    : source.substring(item.start(), item.end()));
        }
        String main = "WITH " + String.join(", ", definitions) + " " + source.substring(items.get(items.size() - 1).end()).strip();
        return translated(main, statement.tag(), statement);
    }

    /** {@code SELECT <returning list> FROM <target> WHERE false} for INSERT/UPDATE/DELETE … RETURNING. */
    private static String returningShape(String body) {
        List<Token> t = Lexer.tokenize(body);
        int verb = TokenNav.nextSig(t, -1);
        int k = TokenNav.nextSig(t, verb);
        if (t.get(verb).is("insert") || t.get(verb).is("delete")) k = TokenNav.nextSig(t, k); // INTO / FROM
        int nameStart = k;
        int nameEnd = k;
        while (TokenNav.nextSig(t, nameEnd) >= 0 && t.get(TokenNav.nextSig(t, nameEnd)).isPunct(".")) nameEnd = TokenNav.nextSig(t, TokenNav.nextSig(t, nameEnd));
        int after = TokenNav.nextSig(t, nameEnd);
        if (after >= 0 && t.get(after).is("as")) nameEnd = TokenNav.nextSig(t, after);
        else if (after >= 0 && (t.get(after).kind() == Token.Kind.IDENT || t.get(after).kind() == Token.Kind.QUOTED_IDENT)
                && !java.util.Set.of("set", "where", "using", "returning", "values", "select", "default", "overriding")
                .contains(t.get(after).text().toLowerCase(java.util.Locale.ROOT))) {
            nameEnd = after;
        }
        int depth = 0;
        int returning = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isPunct("(")) depth++;
            else if (t.get(i).isPunct(")")) depth--;
            else if (depth == 0 && t.get(i).is("returning")) returning = i;
        }
        if (returning < 0) return "SELECT WHERE false";
        return "SELECT " + body.substring(t.get(returning).end()).strip() + " FROM "
                + body.substring(t.get(nameStart).start(), t.get(nameEnd).end()) + " WHERE false";
    }

    /** The item's RETURNING rows in a temporary table with the same column names. */
    private static void keep(Connection connection, String table, QueryResult result) throws SQLException {
        if (result.columns() == null || result.columns().isEmpty()) {
            throw new dev.impostgres.translator.error.PgException("42P10",
                    "WITH query used in a data-modifying statement must have a RETURNING clause");
        }
        List<String> names = new ArrayList<>();
        for (ResultColumn c : result.columns()) names.add(quote(c.name()));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TEMP TABLE " + quote(table) + " (" + String.join(", ", names) + ")");
        }
        String marks = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO temp." + quote(table) + " VALUES ("
                + marks + ")")) {
            for (Object[] row : result.rows()) {
                for (int i = 0; i < row.length; i++) insert.setObject(i + 1, row[i]);
                insert.executeUpdate();
            }
        }
    }

    private static CommandTag tagOf(String body) {
        String verb = Lexer.significant(Lexer.tokenize(body)).get(0).text().toUpperCase(java.util.Locale.ROOT);
        return verb.equals("INSERT") ? CommandTag.INSERT : verb.equals("UPDATE") ? CommandTag.UPDATE : CommandTag.DELETE;
    }

    private static PgStatement.Sql translated(String sql, CommandTag tag) {
        return translated(sql, tag, null);
    }

    private static PgStatement.Sql translated(String sql, CommandTag tag, PgStatement.Sql like) {
        boolean returnsRows = like == null || like.returnsRows();
        PgStatement.Sql fresh = new PgStatement.Sql(sql, sql, tag, returnsRows, true,
                like == null ? List.of() : like.parameterTypes(), like == null ? List.of() : like.columnTypes());
        PgStatement.Sql t = TypedTranslation.withColumnTypes(fresh, ColumnTypes.NONE);
        return new PgStatement.Sql(sql, t.sqlite(), tag, returnsRows, true, fresh.parameterTypes(), t.columnTypes(),
                t.columnTypmods());
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String text(String source, List<Token> t, int from, int to) {
        return source.substring(t.get(from).start(), t.get(to).end());
    }
}
