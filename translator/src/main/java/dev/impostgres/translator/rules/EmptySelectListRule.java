package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * Postgres allows an empty select list ({@code SELECT;}, {@code SELECT FROM t WHERE …}, {@code EXISTS (SELECT FROM
 * t)}): rows with no columns. SQLite needs a column, so the list becomes {@code NULL AS _pg_no_columns}; the executor
 * reports a result whose only column has that name as rows of zero columns.
 */
public final class EmptySelectListRule implements RewriteRule {
    /** The name the executor recognises. */
    public static final String NO_COLUMNS = "_pg_no_columns";

    private static final Set<String> LIST_END = Set.of("from", "where", "group", "having", "window", "order",
            "limit", "offset", "fetch", "for", "union", "intersect", "except", "into");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("select"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("select")) continue;
            int next = TokenNav.nextSig(tokens, i);
            Token t = next < 0 ? null : tokens.get(next);
            if (t == null || t.isPunct(")") || t.isPunct(";")
                    || t.kind() == Token.Kind.IDENT && LIST_END.contains(t.identifier())) {
                tokens.addAll(i + 1, Lexer.tokenize(" NULL AS " + NO_COLUMNS));
            }
        }
    }
}
