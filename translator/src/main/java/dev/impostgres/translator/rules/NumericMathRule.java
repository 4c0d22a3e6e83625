package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sqrt, exp, ln, log and power resolve as Postgres resolves them: a numeric argument picks the numeric function
 * (exact, with Postgres's result scale), integers and floats the float8 one; log(b, x) exists only for numeric.
 * SQLite's own math functions answer NULL where Postgres raises (sqrt(-1), ln(0)), so both versions become Java
 * functions: {@code sqrt(16.0)} → {@code pg_numeric_sqrt('16.0')}, {@code ln(0)} → {@code pg_float_ln(0)}. A decimal
 * literal argument goes in as its text, since its written digits are its scale.
 */
public final class NumericMathRule implements RewriteRule {
    /** Function → its argument count, for the float8 and numeric versions (log has a numeric-only 2-argument form). */
    private static final Map<String, String> NAMES = Map.of("sqrt", "sqrt", "exp", "exp", "ln", "ln", "log", "log",
            "power", "power", "pow", "power", "log10", "log");

    /** Key words after which a name is a relation, not a function. */
    private static final java.util.Set<String> RELATION_BEFORE = java.util.Set.of("into", "from", "join", "table",
            "update", "references", "on", "only", "view", "exists", "index");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && NAMES.containsKey(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || !NAMES.containsKey(t.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int prev = TokenNav.prevSig(tokens, i);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).isOperator("::")
                    || tokens.get(prev).kind() == Kind.IDENT && RELATION_BEFORE.contains(tokens.get(prev).identifier()))) {
                continue; // INSERT INTO log (…): a table named like the function
            }
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<int[]> spans = argumentSpans(tokens, open, close);
            String fn = NAMES.get(t.identifier());
            int arity = fn.equals("power") || fn.equals("log") && spans.size() == 2 ? 2 : 1;
            if (spans.size() != arity) continue;
            Boolean numeric = numeric(tokens, spans, ctx);
            if (numeric == null) continue; // a type the translator cannot see: SQLite's function as before
            if (numeric || fn.equals("log") && arity == 2) {
                for (int k = spans.size() - 1; k >= 0; k--) quoteDecimal(tokens, spans.get(k));
                tokens.set(i, new Token(Kind.IDENT, "pg_numeric_" + fn, t.start()));
            } else {
                tokens.set(i, new Token(Kind.IDENT, "pg_float_" + fn, t.start()));
            }
        }
    }

    /** True when an argument is numeric, false when all are integers or floats, null when one is not known. */
    private static Boolean numeric(List<Token> tokens, List<int[]> spans, RewriteContext ctx) {
        boolean numeric = false;
        for (int[] span : spans) {
            List<Token> arg = significant(tokens, span);
            PgType type = ExpressionTypes.of(arg, ctx.columnTypes());
            if (type == null) return null;
            int oid = type.oid();
            if (oid == 1700) numeric = true;
            else if (oid != 21 && oid != 23 && oid != 20 && oid != 700 && oid != 701) return null;
        }
        return numeric;
    }

    /** A decimal literal ({@code 2.0}) becomes its text, which keeps its scale. */
    private static void quoteDecimal(List<Token> tokens, int[] span) {
        List<Integer> at = new ArrayList<>();
        for (int k = span[0]; k < span[1]; k++) if (!tokens.get(k).isTrivia()) at.add(k);
        int first = at.isEmpty() ? -1 : at.get(0);
        boolean negative = at.size() == 2 && tokens.get(first).isOperator("-");
        if (at.size() != 1 && !negative) return;
        int number = at.get(at.size() - 1);
        Token n = tokens.get(number);
        if (n.kind() != Kind.NUMBER || !n.text().contains(".")) return;
        String text = (negative ? "-" : "") + n.text().replace("_", "");
        tokens.set(number, new Token(Kind.STRING, Literals.quote(text), n.start()));
        if (negative) tokens.set(first, new Token(Kind.WHITESPACE, "", -1));
    }

    private static List<Token> significant(List<Token> tokens, int[] span) {
        List<Token> out = new ArrayList<>();
        for (int k = span[0]; k < span[1]; k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }

    /** [start, end) of each top-level argument between open and close. */
    private static List<int[]> argumentSpans(List<Token> tokens, int open, int close) {
        List<int[]> out = new ArrayList<>();
        int depth = 0, start = open + 1;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) {
                out.add(new int[] {start, k});
                start = k + 1;
            }
        }
        if (close > open + 1) out.add(new int[] {start, close});
        return out;
    }
}
