package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Operators whose SQLite meaning differs from Postgres's become calls of the functions change-tracking registers:
 * {@code /} and {@code %} (division by zero is 22012, not NULL), {@code ^} (power), {@code #} (integer xor),
 * the POSIX regex matches {@code ~ ~* !~ !~*} and {@code [NOT] SIMILAR TO}.
 */
public final class OperatorRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.OPERATOR && isRewritten(t.text()) || t.is("similar"));
    }

    private static boolean isRewritten(String op) {
        return switch (op) {
            case "/", "%", "^", "#", "~", "~*", "!~", "!~*", "@", "|/", "||/", "&&" -> true;
            default -> false;
        };
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int restart = -1;
            if (t.kind() == Kind.OPERATOR) {
                restart = switch (t.text()) {
                    case "/" -> call(tokens, i, i, Operands.MUL, "pg_div", null, false);
                    case "%" -> call(tokens, i, i, Operands.MUL, "pg_mod", null, false);
                    case "^" -> call(tokens, i, i, Operands.POW, "power", null, false);
                    case "~" -> unaryPrefix(tokens, i) ? -1 : call(tokens, i, i, Operands.OTHER, "pg_regex_match", "''", false);
                    case "~*" -> call(tokens, i, i, Operands.OTHER, "pg_regex_match", "'i'", false);
                    case "!~" -> call(tokens, i, i, Operands.OTHER, "pg_regex_match", "''", true);
                    case "!~*" -> call(tokens, i, i, Operands.OTHER, "pg_regex_match", "'i'", true);
                    case "@" -> unaryPrefix(tokens, i) ? prefix(tokens, i, "abs") : -1;
                    case "|/" -> unaryPrefix(tokens, i) ? prefix(tokens, i, "pg_dsqrt") : -1;
                    case "||/" -> unaryPrefix(tokens, i) ? prefix(tokens, i, "pg_dcbrt") : -1;
                    case "#" -> call(tokens, i, i, Operands.OTHER, "pg_xor", null, false);
                    case "&&" -> call(tokens, i, i, Operands.OTHER, "pg_array_overlap", null, false); // arrays overlap
                    default -> -1;
                };
            } else if (t.is("similar")) {
                int to = TokenNav.nextSig(tokens, i);
                if (to >= 0 && tokens.get(to).is("to")) {
                    int p = TokenNav.prevSig(tokens, i);
                    boolean not = p >= 0 && tokens.get(p).is("not");
                    restart = call(tokens, not ? p : i, to, Operands.OTHER - 1, "pg_similar", null, not);
                }
            }
            if (restart >= 0) i = restart;
        }
    }

    private static boolean unaryPrefix(List<Token> tokens, int i) {
        int p = TokenNav.prevSig(tokens, i);
        if (p < 0) return true;
        Token b = tokens.get(p);
        return b.kind() == Kind.OPERATOR || b.isPunct("(") || b.isPunct(",") || b.is("select") || b.is("and")
                || b.is("or") || b.is("not") || b.is("when") || b.is("then") || b.is("else") || b.is("where");
    }

    /**
     * Prefix {@code @ x} (absolute value), {@code |/ x} (square root) and {@code ||/ x} (cube root, both float8):
     * {@code fn(x)}, x binding as tightly as an operand of * does.
     */
    private static int prefix(List<Token> tokens, int op, String fn) {
        int re = Operands.rightEnd(tokens, op, Operands.MUL);
        int rs = TokenNav.nextSig(tokens, op);
        if (re < 0 || rs < 0) return -1;
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, fn, -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(tokens.subList(rs, re + 1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(op, re + 1).clear();
        tokens.addAll(op, out);
        return op + 1;
    }

    /**
     * Replaces {@code left <op> right} (the operator spanning opFirst..opLast) by {@code [NOT ]fn(left, right[, extra])}.
     * Returns the index to continue from (the call's opening), or -1 when the operands were not found.
     */
    private static int call(List<Token> tokens, int opFirst, int opLast, int level, String fn, String extra,
                            boolean negate) {
        int ls = Operands.leftStart(tokens, opFirst, level == Operands.OTHER - 1 ? Operands.OTHER : level);
        int re = Operands.rightEnd(tokens, opLast, level);
        if (ls < 0 || re < 0) return -1;
        int le = TokenNav.prevSig(tokens, opFirst);
        int rs = TokenNav.nextSig(tokens, opLast);
        List<Token> out = new ArrayList<>();
        if (negate) out.add(new Token(Kind.IDENT, "NOT ", -1));
        out.add(new Token(Kind.IDENT, fn, -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(tokens.subList(ls, le + 1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.addAll(tokens.subList(rs, re + 1));
        if (extra != null) {
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.STRING, extra, -1));
        }
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(ls, re + 1).clear();
        tokens.addAll(ls, out);
        return ls + (negate ? 1 : 0) + 1;
    }
}
