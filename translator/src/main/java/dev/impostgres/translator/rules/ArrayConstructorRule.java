package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ARRAY[e1, e2, …]} as {@code pg_array('elemtype', e1, e2, …)}, which builds the array's text form (the
 * storage form of arrays) with array_out's quoting; a nested {@code [..]} is a sub-array ({@code 'nested'}).
 * The element type comes from the first typed element, so booleans print t/f and numeric literals keep their digits.
 */
public final class ArrayConstructorRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("array"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).is("array")) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("[")) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<Token> out = build(ctx, tokens.subList(open, close + 1));
            tokens.subList(i, close + 1).clear();
            tokens.addAll(i, out);
        }
    }

    /** {@code [ … ]} (brackets included) to a pg_array call. */
    private static List<Token> build(RewriteContext ctx, List<Token> bracketed) {
        List<List<Token>> elements = elements(bracketed);
        boolean nested = !elements.isEmpty() && !elements.get(0).isEmpty() && elements.get(0).get(0).isPunct("[");
        String tag = nested ? "nested" : tag(ctx, elements);
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, "pg_array", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.add(new Token(Kind.STRING, Literals.quote(tag), -1));
        for (List<Token> element : elements) {
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.WHITESPACE, " ", -1));
            List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(element);
            if (nested && !sig.isEmpty() && sig.get(0).isPunct("[")) {
                out.addAll(build(ctx, sig));
            } else if (sig.size() == 1 && sig.get(0).kind() == Kind.NUMBER) {
                out.add(new Token(Kind.STRING, Literals.quote(sig.get(0).text()), -1)); // digits exactly as written
            } else {
                out.addAll(element);
            }
        }
        out.add(new Token(Kind.PUNCT, ")", -1));
        return out;
    }

    /** The element type's formatting tag: bool, numeric, float, else text (the value's own text). */
    private static String tag(RewriteContext ctx, List<List<Token>> elements) {
        for (List<Token> element : elements) {
            List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(element);
            if (sig.size() == 1 && sig.get(0).is("null")) continue;
            PgType type = ExpressionTypes.of(sig, ctx.columnTypes());
            if (type == null) continue;
            return switch (type.oid()) {
                case 16 -> "bool";
                case 700, 701 -> "float";
                default -> "text";
            };
        }
        return "text";
    }

    static List<List<Token>> elements(List<Token> bracketed) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        int last = bracketed.size() - 1;
        for (int k = 1; k < last; k++) {
            Token t = bracketed.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && t.isPunct(",")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!dev.impostgres.translator.sql.Lexer.significant(current).isEmpty()) out.add(current);
        return out;
    }
}
