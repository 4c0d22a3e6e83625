package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * Postgres sorts NULL as larger than every value (NULLS LAST ascending, NULLS FIRST descending); SQLite sorts it as
 * smaller. Every ORDER BY key without an explicit NULLS FIRST/LAST (statement, subquery, window or aggregate) gets
 * Postgres's placement spelled out.
 */
public final class OrderByNullsRule implements RewriteRule {
    /** Words that end an ORDER BY list at its own depth. */
    private static final Set<String> LIST_END = Set.of("limit", "offset", "fetch", "for", "rows", "range", "groups",
            "union", "except", "intersect", "window", "returning", "on", "using");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("order"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("order")) continue;
            int by = TokenNav.nextSig(tokens, i);
            if (by < 0 || !tokens.get(by).is("by")) continue;
            int k = TokenNav.nextSig(tokens, by);
            while (k >= 0) {
                int end = keyEnd(tokens, k); // index after the key's last significant token
                if (end <= k) break;
                int inserted = placeNulls(tokens, k, end);
                int next = TokenNav.nextSig(tokens, end - 1 + inserted);
                if (next < 0 || !tokens.get(next).isPunct(",")) break;
                k = TokenNav.nextSig(tokens, next);
            }
        }
    }

    /** Index after the last significant token of the key starting at {@code start}. */
    private static int keyEnd(List<Token> tokens, int start) {
        int depth = 0;
        int last = -1;
        for (int k = start; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && (t.isPunct(",") || t.isPunct(";") || LIST_END.contains(word(t)))) break;
            last = k;
        }
        return last + 1;
    }

    /** Appends the NULLS placement to the key in [start, end) unless given; returns the number of tokens added. */
    private static int placeNulls(List<Token> tokens, int start, int end) {
        boolean descending = false;
        for (int k = start; k < end; k++) {
            if (tokens.get(k).is("nulls")) return 0;
        }
        int last = TokenNav.prevSig(tokens, end);
        if (tokens.get(last).is("desc")) descending = true;
        Token at = tokens.get(last);
        tokens.add(end, new Token(Token.Kind.IDENT, descending ? "FIRST" : "LAST", at.end()));
        tokens.add(end, new Token(Token.Kind.WHITESPACE, " ", at.end()));
        tokens.add(end, new Token(Token.Kind.IDENT, "NULLS", at.end()));
        tokens.add(end, new Token(Token.Kind.WHITESPACE, " ", at.end()));
        return 4;
    }

    private static String word(Token t) {
        return t.kind() == Token.Kind.IDENT ? t.text().toLowerCase() : "";
    }
}
