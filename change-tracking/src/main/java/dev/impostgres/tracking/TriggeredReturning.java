package dev.impostgres.tracking;

import dev.impostgres.translator.rules.TokenNav;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * RETURNING on a table with emulated BEFORE row triggers. Their {@code NEW.col := …} assignments run as SQLite AFTER
 * triggers, and SQLite computes RETURNING before AFTER triggers run, so the client would see the row without the
 * trigger's changes (zero-cache's {@code UPDATE permissions … RETURNING hash} reads the hash a trigger sets). Such a
 * statement runs with {@code RETURNING rowid}, and the RETURNING list is then evaluated over each written row, as
 * Postgres returns the row as stored. Applies to INSERT and UPDATE whose RETURNING names only the target table.
 */
final class TriggeredReturning {
    private TriggeredReturning() {}

    /** The write split in two, or null when the statement has no such trigger or RETURNING shape. */
    record Plan(String writeReturningRowid, String selectByRowid) {}

    static Plan plan(Connection connection, String sqlite) throws SQLException {
        List<Token> tokens = Lexer.tokenize(sqlite);
        int first = TokenNav.nextSig(tokens, -1);
        if (first < 0) return null;
        boolean insert = tokens.get(first).is("insert");
        if (!insert && !tokens.get(first).is("update")) return null;
        int returning = topLevel(tokens, "returning");
        if (returning < 0) return null;
        int name = insert ? TokenNav.nextSig(tokens, TokenNav.nextSig(tokens, first)) : TokenNav.nextSig(tokens, first);
        if (name < 0) return null;
        if (!insert && tokens.get(name).is("or")) return null; // UPDATE OR …: leave as is
        Token table = tokens.get(name);
        if (table.kind() != Token.Kind.IDENT && table.kind() != Token.Kind.QUOTED_IDENT) return null;
        if (!insert && topLevel(tokens, "from") >= 0) return null; // RETURNING may name the FROM tables
        if (!hasEmulatedTrigger(connection, table.identifier(), insert ? "insert" : "update")) return null;
        // target [AS alias]
        int end = name;
        int after = TokenNav.nextSig(tokens, name);
        if (after >= 0 && tokens.get(after).is("as")) end = TokenNav.nextSig(tokens, after);
        StringBuilder target = new StringBuilder();
        for (int k = name; k <= end; k++) target.append(tokens.get(k).text());
        StringBuilder write = new StringBuilder();
        for (int k = 0; k <= returning; k++) write.append(tokens.get(k).text());
        StringBuilder items = new StringBuilder();
        for (int k = returning + 1; k < tokens.size(); k++) {
            if (tokens.get(k).isPunct(";")) break;
            items.append(tokens.get(k).text());
        }
        return new Plan(write + " rowid", "SELECT " + items + " FROM " + target + " WHERE rowid = ?");
    }

    /** Runs the plan; the rows in the order the write returned them. */
    static List<Object[]> run(Connection connection, Plan plan, PreparedStatement write, int width) throws SQLException {
        List<Long> rowids = new ArrayList<>();
        try (ResultSet rs = write.executeQuery()) {
            while (rs.next()) rowids.add(rs.getLong(1));
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(plan.selectByRowid())) {
            for (long rowid : rowids) {
                select.setLong(1, rowid);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) continue;
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) row[i] = rs.getObject(i + 1);
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static boolean hasEmulatedTrigger(Connection connection, String table, String event) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'trigger' "
                + "AND tbl_name = ? AND name LIKE '\\_pg\\_trigger\\_%\\_' || ? ESCAPE '\\'")) {
            ps.setString(1, table);
            ps.setString(2, event);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int topLevel(List<Token> tokens, String word) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.is(word)) return i;
        }
        return -1;
    }
}
