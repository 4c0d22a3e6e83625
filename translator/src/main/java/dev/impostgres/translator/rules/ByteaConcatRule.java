package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * bytea {@code a || b} as {@code pg_bytea_concat(a, b)}: SQLite's {@code ||} turns blobs into text. Applies when
 * both operands are known to be bytea (literals cast to bytea, bytea columns, decode()).
 */
public final class ByteaConcatRule extends ConcatOperatorRule {
    private static final int BYTEA = 17;

    @Override
    protected String function(List<Token> left, List<Token> right, RewriteContext ctx) {
        return hasType(left, ctx, BYTEA) && hasType(right, ctx, BYTEA) ? "pg_bytea_concat" : null;
    }
}
