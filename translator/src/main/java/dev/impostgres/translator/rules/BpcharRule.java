package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.List;
import java.util.Set;

/**
 * character(n) is stored padded, but Postgres ignores the padding wherever the value is compared, measured or used
 * as text: bpchar comparison and length() disregard trailing spaces, and {@code ||} casts to text, which drops them
 * (octet_length still counts them). So a character(n) column next to a comparison or {@code ||}, or as the argument
 * of length/char_length, becomes {@code rtrim(col, ' ')}; a string literal compared with it loses its trailing
 * spaces too, as it is read as character(n).
 */
public final class BpcharRule implements RewriteRule {
    private static final int BPCHAR = 1042;
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Set<String> LENGTHS = Set.of("length", "char_length", "character_length");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.columnTypes() != ColumnTypes.NONE;
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int[] column = columnAt(tokens, i);
            if (column == null || !isBpchar(ctx, tokens, column)) continue;
            int before = TokenNav.prevSig(tokens, column[0]);
            int after = TokenNav.nextSig(tokens, column[1]);
            boolean compared = before >= 0 && isComparison(tokens.get(before))
                    || after >= 0 && isComparison(tokens.get(after));
            boolean concatenated = before >= 0 && tokens.get(before).isOperator("||")
                    || after >= 0 && tokens.get(after).isOperator("||");
            boolean measured = before >= 0 && tokens.get(before).isPunct("(") && after >= 0
                    && tokens.get(after).isPunct(")") && lengthCall(tokens, before);
            if (!compared && !concatenated && !measured) continue;
            if (after >= 0 && tokens.get(after).isOperator("=") && inSetClause(tokens, column[0])) continue;
            if (before >= 0 && isComparison(tokens.get(before))) trimLiteral(tokens, TokenNav.prevSig(tokens, before));
            if (after >= 0 && isComparison(tokens.get(after))) trimLiteral(tokens, TokenNav.nextSig(tokens, after));
            wrap(tokens, column[0], column[1]);
            i = column[0];
        }
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("set", "select", "where", "having", "on", "returning",
            "when", "then", "else", "and", "or", "not", "by", "values", "into", "from", "case");

    /** An UPDATE … SET (or DO UPDATE SET) assignment target, not a comparison. */
    private static boolean inSetClause(List<Token> tokens, int from) {
        int depth = 0;
        for (int k = TokenNav.prevSig(tokens, from); k >= 0; k = TokenNav.prevSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct(")") || t.isPunct("]")) depth++;
            else if (t.isPunct("(") || t.isPunct("[")) {
                if (--depth < 0) return false;
            } else if (depth == 0 && t.kind() == Kind.IDENT && CLAUSE_WORDS.contains(t.identifier())) {
                return t.is("set");
            }
        }
        return false;
    }

    /** A column reference ending at {@code i}: {@code c} or {@code t.c}, as [first, last], else null. */
    private static int[] columnAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) return null;
        int next = TokenNav.nextSig(tokens, i);
        if (next >= 0 && (tokens.get(next).isPunct("(") || tokens.get(next).isPunct("."))) return null;
        int dot = TokenNav.prevSig(tokens, i);
        if (dot >= 0 && tokens.get(dot).isPunct(".")) {
            int table = TokenNav.prevSig(tokens, dot);
            return table >= 0 ? new int[] {table, i} : null;
        }
        return new int[] {i, i};
    }

    private static boolean isBpchar(RewriteContext ctx, List<Token> tokens, int[] column) {
        List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(tokens.subList(column[0], column[1] + 1));
        PgType type = ExpressionTypes.of(sig, ctx.columnTypes());
        return type != null && type.oid() == BPCHAR;
    }

    private static boolean isComparison(Token t) {
        return t.kind() == Kind.OPERATOR && COMPARISONS.contains(t.text());
    }

    private static boolean lengthCall(List<Token> tokens, int open) {
        int fn = TokenNav.prevSig(tokens, open);
        return fn >= 0 && tokens.get(fn).kind() == Kind.IDENT && LENGTHS.contains(tokens.get(fn).identifier());
    }

    private static void trimLiteral(List<Token> tokens, int at) {
        if (at < 0) return;
        Token t = tokens.get(at);
        if (!Literals.isString(t)) return;
        tokens.set(at, new Token(Kind.STRING, Literals.quote(Literals.stringValue(t).replaceFirst(" +$", "")), t.start()));
    }

    private static void wrap(List<Token> tokens, int first, int last) {
        tokens.add(last + 1, new Token(Kind.PUNCT, ")", -1));
        tokens.add(last + 1, new Token(Kind.STRING, "' '", -1));
        tokens.add(last + 1, new Token(Kind.PUNCT, ",", -1));
        tokens.add(first, new Token(Kind.PUNCT, "(", -1));
        tokens.add(first, new Token(Kind.IDENT, "rtrim", -1));
    }
}
