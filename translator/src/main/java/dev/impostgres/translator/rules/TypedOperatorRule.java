package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Operators and aggregates whose meaning depends on their operands' Postgres types, where SQLite's own would give
 * a different answer: numeric arithmetic and comparison (numeric is stored as text, SQLite would use doubles or
 * compare strings), integer arithmetic (int4/int8 overflow is 22003), date/timestamp/interval arithmetic and
 * interval comparison, sum/avg over numeric. Each becomes a call of a change-tracking function named after its
 * result type ({@code pg_numeric_op('+', 'numeric', 'int', a, b)}), so enclosing expressions can still be typed.
 * Operand types come from {@link ExpressionTypes} (literals, casts, functions, and columns when the caller knows the
 * schema); an operation whose types are unknown is left alone. Runs right to left, so a left-associative chain
 * {@code a - b - c} is rewritten outermost first and the inner operation inside the call afterwards.
 */
public final class TypedOperatorRule implements RewriteRule {
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%");
    private static final Set<String> COMPARISON = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Set<Integer> INTEGERS = Set.of(21, 23, 20);
    private static final int NUMERIC = 1700, DATE = 1082, TIME = 1083, TIMESTAMP = 1114, TIMESTAMPTZ = 1184,
            INTERVAL = 1186, FLOAT4 = 700, FLOAT8 = 701;
    private static final int COMPARISON_LEVEL = 4;

    @Override
    public boolean applies(RewriteContext ctx) {
        // Only queries and DML: a DEFAULT, CHECK or index expression must stay something SQLite accepts there.
        int first = TokenNav.nextSig(ctx.tokens(), -1);
        if (first < 0) return false;
        Token verb = ctx.tokens().get(first);
        if (!(verb.is("select") || verb.is("with") || verb.is("insert") || verb.is("update") || verb.is("delete")
                || verb.is("values") || verb.isPunct("("))) return false;
        return ctx.any(t -> t.kind() == Kind.OPERATOR && (ARITHMETIC.contains(t.text()) || COMPARISON.contains(t.text()))
                || t.is("sum") || t.is("avg") || t.is("min") || t.is("max") || t.is("order") || t.is("between") || t.is("unknown"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) { // IS [NOT] UNKNOWN is IS [NOT] NULL for a boolean
            if (!tokens.get(i).is("unknown")) continue;
            int p = TokenNav.prevSig(tokens, i);
            if (p >= 0 && tokens.get(p).is("not")) p = TokenNav.prevSig(tokens, p);
            if (p >= 0 && tokens.get(p).is("is")) tokens.set(i, new Token(Kind.IDENT, "NULL", tokens.get(i).start()));
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            int restart = -1;
            if (t.kind() == Kind.OPERATOR && ARITHMETIC.contains(t.text()) && binary(tokens, i)) {
                restart = arithmetic(ctx, i);
            } else if (t.kind() == Kind.OPERATOR && COMPARISON.contains(t.text())) {
                restart = comparison(ctx, i);
            } else if (t.is("between")) {
                restart = between(ctx, i);
            } else if ((t.is("sum") || t.is("avg")) && !t.text().startsWith("pg_")) {
                restart = aggregate(ctx, i);
            }
            if (restart >= 0) i = restart;
        }
        numericOrder(ctx);
    }

    private static final Set<String> ORDER_ITEM_END = Set.of("limit", "offset", "fetch", "for", "union", "intersect",
            "except", "asc", "desc", "nulls", "using", "window", "range", "rows", "groups");

    /**
     * ORDER BY items and min/max arguments of type numeric compare with the {@code pg_numeric} collation, since
     * their text would sort '10' before '9'.
     */
    private static void numericOrder(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if ((t.is("min") || t.is("max")) && TokenNav.nextSig(tokens, i) >= 0
                    && tokens.get(TokenNav.nextSig(tokens, i)).isPunct("(")) {
                int open = TokenNav.nextSig(tokens, i);
                int close = TokenNav.closingOf(tokens, open);
                if (close < 0) continue;
                collateIfNumeric(ctx, TokenNav.nextSig(tokens, open), TokenNav.prevSig(tokens, close), false);
            } else if (t.is("by") && TokenNav.prevSig(tokens, i) >= 0 && tokens.get(TokenNav.prevSig(tokens, i)).is("order")) {
                int depth = 0, start = TokenNav.nextSig(tokens, i);
                List<int[]> items = new ArrayList<>();
                int k = start, lastSig = -1;
                boolean inItem = true;
                for (; k >= 0 && k < tokens.size(); k++) {
                    Token x = tokens.get(k);
                    if (x.isTrivia()) continue;
                    if (x.isPunct("(") || x.isPunct("[")) depth++;
                    else if (x.isPunct(")") || x.isPunct("]")) { if (--depth < 0) break; }
                    if (depth == 0 && (x.isPunct(";") || x.isPunct(","))) {
                        if (inItem && lastSig >= start) items.add(new int[] {start, lastSig});
                        if (x.isPunct(";")) { inItem = false; break; }
                        start = TokenNav.nextSig(tokens, k);
                        inItem = true;
                        continue;
                    }
                    if (depth == 0 && x.kind() == Kind.IDENT && ORDER_ITEM_END.contains(x.identifier())) {
                        if (inItem && lastSig >= start) items.add(new int[] {start, lastSig});
                        inItem = false;
                        if (!(x.is("asc") || x.is("desc") || x.is("nulls"))) break;
                        continue;
                    }
                    if (inItem) lastSig = k;
                }
                if (inItem && lastSig >= start) items.add(new int[] {start, lastSig});
                for (int n = items.size() - 1; n >= 0; n--) collateIfNumeric(ctx, items.get(n)[0], items.get(n)[1], true);
            }
        }
    }

    private static void collateIfNumeric(RewriteContext ctx, int from, int to, boolean sortKey) {
        List<Token> tokens = ctx.tokens();
        if (from < 0 || to < from) return;
        List<Token> expr = significant(tokens, from, to);
        if (expr.isEmpty() || expr.get(0).is("distinct") || expr.get(0).is("all")) return;
        PgType type = ExpressionTypes.of(expr, ctx.columnTypes());
        if (isEnum(type) && sortKey) { // order by the label's position
            tokens.add(to + 1, new Token(Kind.PUNCT, ")", -1));
            tokens.addAll(from, List.of(new Token(Kind.IDENT, "pg_enum_sort", -1), new Token(Kind.PUNCT, "(", -1),
                    new Token(Kind.NUMBER, Integer.toString(type.oid()), -1), new Token(Kind.PUNCT, ",", -1),
                    new Token(Kind.WHITESPACE, " ", -1)));
            return;
        }
        if (type == null || type.oid() != NUMERIC) return;
        tokens.addAll(to + 1, List.of(new Token(Kind.WHITESPACE, " ", -1), new Token(Kind.IDENT, "COLLATE", -1),
                new Token(Kind.WHITESPACE, " ", -1), new Token(Kind.IDENT, "pg_numeric", -1)));
    }

    /** A binary operator: something that ends a value comes before it. */
    private static boolean binary(List<Token> tokens, int i) {
        int p = TokenNav.prevSig(tokens, i);
        if (p < 0) return false;
        Token b = tokens.get(p);
        if (b.kind() == Kind.OPERATOR || b.isPunct("(") || b.isPunct(",")) return false;
        return !(b.kind() == Kind.IDENT && Set.of("select", "where", "and", "or", "not", "when", "then", "else",
                "by", "on", "set", "having", "returning", "in", "is", "between", "like", "as").contains(b.identifier()));
    }

    private int arithmetic(RewriteContext ctx, int op) {
        List<Token> tokens = ctx.tokens();
        String symbol = tokens.get(op).text();
        int level = symbol.equals("+") || symbol.equals("-") ? Operands.ADD : Operands.MUL;
        int ls = Operands.leftStart(tokens, op, level);
        int re = Operands.rightEnd(tokens, op, level);
        if (ls < 0 || re < 0) return -1;
        int le = TokenNav.prevSig(tokens, op), rs = TokenNav.nextSig(tokens, op);
        PgType l = ExpressionTypes.of(significant(tokens, ls, le), ctx.columnTypes());
        PgType r = ExpressionTypes.of(significant(tokens, rs, re), ctx.columnTypes());
        if (l == null || r == null) return -1;
        String fn = arithmeticFunction(symbol, l.oid(), r.oid());
        if (fn == null) return -1;
        return call(tokens, ls, le, rs, re, fn, symbol, tag(l.oid()), tag(r.oid()), !fn.equals("pg_numeric_op"));
    }

    /** The function computing {@code l op r}, named after its result type, or null to leave it to SQLite. */
    static String arithmeticFunction(String op, int l, int r) {
        boolean lNum = INTEGERS.contains(l) || l == NUMERIC, rNum = INTEGERS.contains(r) || r == NUMERIC;
        if (lNum && rNum) {
            if (l == NUMERIC || r == NUMERIC) return "pg_numeric_op";
            if (l == 21 && r == 21) return "pg_int2_op";
            return l == 20 || r == 20 ? "pg_int8_op" : "pg_int4_op";
        }
        boolean lFloat = l == FLOAT8 || l == FLOAT4, rFloat = r == FLOAT8 || r == FLOAT4;
        if (lFloat && (rFloat || rNum) || rFloat && lNum) { // overflow is 22003, NaN stays NaN, as float.h checks
            return l == FLOAT4 && (r == FLOAT4 || INTEGERS.contains(r)) || r == FLOAT4 && INTEGERS.contains(l)
                    ? "pg_float4_op" : "pg_float8_op";
        }
        boolean plus = op.equals("+"), minus = op.equals("-");
        if (l == DATE && INTEGERS.contains(r) && (plus || minus) || INTEGERS.contains(l) && r == DATE && plus) {
            return "pg_date_op";
        }
        if (l == DATE && r == DATE && minus) return "pg_date_diff";
        if ((l == TIMESTAMP || l == DATE) && r == INTERVAL && (plus || minus) || l == INTERVAL && (r == TIMESTAMP
                || r == DATE) && plus || l == DATE && r == TIME && plus || l == TIME && r == DATE && plus) {
            return "pg_timestamp_op";
        }
        if (l == TIME && r == INTERVAL && (plus || minus) || l == INTERVAL && r == TIME && plus) return "pg_time_op";
        if (l == TIME && r == TIME && minus) return "pg_interval_op";
        if (l == TIMESTAMPTZ && r == INTERVAL && (plus || minus) || l == INTERVAL && r == TIMESTAMPTZ && plus) {
            return "pg_timestamptz_op";
        }
        if ((l == TIMESTAMP && r == TIMESTAMP || l == TIMESTAMPTZ && r == TIMESTAMPTZ) && minus) return "pg_interval_op";
        if (l == INTERVAL && r == INTERVAL && (plus || minus)) return "pg_interval_op";
        boolean number = INTEGERS.contains(r) || r == NUMERIC || r == FLOAT8 || r == FLOAT4;
        if (l == INTERVAL && number && (op.equals("*") || op.equals("/"))) return "pg_interval_op";
        if (r == INTERVAL && op.equals("*") && (INTEGERS.contains(l) || l == NUMERIC || l == FLOAT8 || l == FLOAT4)) {
            return "pg_interval_op";
        }
        return null;
    }

    private int comparison(RewriteContext ctx, int op) {
        List<Token> tokens = ctx.tokens();
        int ls = Operands.leftStart(tokens, op, COMPARISON_LEVEL);
        int re = Operands.rightEnd(tokens, op, COMPARISON_LEVEL);
        if (ls < 0 || re < 0 || tokens.get(op).isOperator("=") && inSetClause(tokens, ls)) return -1;
        int le = TokenNav.prevSig(tokens, op), rs = TokenNav.nextSig(tokens, op);
        PgType l = ExpressionTypes.of(significant(tokens, ls, le), ctx.columnTypes());
        PgType r = ExpressionTypes.of(significant(tokens, rs, re), ctx.columnTypes());
        if (l == null || r == null) return -1;
        Token symbol = tokens.get(op);
        Integer enumOid = enumOid(l, r);
        if (enumOid != null) {
            int close = call(tokens, ls, le, rs, re, "pg_enum_cmp", null, null, null, true);
            tokens.addAll(ls + 2, List.of(new Token(Kind.NUMBER, enumOid.toString(), -1), new Token(Kind.PUNCT, ",", -1),
                    new Token(Kind.WHITESPACE, " ", -1)));
            close += 3;
            tokens.addAll(close + 1, List.of(new Token(Kind.WHITESPACE, " ", -1), symbol,
                    new Token(Kind.WHITESPACE, " ", -1), new Token(Kind.NUMBER, "0", -1)));
            return close;
        }
        if (normalizeLiteral(tokens, rs, re, l) || normalizeLiteral(tokens, ls, le, r)) return -1;
        String fn = comparisonFunction(l.oid(), r.oid());
        if (fn == null) return -1;
        int close = call(tokens, ls, le, rs, re, fn, null, null, null, false);
        tokens.addAll(close + 1, List.of(new Token(Kind.WHITESPACE, " ", -1), symbol,
                new Token(Kind.WHITESPACE, " ", -1), new Token(Kind.NUMBER, "0", -1)));
        return close;
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("set", "select", "where", "having", "on", "returning",
            "when", "then", "else", "and", "or", "not", "by", "values", "into", "from", "case");

    /** An UPDATE … SET (or DO UPDATE SET) assignment, not a comparison. */
    static boolean inSetClause(List<Token> tokens, int from) {
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

    /**
     * {@code x [NOT] BETWEEN a AND b} on a numeric, interval or enum {@code x}: the two comparisons through the
     * type's comparison function ({@code x} is evaluated twice, which a volatile x would notice).
     */
    private int between(RewriteContext ctx, int at) {
        List<Token> tokens = ctx.tokens();
        int before = TokenNav.prevSig(tokens, at);
        boolean not = before >= 0 && tokens.get(before).is("not");
        int symmetric = TokenNav.nextSig(tokens, at);
        if (symmetric >= 0 && tokens.get(symmetric).is("symmetric")) return symmetric(tokens, at, symmetric);
        int opFirst = not ? before : at;
        int ls = Operands.leftStart(tokens, opFirst, Operands.OTHER);
        int lowEnd = Operands.rightEnd(tokens, at, COMPARISON_LEVEL);
        int and = lowEnd < 0 ? -1 : TokenNav.nextSig(tokens, lowEnd);
        if (ls < 0 || and < 0 || !tokens.get(and).is("and")) return -1;
        int highEnd = Operands.rightEnd(tokens, and, COMPARISON_LEVEL);
        if (highEnd < 0) return -1;
        List<Token> x = new ArrayList<>(tokens.subList(ls, TokenNav.prevSig(tokens, opFirst) + 1));
        List<Token> low = new ArrayList<>(tokens.subList(TokenNav.nextSig(tokens, at), lowEnd + 1));
        List<Token> high = new ArrayList<>(tokens.subList(TokenNav.nextSig(tokens, and), highEnd + 1));
        PgType type = ExpressionTypes.of(significant(x, 0, x.size() - 1), ctx.columnTypes());
        if (type == null) return -1;
        String fn;
        String oid = null;
        if (type.oid() == NUMERIC) fn = "pg_numeric_cmp";
        else if (type.oid() == INTERVAL) fn = "pg_interval_cmp";
        else if (isEnum(type)) { fn = "pg_enum_cmp"; oid = Integer.toString(type.oid()); }
        else return -1;
        List<Token> out = new ArrayList<>();
        if (not) out.add(new Token(Kind.IDENT, "NOT ", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(compare(fn, oid, x, low, ">="));
        out.add(new Token(Kind.IDENT, " AND ", -1));
        out.addAll(compare(fn, oid, x, high, "<="));
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(ls, highEnd + 1).clear();
        tokens.addAll(ls, out);
        return ls + out.size() - 1;
    }

    /** BETWEEN SYMMETRIC a AND b: BETWEEN min(a, b) AND max(a, b) (SQLite's scalar min/max; NULL stays NULL). */
    private static int symmetric(List<Token> tokens, int at, int symmetric) {
        int lowEnd = Operands.rightEnd(tokens, symmetric, COMPARISON_LEVEL);
        int and = lowEnd < 0 ? -1 : TokenNav.nextSig(tokens, lowEnd);
        if (and < 0 || !tokens.get(and).is("and")) return -1;
        int highEnd = Operands.rightEnd(tokens, and, COMPARISON_LEVEL);
        if (highEnd < 0) return -1;
        List<Token> low = new ArrayList<>(tokens.subList(TokenNav.nextSig(tokens, symmetric), lowEnd + 1));
        List<Token> high = new ArrayList<>(tokens.subList(TokenNav.nextSig(tokens, and), highEnd + 1));
        List<Token> out = new ArrayList<>();
        for (String fn : new String[] {"min", "max"}) {
            if (fn.equals("max")) out.add(new Token(Kind.IDENT, " AND ", -1));
            out.add(new Token(Kind.IDENT, fn + "(", -1));
            out.addAll(low);
            out.add(new Token(Kind.IDENT, ", ", -1));
            out.addAll(high);
            out.add(new Token(Kind.IDENT, ")", -1));
        }
        tokens.subList(symmetric, highEnd + 1).clear();
        tokens.addAll(symmetric, out);
        return at;
    }

    private static List<Token> compare(String fn, String oid, List<Token> x, List<Token> bound, String op) {
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, fn, -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        if (oid != null) {
            out.add(new Token(Kind.NUMBER, oid, -1));
            out.add(new Token(Kind.PUNCT, ",", -1));
        }
        out.addAll(operand(x, false));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.addAll(operand(bound, false));
        out.add(new Token(Kind.IDENT, ") " + op + " 0", -1));
        return out;
    }

    /** An enum type compared with itself or with a string literal: its OID, else null. */
    private static Integer enumOid(PgType l, PgType r) {
        boolean le = isEnum(l), re = isEnum(r);
        if (le && (re && l.oid() == r.oid() || r.oid() == 25)) return l.oid();
        if (re && l.oid() == 25) return r.oid();
        return null;
    }

    static boolean isEnum(PgType t) {
        return t != null && t.oid() >= 16384 && "enum".equals(t.name());
    }

    /** Types whose storage text is a normal form that a literal need not be in ('{"b":1, "a":2}' for jsonb). */
    private static final Set<Integer> NORMALIZED_TEXT = Set.of(3802, 2950, DATE, TIMESTAMP);

    /**
     * A lone string literal compared with a value of a type stored in normal form goes through that type's input
     * ({@code _pg_in}), so {@code jsonb_col = '{"b": 1, "a": 2}'} compares normal forms as Postgres compares values.
     */
    private static boolean normalizeLiteral(List<Token> tokens, int from, int to, PgType other) {
        List<Token> sig = significant(tokens, from, to);
        if (sig.size() != 1 || !Literals.isString(sig.get(0)) || !NORMALIZED_TEXT.contains(other.oid())) return false;
        int at = tokens.indexOf(sig.get(0));
        tokens.addAll(at + 1, List.of(new Token(Kind.PUNCT, ")", -1)));
        tokens.addAll(at, List.of(new Token(Kind.IDENT, "_pg_in", -1), new Token(Kind.PUNCT, "(", -1),
                new Token(Kind.NUMBER, Integer.toString(other.oid()), -1), new Token(Kind.PUNCT, ",", -1),
                new Token(Kind.NUMBER, "-1", -1), new Token(Kind.PUNCT, ",", -1)));
        return true;
    }

    static String comparisonFunction(int l, int r) {
        boolean lNum = INTEGERS.contains(l) || l == NUMERIC, rNum = INTEGERS.contains(r) || r == NUMERIC;
        if (lNum && rNum && (l == NUMERIC || r == NUMERIC)) return "pg_numeric_cmp";
        if (l == INTERVAL && r == INTERVAL) return "pg_interval_cmp";
        return null;
    }

    /** sum(numeric) and avg(integer or numeric) as exact aggregates; not as window functions (OVER). */
    private int aggregate(RewriteContext ctx, int at) {
        List<Token> tokens = ctx.tokens();
        int open = TokenNav.nextSig(tokens, at);
        if (open < 0 || !tokens.get(open).isPunct("(")) return -1;
        int close = TokenNav.closingOf(tokens, open);
        if (close < 0) return -1;
        int after = TokenNav.nextSig(tokens, close);
        // pg_numeric_sum/avg are window functions too, so an OVER clause keeps them exact
        if (after >= 0 && tokens.get(after).is("within")) return -1;
        int first = TokenNav.nextSig(tokens, open);
        if (first >= 0 && (tokens.get(first).is("distinct") || tokens.get(first).is("all"))) {
            first = TokenNav.nextSig(tokens, first);
        }
        if (first < 0 || first >= close) return -1;
        List<Token> arg = significant(tokens, first, TokenNav.prevSig(tokens, close));
        for (Token t : arg) if (t.isPunct(",") || t.is("order")) return -1;
        PgType type = ExpressionTypes.of(arg, ctx.columnTypes());
        if (type == null) return -1;
        boolean sum = tokens.get(at).is("sum");
        String fn;
        if (type.oid() == NUMERIC) fn = sum ? "pg_numeric_sum" : "pg_numeric_avg";
        else if (INTEGERS.contains(type.oid()) && !sum) fn = "pg_numeric_avg";
        else if (type.oid() == INTERVAL) fn = sum ? "pg_interval_sum" : null;
        else fn = null;
        if (fn == null) return -1;
        tokens.set(at, new Token(Kind.IDENT, fn, tokens.get(at).start()));
        return -1;
    }

    /**
     * Replaces {@code left op right} (left ls..le, right rs..re) by {@code fn([op, ltype, rtype, ]left, right)}.
     * A bare numeric literal operand goes in as text, so no digit passes through a SQLite double.
     */
    private static int call(List<Token> tokens, int ls, int le, int rs, int re, String fn, String op,
                            String lt, String rt, boolean keepNumbers) {
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, fn, -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        if (op != null) {
            for (String s : new String[] {op, lt, rt}) {
                out.add(new Token(Kind.STRING, Literals.quote(s), -1));
                out.add(new Token(Kind.PUNCT, ",", -1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
            }
        }
        out.addAll(operand(tokens.subList(ls, le + 1), keepNumbers));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.addAll(operand(tokens.subList(rs, re + 1), keepNumbers));
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(ls, re + 1).clear();
        tokens.addAll(ls, out);
        return ls + out.size() - 1;
    }

    private static List<Token> operand(List<Token> operand, boolean keepNumbers) {
        List<Token> sig = significant(operand, 0, operand.size() - 1);
        if (!keepNumbers && sig.size() == 1 && sig.get(0).kind() == Kind.NUMBER) {
            return List.of(new Token(Kind.STRING, Literals.quote(sig.get(0).text().replace("_", "")), -1));
        }
        if (!keepNumbers && sig.size() == 2 && sig.get(0).isOperator("-") && sig.get(1).kind() == Kind.NUMBER) {
            return List.of(new Token(Kind.STRING, Literals.quote("-" + sig.get(1).text().replace("_", "")), -1));
        }
        return new ArrayList<>(operand);
    }

    private static String tag(int oid) {
        return switch (oid) {
            case 21, 23, 20 -> "int";
            case NUMERIC -> "numeric";
            case FLOAT4, FLOAT8 -> "float";
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "timestamp";
            case TIMESTAMPTZ -> "timestamptz";
            case INTERVAL -> "interval";
            default -> "other";
        };
    }

    private static List<Token> significant(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (int k = from; k <= to; k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }
}
