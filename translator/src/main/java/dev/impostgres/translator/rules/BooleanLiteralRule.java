package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * TRUE / FALSE become 1 / 0, the stored form of bool. "IS [NOT] TRUE" is left alone: SQLite has that operator
 * with Postgres's meaning, while "IS 1" would be a different (equality) test.
 */
public final class BooleanLiteralRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("true") || t.is("false"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is("true") && !t.is("false")) continue;
            int p = TokenNav.prevSig(tokens, i);
            if (p >= 0 && tokens.get(p).is("not")) p = TokenNav.prevSig(tokens, p);
            if (p >= 0 && (tokens.get(p).is("is") || tokens.get(p).isPunct("."))) continue;
            tokens.set(i, new Token(Token.Kind.NUMBER, t.is("true") ? "1" : "0", t.start()));
        }
    }
}
