package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * Unary minus on a double precision or real operand as {@code pg_float_neg(x)}: SQLite computes {@code -x} as
 * {@code 0 - x}, which turns {@code -0.0::float8} into 0 where Postgres prints -0. The operand is one primary
 * expression (a column, a call or a parenthesized expression), as unary minus binds tighter than any binary operator.
 */
public final class FloatNegationRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isOperator("-"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).isOperator("-") || !unary(tokens, i)) continue;
            int first = TokenNav.nextSig(tokens, i);
            if (first < 0) continue;
            int last = primaryEnd(tokens, first);
            if (last < 0) continue;
            PgType type = ExpressionTypes.of(Lexer.significant(tokens.subList(first, last + 1)), ctx.columnTypes());
            if (type == null || type.oid() != 701) continue; // real keeps SQLite's minus: its result type would change
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "pg_float_neg", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(first, last + 1));
            out.add(new Token(Kind.PUNCT, ")", -1));
            List<Token> copy = new ArrayList<>(out);
            tokens.subList(i, last + 1).clear();
            tokens.addAll(i, copy);
        }
    }

    private static boolean unary(List<Token> tokens, int i) {
        int p = TokenNav.prevSig(tokens, i);
        if (p < 0) return true;
        Token b = tokens.get(p);
        return b.kind() == Kind.OPERATOR || b.isPunct("(") || b.isPunct(",")
                || b.kind() == Kind.IDENT && java.util.Set.of("select", "where", "and", "or", "not", "when", "then",
                        "else", "by", "on", "set", "having", "returning", "in", "is", "between", "like").contains(b.identifier());
    }

    /** The last token of the primary expression starting at {@code first}, or -1. */
    private static int primaryEnd(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        if (t.isPunct("(")) return TokenNav.closingOf(tokens, first);
        if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) return -1;
        int next = TokenNav.nextSig(tokens, first);
        if (next >= 0 && tokens.get(next).isPunct("(")) return TokenNav.closingOf(tokens, next);
        if (next >= 0 && tokens.get(next).isPunct(".")) {
            int column = TokenNav.nextSig(tokens, next);
            return column >= 0 ? column : -1;
        }
        return first;
    }
}
