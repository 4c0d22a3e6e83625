package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * A LIKE pattern without an ESCAPE clause escapes with a backslash in Postgres; SQLite's LIKE has no escape
 * character unless told. So {@code relname LIKE 'full\_items'} (pgjdbc's getColumns, as Debezium calls it) gets
 * {@code ESCAPE '\'}. Runs after {@link IlikeRule}, when every spelling is LIKE.
 */
public final class LikeEscapeRule implements RewriteRule {
    /** Words that end the pattern operand at depth 0. */
    private static final Set<String> ENDS = Set.of("and", "or", "then", "else", "when", "end", "escape", "order",
            "group", "having", "limit", "offset", "union", "intersect", "except", "from", "where", "as", "is",
            "not", "window", "for", "returning", "on", "using", "join", "left", "right", "inner", "full", "cross");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(LikeEscapeRule::isLike);
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isLike(t)) continue;
            int end = operandEnd(tokens, i);
            int next = TokenNav.nextSig(tokens, end - 1);
            if (next >= 0 && tokens.get(next).is("escape")) continue;
            tokens.add(end, new Token(Token.Kind.IDENT, " ESCAPE '\\'", tokens.get(end - 1).start()));
        }
    }

    private static boolean isLike(Token t) {
        if (t.kind() != Token.Kind.IDENT) return false;
        String word = t.text().strip().toLowerCase();
        return word.equals("like") || word.equals("not like");
    }

    /** The index just after the pattern operand that follows LIKE at {@code like}. */
    private static int operandEnd(List<Token> tokens, int like) {
        int depth = 0;
        int last = like;
        for (int k = like + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && (t.isPunct(",") || t.isPunct(";")
                    || t.kind() == Token.Kind.IDENT && ENDS.contains(t.text().strip().toLowerCase()))) {
                break;
            }
            last = k;
        }
        return last + 1;
    }
}
