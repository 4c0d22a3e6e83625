package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * E'…' (backslash escapes), $$…$$ / $tag$…$tag$ and N'…' strings become plain SQLite '…' literals with the same
 * characters; SQLite only knows the standard spelling.
 */
public final class StringLiteralRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(StringLiteralRule::needsRewrite);
    }

    private static boolean needsRewrite(Token t) {
        return t.kind() == Token.Kind.ESCAPE_STRING || t.kind() == Token.Kind.DOLLAR_STRING
                || (t.kind() == Token.Kind.STRING && (t.text().startsWith("n") || t.text().startsWith("N")
                        || t.text().startsWith("u") || t.text().startsWith("U")));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (needsRewrite(t)) {
                tokens.set(i, new Token(Token.Kind.STRING, Literals.quote(Literals.stringValue(t)), t.start()));
            }
        }
    }
}
