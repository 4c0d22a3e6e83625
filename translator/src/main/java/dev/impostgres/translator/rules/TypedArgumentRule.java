package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Functions that print or convert a value of any type, whose result depends on that type although SQLite only
 * hands over the storage form (a bool is 1, a numeric literal a REAL, an array or a date text). Arguments of a
 * known type that storage would misread get the type passed along:
 * <ul>
 *   <li>concat, concat_ws, format: {@code pg_text_out(x, 'bool')} prints the value as its type's output function
 *   does (t/f for bool);</li>
 * </ul>
 * A numeric literal argument is passed as its text, so 1.50 keeps its scale instead of becoming the REAL 1.5.
 */
public final class TypedArgumentRule implements RewriteRule {
    private static final Set<String> TEXT_OUT = Set.of("concat", "concat_ws", "format");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && (TEXT_OUT.contains(t.identifier()))
                || t.isOperator("||") || t.isOperator("-") || t.kind() == Kind.OPERATOR && COMPARISONS.contains(t.text()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        operators(ctx);
        calls(ctx);
    }

    /**
     * {@code bool || text} concatenates the bool's text cast ("true", not storage's 1); a prefix minus on an
     * interval negates every field ({@code pg_interval_op('*', 'interval', 'numeric', x, -1)}).
     */
    private static void operators(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.isOperator("-") && isPrefix(tokens, i)) {
                int rs = TokenNav.nextSig(tokens, i);
                int re = Operands.rightEnd(tokens, i, Operands.POW);
                if (rs < 0 || re < 0) continue;
                PgType type = ExpressionTypes.of(significant(tokens, rs, re), ctx.columnTypes());
                if (type == null || type.oid() != 1186) continue;
                List<Token> out = new ArrayList<>();
                out.add(new Token(Kind.IDENT, "pg_interval_op", -1));
                out.add(new Token(Kind.PUNCT, "(", -1));
                out.add(new Token(Kind.PUNCT, "'*', 'interval', 'numeric', ", -1));
                out.addAll(tokens.subList(rs, re + 1));
                out.add(new Token(Kind.PUNCT, ", -1)", -1));
                tokens.subList(i, re + 1).clear();
                tokens.addAll(i, out);
            } else if (t.kind() == Kind.OPERATOR && COMPARISONS.contains(t.text())) {
                checkUnknownLiteral(tokens, i, ctx);
            } else if (t.isOperator("||")) {
                int ls = Operands.leftStart(tokens, i, Operands.OTHER);
                int re = Operands.rightEnd(tokens, i, Operands.OTHER);
                if (ls < 0 || re < 0) continue;
                int le = TokenNav.prevSig(tokens, i), rs = TokenNav.nextSig(tokens, i);
                if (isBool(tokens, rs, re, ctx)) wrapBoolText(tokens, rs, re);
                if (isBool(tokens, ls, le, ctx)) wrapBoolText(tokens, ls, le);
            }
        }
    }

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Set<Integer> NUMBER_TYPES = Set.of(21, 23, 20, 1700, 700, 701);

    /**
     * {@code int_column = 'ten'}: Postgres reads the untyped literal as the other operand's type and fails
     * (22P02) before running anything; SQLite would compare and find no row.
     */
    private static void checkUnknownLiteral(List<Token> tokens, int op, RewriteContext ctx) {
        int l = TokenNav.prevSig(tokens, op), r = TokenNav.nextSig(tokens, op);
        if (l < 0 || r < 0) return;
        int literal;
        List<Token> other;
        if (Literals.isString(tokens.get(r)) && !isCastOrMore(tokens, r)) {
            int ls = Operands.leftStart(tokens, op, Operands.OTHER);
            if (ls < 0) return;
            literal = r;
            other = significant(tokens, ls, l);
        } else if (Literals.isString(tokens.get(l)) && isStartOfOperand(tokens, l)) {
            int re = Operands.rightEnd(tokens, op, Operands.OTHER);
            if (re < 0) return;
            literal = l;
            other = significant(tokens, r, re);
        } else {
            return;
        }
        PgType type = ExpressionTypes.of(other, ctx.columnTypes());
        if (type == null || !NUMBER_TYPES.contains(type.oid())) return;
        String value = Literals.stringValue(tokens.get(literal));
        new dev.impostgres.translator.types.ValueCodec().decodeText(type, value); // throws 22P02 / 22003 as Postgres
    }

    private static boolean isCastOrMore(List<Token> tokens, int literal) {
        int next = TokenNav.nextSig(tokens, literal);
        return next >= 0 && (tokens.get(next).isOperator("::") || tokens.get(next).isPunct("["));
    }

    private static boolean isStartOfOperand(List<Token> tokens, int literal) {
        int before = TokenNav.prevSig(tokens, literal);
        if (before < 0) return false;
        Token b = tokens.get(before);
        return b.isPunct("(") || b.isPunct(",") || b.is("where") || b.is("and") || b.is("or") || b.is("on")
                || b.is("when") || b.is("not") || b.is("having");
    }

    private static boolean isBool(List<Token> tokens, int from, int to, RewriteContext ctx) {
        PgType type = ExpressionTypes.of(significant(tokens, from, to), ctx.columnTypes());
        return type != null && type.oid() == 16;
    }

    private static void wrapBoolText(List<Token> tokens, int from, int to) {
        tokens.add(to + 1, new Token(Kind.PUNCT, ", 'booltext')", -1));
        tokens.add(from, new Token(Kind.PUNCT, "(", -1));
        tokens.add(from, new Token(Kind.IDENT, "pg_text_out", -1));
    }

    private static boolean isPrefix(List<Token> tokens, int i) {
        int p = TokenNav.prevSig(tokens, i);
        if (p < 0) return true;
        Token b = tokens.get(p);
        return b.kind() == Kind.OPERATOR || b.isPunct("(") || b.isPunct(",") || b.is("select") || b.is("and")
                || b.is("or") || b.is("not") || b.is("when") || b.is("then") || b.is("else") || b.is("where");
    }

    private static void calls(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) continue;
            String fn = t.identifier();
            if (!TEXT_OUT.contains(fn)) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int prev = TokenNav.prevSig(tokens, i);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).isOperator("::"))) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<int[]> args = argumentRanges(tokens, open, close);
            if (args.isEmpty()) continue;
            List<String> tags = new ArrayList<>();
            boolean any = false;
            for (int[] a : args) {
                List<Token> sig = significant(tokens, a[0], a[1]);
                PgType type = sig.size() == 1 && sig.get(0).is("null") ? null : ExpressionTypes.of(sig, ctx.columnTypes());
                String tag = tag(type);
                tags.add(tag);
                any |= !tag.isEmpty() && !tag.equals("text");
            }
            if (!any) continue;
            // Edit from the last argument backwards so earlier ranges stay valid.
            for (int k = args.size() - 1; k >= 0; k--) {
                int[] a = args.get(k);
                String tag = tags.get(k);
                numericLiteralAsText(tokens, a, tag);
                if (!tag.isEmpty() && !tag.equals("text")) {
                    tokens.add(a[1] + 1, new Token(Kind.PUNCT, ")", -1));
                    tokens.add(a[1] + 1, new Token(Kind.STRING, Literals.quote(tag), -1));
                    tokens.add(a[1] + 1, new Token(Kind.PUNCT, ",", -1));
                    tokens.add(a[0], new Token(Kind.PUNCT, "(", -1));
                    tokens.add(a[0], new Token(Kind.IDENT, "pg_text_out", -1));
                }
            }
        }
    }

    /** A bare numeric literal of a numeric-tagged argument becomes its text, keeping its digits. */
    private static void numericLiteralAsText(List<Token> tokens, int[] a, String tag) {
        if (!tag.equals("numeric")) return;
        List<Integer> sig = new ArrayList<>();
        for (int k = a[0]; k <= a[1]; k++) if (!tokens.get(k).isTrivia()) sig.add(k);
        if (sig.size() == 1 && tokens.get(sig.get(0)).kind() == Kind.NUMBER) {
            int k = sig.get(0);
            tokens.set(k, new Token(Kind.STRING, Literals.quote(tokens.get(k).text()), tokens.get(k).start()));
        } else if (sig.size() == 2 && tokens.get(sig.get(0)).isOperator("-") && tokens.get(sig.get(1)).kind() == Kind.NUMBER) {
            int k = sig.get(1);
            tokens.set(k, new Token(Kind.STRING, Literals.quote("-" + tokens.get(k).text()), tokens.get(k).start()));
            tokens.set(sig.get(0), new Token(Kind.WHITESPACE, "", -1));
        }
    }

    /** The tag a Java function understands: the type's name, "" when unknown. */
    static String tag(PgType type) {
        if (type == null) return "";
        if (type.isArray()) {
            String element = tag(dev.impostgres.translator.types.PgTypes.byOid(type.elementOid()));
            return element.isEmpty() ? "text[]" : element + "[]";
        }
        return switch (type.oid()) {
            case 16 -> "bool";
            case 21, 23, 20 -> "int";
            case 700, 701 -> "float";
            case 1700 -> "numeric";
            case 114 -> "json";
            case 3802 -> "jsonb";
            case 1082 -> "date";
            case 1114 -> "timestamp";
            case 25, 1043, 1042, 19, 705 -> "text";
            default -> "";
        };
    }

    private static List<Token> significant(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (int k = from; k <= to; k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }

    /** Token index ranges [first, last] of each top-level argument. */
    static List<int[]> argumentRanges(List<Token> tokens, int open, int close) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) {
                out.add(new int[] {start, k - 1});
                start = k + 1;
            } else if (depth == 0 && t.kind() == Kind.IDENT && (t.is("order") || t.is("distinct"))) {
                return List.of(); // an aggregate's argument list: not ours
            }
        }
        if (start < close && !significant(tokens, start, close - 1).isEmpty()) out.add(new int[] {start, close - 1});
        return out;
    }
}
