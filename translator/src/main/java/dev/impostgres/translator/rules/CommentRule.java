package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * Comments become a single space: Postgres nests block comments, SQLite does not, so a nested comment passed
 * through would end early and leave SQL-looking text behind. Runs last, after rules that read the original tokens.
 */
public final class CommentRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Token.Kind.COMMENT);
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.COMMENT) tokens.set(i, new Token(Token.Kind.WHITESPACE, " ", t.start()));
        }
    }
}
