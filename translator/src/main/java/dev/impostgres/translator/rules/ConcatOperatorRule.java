package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * A typed {@code a || b} as a function call: SQLite's {@code ||} only joins texts, so where Postgres resolves the
 * operator for bytea, arrays or jsonb, the subclass names the function that does what Postgres's operator does.
 */
abstract class ConcatOperatorRule implements RewriteRule {

    /** The function for {@code left || right}, or null where the operator stays text concatenation. */
    protected abstract String function(List<Token> left, List<Token> right, RewriteContext ctx);

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isOperator("||"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int op = 0; op < tokens.size(); op++) {
            if (tokens.get(op).isOperator("||")) op = concat(tokens, op, ctx);
        }
    }

    /** Rewrites the {@code ||} at op if {@link #function} names a function; where to go on scanning from. */
    protected final int concat(List<Token> tokens, int op, RewriteContext ctx) {
        int ls = Operands.leftStart(tokens, op, Operands.OTHER);
        int re = Operands.rightEnd(tokens, op, Operands.OTHER);
        if (ls < 0 || re < 0) return op;
        List<Token> left = tokens.subList(ls, TokenNav.prevSig(tokens, op) + 1);
        List<Token> right = tokens.subList(TokenNav.nextSig(tokens, op), re + 1);
        String fn = function(left, right, ctx);
        if (fn == null) return op;
        replace(tokens, ls, re, call(fn, left, right));
        return ls + 1; // an operand may hold another ||
    }

    /** {@code fn(arg, arg…)} as tokens. */
    @SafeVarargs
    static List<Token> call(String fn, List<Token>... args) {
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, fn, -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        for (int i = 0; i < args.length; i++) {
            if (i > 0) out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(args[i]);
        }
        out.add(new Token(Kind.PUNCT, ")", -1));
        return out;
    }

    static void replace(List<Token> tokens, int from, int to, List<Token> with) {
        tokens.subList(from, to + 1).clear();
        tokens.addAll(from, with);
    }

    static boolean hasType(List<Token> operand, RewriteContext ctx, int oid) {
        PgType type = ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
        return type != null && type.oid() == oid;
    }

    static boolean untypedString(List<Token> operand) {
        List<Token> sig = Lexer.significant(operand);
        return sig.size() == 1 && (sig.get(0).kind() == Kind.STRING || sig.get(0).kind() == Kind.ESCAPE_STRING);
    }
}
