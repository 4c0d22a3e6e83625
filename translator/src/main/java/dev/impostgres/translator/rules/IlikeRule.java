package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code [NOT] LIKE / ILIKE pattern [ESCAPE e]} and the operators {@code ~~ ~~* !~~ !~~*} as calls of
 * {@code pg_like(value, pattern, escape, case_insensitive)}: SQLite's LIKE ignores ASCII case and has no default
 * escape character, Postgres's LIKE is case-sensitive and escapes with a backslash unless told otherwise.
 */
public final class IlikeRule implements RewriteRule {
    /** LIKE binds below the arithmetic operators and above comparisons (gram.y). */
    private static final int LIKE_LEVEL = Operands.OTHER - 1;

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("like") || t.is("ilike") || t.isOperator("~~*") || t.isOperator("!~~*")
                || t.isOperator("~~") || t.isOperator("!~~"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            boolean word = t.is("like") || t.is("ilike");
            boolean insensitive = t.is("ilike") || t.isOperator("~~*") || t.isOperator("!~~*");
            boolean negated = t.isOperator("!~~") || t.isOperator("!~~*");
            if (!word && !insensitive && !negated && !t.isOperator("~~")) continue;
            int opFirst = i;
            if (word) {
                int p = TokenNav.prevSig(tokens, i);
                if (p >= 0 && tokens.get(p).is("not")) {
                    negated = true;
                    opFirst = p;
                }
            }
            int ls = Operands.leftStart(tokens, opFirst, Operands.OTHER);
            int re = Operands.rightEnd(tokens, i, LIKE_LEVEL);
            if (ls < 0 || re < 0) continue;
            List<Token> escape = null;
            int escapeWord = TokenNav.nextSig(tokens, re);
            int end = re;
            if (escapeWord >= 0 && tokens.get(escapeWord).is("escape")) {
                int escapeEnd = Operands.rightEnd(tokens, escapeWord, LIKE_LEVEL);
                if (escapeEnd < 0) continue;
                escape = new ArrayList<>(tokens.subList(TokenNav.nextSig(tokens, escapeWord), escapeEnd + 1));
                end = escapeEnd;
            }
            List<Token> out = new ArrayList<>();
            if (negated) out.add(new Token(Kind.IDENT, "NOT ", -1));
            out.add(new Token(Kind.IDENT, "pg_like", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(ls, TokenNav.prevSig(tokens, opFirst) + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.WHITESPACE, " ", -1));
            out.addAll(tokens.subList(TokenNav.nextSig(tokens, i), re + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.WHITESPACE, " ", -1));
            if (escape != null) out.addAll(escape);
            else out.add(new Token(Kind.STRING, "'\\'", -1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.WHITESPACE, " ", -1));
            out.add(new Token(Kind.NUMBER, insensitive ? "1" : "0", -1));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(ls, end + 1).clear();
            tokens.addAll(ls, out);
            i = ls + out.size();
        }
    }
}
