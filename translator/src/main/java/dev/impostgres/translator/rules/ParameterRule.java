package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * {@code $n} parameters become SQLite's numbered {@code ?n}. The lexer already tells parameters from strings,
 * comments and dollar-quoted bodies, so only real parameters are touched.
 */
public final class ParameterRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Token.Kind.PARAM);
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.PARAM && t.text().startsWith("$")) {
                ctx.parameterSeen(Integer.parseInt(t.text().substring(1)));
                tokens.set(i, t.withText("?" + t.text().substring(1)));
            }
        }
    }
}
