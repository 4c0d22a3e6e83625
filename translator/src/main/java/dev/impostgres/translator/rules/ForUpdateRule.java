package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * Row-locking clauses (FOR UPDATE / FOR NO KEY UPDATE / FOR SHARE / FOR KEY SHARE [OF …] [NOWAIT | SKIP LOCKED])
 * are removed: SQLite has no row locks, and the statement is classified as writing, so the session runs it under
 * the single writer lock, which is at least as strong.
 */
public final class ForUpdateRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        return lockClause(tokens) >= 0;
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        int start;
        while ((start = lockClause(tokens)) >= 0) {
            int end = start;
            int k = TokenNav.nextSig(tokens, start);
            while (k >= 0 && !tokens.get(k).isPunct(")") && !tokens.get(k).is("limit")
                    && !tokens.get(k).is("offset")) {
                end = k;
                k = TokenNav.nextSig(tokens, k);
            }
            int from = TokenNav.prevSig(tokens, start) + 1; // also drop the whitespace before FOR
            tokens.subList(from, end + 1).clear();
        }
    }

    /** Index of a FOR that starts a locking clause (at any depth: subqueries may lock too), or -1. */
    private static int lockClause(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("for")) {
                int n = TokenNav.nextSig(tokens, i);
                if (n >= 0 && (tokens.get(n).is("update") || tokens.get(n).is("share") || tokens.get(n).is("no")
                        || tokens.get(n).is("key"))) return i;
            }
        }
        return -1;
    }
}
