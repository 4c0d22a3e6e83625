package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import java.util.List;

/**
 * {@code ||} with an array operand is array concatenation in Postgres, not text: {@code arr || arr} is array_cat,
 * {@code arr || elem} array_append, {@code elem || arr} array_prepend (an untyped string literal beside an array
 * is read as an array). SQLite's {@code ||} would join the texts ({@code {1,2}3}).
 */
public final class ArrayConcatRule extends ConcatOperatorRule {

    @Override
    protected String function(List<Token> left, List<Token> right, RewriteContext ctx) {
        boolean l = array(left, ctx), r = array(right, ctx);
        return l && (r || untypedString(right)) || r && untypedString(left) ? "array_cat"
                : l ? "array_append" : r ? "array_prepend" : null;
    }

    static boolean array(List<Token> operand, RewriteContext ctx) {
        PgType type = ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
        return type != null && type.isArray() && type.oid() != 22 && type.oid() != 30; // int2vector/oidvector: no
    }
}
