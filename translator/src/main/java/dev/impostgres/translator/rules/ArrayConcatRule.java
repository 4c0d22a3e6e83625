package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ||} with an array operand is array concatenation in Postgres, not text: {@code arr || arr} is array_cat,
 * {@code arr || elem} array_append, {@code elem || arr} array_prepend (an untyped string literal beside an array
 * is read as an array). SQLite's {@code ||} would join the texts ({@code {1,2}3}).
 */
public final class ArrayConcatRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isOperator("||"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int op = 0; op < tokens.size(); op++) {
            if (!tokens.get(op).isOperator("||")) continue;
            int ls = Operands.leftStart(tokens, op, Operands.OTHER);
            int re = Operands.rightEnd(tokens, op, Operands.OTHER);
            if (ls < 0 || re < 0) continue;
            int le = TokenNav.prevSig(tokens, op), rs = TokenNav.nextSig(tokens, op);
            List<Token> left = tokens.subList(ls, le + 1);
            List<Token> right = tokens.subList(rs, re + 1);
            boolean l = array(left, ctx), r = array(right, ctx);
            String fn = l && (r || untypedString(right)) || r && untypedString(left) ? "array_cat"
                    : l ? "array_append" : r ? "array_prepend" : null;
            if (fn == null) continue;
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, fn, -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(left);
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(right);
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(ls, re + 1).clear();
            tokens.addAll(ls, out);
            op = ls + 1; // an operand may hold another ||
        }
    }

    static boolean array(List<Token> operand, RewriteContext ctx) {
        PgType type = ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
        return type != null && type.isArray() && type.oid() != 22 && type.oid() != 30; // int2vector/oidvector: no
    }

    private static boolean untypedString(List<Token> operand) {
        List<Token> sig = Lexer.significant(operand);
        return sig.size() == 1 && (sig.get(0).kind() == Kind.STRING || sig.get(0).kind() == Kind.ESCAPE_STRING);
    }
}
