package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Array slices {@code a[lo:hi]}, {@code a[:hi]}, {@code a[lo:]} as {@code _pg_slice(a, lo, hi)} (NULL for an
 * omitted bound), which reads the array's text form with its own lower bound (0 for int2vector / oidvector, so
 * {@code (indkey::int2[])[:n - 1]} is the first n keys, as in Postgres) and returns a new array starting at 1.
 * Runs before the = ANY and subscript rules, which then see a plain function call.
 */
public final class ArraySliceRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isPunct("[")) && ctx.any(t -> t.text().equals(":"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct("[")) continue;
            int close = TokenNav.closingOf(tokens, i);
            int last = TokenNav.prevSig(tokens, i);
            if (close < 0 || last < 0) continue;
            int colon = topLevelColon(tokens, i, close);
            if (colon < 0) continue;
            Token before = tokens.get(last);
            boolean operand = before.kind() == Kind.QUOTED_IDENT || before.isPunct(")") || before.isPunct("]")
                    || before.kind() == Kind.IDENT && !before.is("array");
            if (!operand) continue;
            int first = TokenNav.operandStart(tokens, last);
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "_pg_slice", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(first, last + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(bound(tokens, i + 1, colon));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(bound(tokens, colon + 1, close));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(first, close + 1).clear();
            tokens.addAll(first, out);
            i = first;
        }
    }

    private static List<Token> bound(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isTrivia()) return new ArrayList<>(tokens.subList(from, to));
        }
        return List.of(new Token(Kind.IDENT, "NULL", -1));
    }

    private static int topLevelColon(List<Token> tokens, int open, int close) {
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.text().equals(":") && t.kind() != Kind.STRING) return k;
        }
        return -1;
    }
}
