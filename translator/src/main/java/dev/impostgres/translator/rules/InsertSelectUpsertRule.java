package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.List;

/**
 * {@code INSERT INTO t … SELECT … ON CONFLICT …}: SQLite's grammar reads the {@code ON} after a SELECT's FROM clause
 * as a join constraint ("syntax error near DO"); its documentation asks for a WHERE clause to end the SELECT. Wrapping
 * the source as {@code SELECT * FROM (source) WHERE true} does that without touching the SELECT itself (its WHERE,
 * GROUP BY, ORDER BY or LIMIT stay as they are), and keeps its column order. VALUES sources are unambiguous.
 */
public final class InsertSelectUpsertRule implements RewriteRule {
    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("conflict")) && ctx.any(t -> t.is("insert"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> t = ctx.tokens();
        int insert = topLevel(t, 0, "insert");
        if (insert < 0) return;
        int conflict = -1;
        for (int on = topLevel(t, insert, "on"); on >= 0; on = topLevel(t, on + 1, "on")) {
            int next = TokenNav.nextSig(t, on);
            if (next >= 0 && t.get(next).is("conflict")) {
                conflict = on;
                break;
            }
        }
        if (conflict < 0) return;
        int source = sourceStart(t, insert, conflict);
        if (source < 0) return;
        t.add(conflict, new Token(Kind.IDENT, ") WHERE true ", -1));
        t.add(source, new Token(Kind.IDENT, "SELECT * FROM (", -1));
    }

    /** The first significant token of the INSERT's source when it is a query (SELECT, WITH or a parenthesis). */
    private static int sourceStart(List<Token> t, int insert, int end) {
        int i = TokenNav.nextSig(t, insert); // INTO
        i = i < 0 ? -1 : TokenNav.nextSig(t, i); // the table name, possibly qualified
        while (i >= 0 && i < end) {
            Token k = t.get(i);
            if (k.is("select") || k.is("with")) return i;
            if (k.is("values") || k.is("default")) return -1;
            if (k.isPunct("(")) {
                int first = TokenNav.nextSig(t, i);
                if (first >= 0 && (t.get(first).is("select") || t.get(first).is("with"))) return i;
                i = TokenNav.closingOf(t, i); // the column list
                if (i < 0) return -1;
            }
            i = TokenNav.nextSig(t, i);
        }
        return -1;
    }

    /** The next occurrence of key word {@code word} at parenthesis depth 0 from {@code from}, or -1. */
    private static int topLevel(List<Token> t, int from, String word) {
        int depth = 0;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isPunct("(") || k.isPunct("[")) depth++;
            else if (k.isPunct(")") || k.isPunct("]")) depth--;
            else if (i >= from && depth == 0 && k.is(word)) return i;
        }
        return -1;
    }
}
