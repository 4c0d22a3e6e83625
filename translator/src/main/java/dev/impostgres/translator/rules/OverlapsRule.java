package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code (s1, e1) OVERLAPS (s2, e2)} as {@code pg_overlaps(s1, e1, s2, e2, 'types')}: SQLite has no row
 * comparison of this kind. Each end may be a date, time, timestamp[tz] or, for e1/e2, an interval added to its start,
 * so the function gets the four operand types (comma-separated; empty when unknown) and compares instants with the
 * SQL standard's NULL rules as Postgres's overlaps_timestamp does. Runs first, on the statement as written, so the
 * operands' typed literals are still recognisable; later rules rewrite inside the call.
 */
public final class OverlapsRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("overlaps"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int at = 0; at < tokens.size(); at++) {
            if (!tokens.get(at).is("overlaps")) continue;
            int leftClose = TokenNav.prevSig(tokens, at);
            int rightOpen = TokenNav.nextSig(tokens, at);
            if (leftClose < 0 || rightOpen < 0 || !tokens.get(leftClose).isPunct(")") || !tokens.get(rightOpen).isPunct("(")) {
                continue;
            }
            int leftOpen = TokenNav.openingOf(tokens, leftClose);
            int rightClose = TokenNav.closingOf(tokens, rightOpen);
            if (leftOpen < 0 || rightClose < 0) continue;
            int first = leftOpen;
            int before = TokenNav.prevSig(tokens, leftOpen);
            if (before >= 0 && tokens.get(before).is("row")) first = before;
            int after = TokenNav.prevSig(tokens, rightOpen);
            List<List<Token>> left = pair(tokens, leftOpen, leftClose), right = pair(tokens, rightOpen, rightClose);
            if (left == null || right == null || after != at) continue;
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "pg_overlaps", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            List<String> types = new ArrayList<>();
            for (List<Token> operand : List.of(left.get(0), left.get(1), right.get(0), right.get(1))) {
                out.addAll(trimmed(operand));
                out.add(new Token(Kind.PUNCT, ",", -1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                PgType type = ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
                types.add(type == null ? "" : type.name());
            }
            out.add(new Token(Kind.STRING, Literals.quote(String.join(",", types)), -1));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(first, rightClose + 1).clear();
            tokens.addAll(first, out);
            at = first + out.size() - 1;
        }
    }

    /** The two items of a parenthesised pair, or null when it does not hold exactly two. */
    private static List<List<Token>> pair(List<Token> tokens, int open, int close) {
        List<List<Token>> items = new ArrayList<>();
        int start = open + 1, depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) {
                items.add(new ArrayList<>(tokens.subList(start, k)));
                start = k + 1;
            }
        }
        items.add(new ArrayList<>(tokens.subList(start, close)));
        return items.size() == 2 ? items : null;
    }

    private static List<Token> trimmed(List<Token> operand) {
        int from = 0, to = operand.size();
        while (from < to && operand.get(from).isTrivia()) from++;
        while (to > from && operand.get(to - 1).isTrivia()) to--;
        return operand.subList(from, to);
    }
}
