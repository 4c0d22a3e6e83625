package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * ILIKE (and its operator spellings ~~* / !~~*, with ~~ / !~~ for LIKE) becomes SQLite's LIKE, which ignores
 * ASCII case. Known gap: non-ASCII letters compare case-sensitively, and plain LIKE in SQLite is case-insensitive
 * unless the connection sets PRAGMA case_sensitive_like.
 */
public final class IlikeRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("ilike") || t.isOperator("~~*") || t.isOperator("!~~*") || t.isOperator("~~")
                || t.isOperator("!~~"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String with = null;
            if (t.is("ilike") || t.isOperator("~~*") || t.isOperator("~~")) with = " LIKE ";
            else if (t.isOperator("!~~*") || t.isOperator("!~~")) with = " NOT LIKE ";
            if (with == null) continue;
            tokens.set(i, new Token(Token.Kind.IDENT, t.kind() == Token.Kind.IDENT ? "LIKE" : with, t.start()));
        }
    }
}
