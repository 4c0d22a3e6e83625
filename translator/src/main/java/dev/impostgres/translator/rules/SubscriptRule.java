package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Array subscripts {@code a[i]} (a column, qualified column or parenthesised expression followed by a non-empty
 * bracket) as {@code _pg_subscript(a, i)}, which reads the element from the array's text form — 1-based for
 * arrays, 0-based for the int2vector / oidvector columns of the catalogs (their text form has no braces), as in
 * Postgres. Empty brackets (type names such as {@code int[]}) and ARRAY[…] constructors are left alone.
 */
public final class SubscriptRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isPunct("["));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct("[")) continue;
            int close = TokenNav.closingOf(tokens, i);
            int last = TokenNav.prevSig(tokens, i);
            if (close < 0 || last < 0 || TokenNav.nextSig(tokens, i) == close) continue;
            Token before = tokens.get(last);
            boolean operand = before.kind() == Kind.QUOTED_IDENT || before.isPunct(")")
                    || before.kind() == Kind.IDENT && !before.is("array");
            if (!operand) continue;
            int first = TokenNav.operandStart(tokens, last);
            int cast = TokenNav.prevSig(tokens, first);
            if (cast >= 0 && tokens.get(cast).isOperator("::")) continue; // a type name: x::int[3]
            List<Token> out = new ArrayList<>();
            if (isJsonb(tokens.subList(first, last + 1), ctx)) { // j['a'][0] is j -> 'a' -> 0
                out.add(new Token(Kind.PUNCT, "(", -1));
                out.addAll(tokens.subList(first, last + 1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                out.add(new Token(Kind.OPERATOR, "->", -1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                out.addAll(tokens.subList(i + 1, close));
                out.add(new Token(Kind.PUNCT, ")", -1));
                tokens.subList(first, close + 1).clear();
                tokens.addAll(first, out);
                i = first;
                continue;
            }
            out.add(new Token(Kind.IDENT, "_pg_subscript", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(first, last + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(tokens.subList(i + 1, close));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(first, close + 1).clear();
            tokens.addAll(first, out);
            i = first;
        }
    }

    private static boolean isJsonb(List<Token> operand, RewriteContext ctx) {
        List<Token> sig = new ArrayList<>();
        for (Token t : operand) if (!t.isTrivia()) sig.add(t);
        dev.impostgres.translator.types.PgType type = ExpressionTypes.of(sig, ctx.columnTypes());
        return type != null && type.oid() == 3802;
    }
}
