package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Function calls whose arguments need Postgres's call rules before SQLite sees them:
 * <ul>
 *   <li>make_interval's named arguments ({@code days => 10}) and defaults become its seven positional ones;</li>
 *   <li>greatest/least resolve their arguments' common type (int4 → int8 → numeric → float8, else the first known
 *   type) and become {@code pg_greatest('numeric', …)}, which ignores NULLs as Postgres does;</li>
 *   <li>scale/min_scale/trim_scale get a numeric literal as its text (8.4100 keeps its four digits);</li>
 *   <li>length/char_length of a char(n) value ignore its trailing blanks, as bpchar's length does;</li>
 *   <li>a DO block fails with 0A000 when run (nothing here runs PL/pgSQL), not with a syntax error;</li>
 *   <li>{@code ROW(a, b)} is SQLite's row value {@code (a, b)}, which compares as Postgres's row comparison does.</li>
 * </ul>
 */
public final class CallArgumentRule implements RewriteRule {
    private static final List<String> MAKE_INTERVAL = List.of("years", "months", "weeks", "days", "hours", "mins", "secs");
    private static final Set<String> SCALE = Set.of("scale", "min_scale", "trim_scale");
    private static final Set<String> LENGTH = Set.of("length", "char_length", "character_length");
    private static final Set<String> NAMES = Set.of("make_interval", "greatest", "least", "scale", "min_scale",
            "trim_scale", "length", "char_length", "character_length", "row", "coalesce");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && (NAMES.contains(t.identifier()) || t.is("do")));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        int first = TokenNav.nextSig(tokens, -1);
        if (first >= 0 && tokens.get(first).is("do")) { // an anonymous code block: fail when it runs, naming why
            tokens.clear();
            tokens.add(new Token(Kind.IDENT, "SELECT pg_raise('0A000', 'DO blocks are not supported: Impostgres does not "
                    + "run PL/pgSQL (language plpgsql)')", -1));
            return;
        }
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || !NAMES.contains(t.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int prev = TokenNav.prevSig(tokens, i);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).isOperator("::"))) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<int[]> args = TypedArgumentRule.argumentRanges(tokens, open, close);
            String fn = t.identifier();
            if (fn.equals("coalesce")) {
                checkLiterals(tokens, args, commonType(tokens, args, ctx));
            } else if (fn.equals("row")) {
                if (args.size() > 1) tokens.remove(i);
            } else if (fn.equals("make_interval")) {
                makeInterval(tokens, open, close, args);
            } else if (fn.equals("greatest") || fn.equals("least")) {
                String type = commonType(tokens, args, ctx);
                tokens.addAll(open + 1, List.of(new Token(Kind.STRING, Literals.quote(type), -1),
                        new Token(Kind.PUNCT, ",", -1)));
                tokens.set(i, new Token(Kind.IDENT, "pg_" + fn, t.start()));
            } else if (SCALE.contains(fn) && args.size() == 1) {
                int k = onlyToken(tokens, args.get(0));
                if (k >= 0 && tokens.get(k).kind() == Kind.NUMBER) {
                    tokens.set(k, new Token(Kind.STRING, Literals.quote(tokens.get(k).text()), tokens.get(k).start()));
                }
            } else if (LENGTH.contains(fn) && args.size() == 1) {
                PgType type = ExpressionTypes.of(significant(tokens, args.get(0)), ctx.columnTypes());
                if (type != null && type.oid() == 1042) {
                    int[] a = args.get(0);
                    tokens.add(a[1] + 1, new Token(Kind.PUNCT, ", ' ')", -1));
                    tokens.add(a[0], new Token(Kind.IDENT, "rtrim(", -1));
                }
            }
        }
    }

    private static void makeInterval(List<Token> tokens, int open, int close, List<int[]> args) {
        List<List<Token>> values = new ArrayList<>();
        for (int k = 0; k < MAKE_INTERVAL.size(); k++) values.add(List.of(new Token(Kind.NUMBER, "0", -1)));
        int position = 0;
        for (int[] a : args) {
            List<Token> arg = new ArrayList<>(tokens.subList(a[0], a[1] + 1));
            List<Token> sig = significant(tokens, a);
            int arrow = -1;
            for (int k = 0; k < arg.size(); k++) if (arg.get(k).isOperator("=>")) { arrow = k; break; }
            if (arrow >= 0) {
                if (sig.size() < 3 || !sig.get(1).isOperator("=>")) return;
                int at = MAKE_INTERVAL.indexOf(sig.get(0).identifier());
                if (at < 0) return; // not a parameter of make_interval: leave the call for the error
                values.set(at, arg.subList(arrow + 1, arg.size()));
            } else if (position < values.size()) {
                values.set(position++, arg);
            } else {
                return;
            }
        }
        List<Token> out = new ArrayList<>();
        for (List<Token> v : values) {
            if (!out.isEmpty()) out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(v);
        }
        tokens.subList(open + 1, close).clear();
        tokens.addAll(open + 1, out);
    }

    /** Postgres's common type of greatest/least arguments, as a type name ("" when none is known). */
    private static String commonType(List<Token> tokens, List<int[]> args, RewriteContext ctx) {
        return commonType(tokens, args, ctx.columnTypes());
    }

    /** The common type of the arguments of the call whose "(" is at {@code open}. */
    static String commonType(List<Token> tokens, int open, ColumnTypes columns) {
        int close = TokenNav.closingOf(tokens, open);
        return close < 0 ? "" : commonType(tokens, TypedArgumentRule.argumentRanges(tokens, open, close), columns);
    }

    private static String commonType(List<Token> tokens, List<int[]> args, ColumnTypes columns) {
        PgType first = null;
        int numericRank = -1;
        int[] order = {21, 23, 20, 1700, 700, 701};
        boolean allNumbers = true;
        for (int[] a : args) {
            List<Token> sig = significant(tokens, a);
            if (sig.size() == 1 && sig.get(0).is("null")) continue;
            PgType type = ExpressionTypes.of(sig, columns);
            if (type == null) continue;
            if (first == null) first = type;
            int rank = -1;
            for (int k = 0; k < order.length; k++) if (order[k] == type.oid()) rank = k;
            if (rank < 0) allNumbers = false;
            numericRank = Math.max(numericRank, rank);
        }
        if (first == null) return "";
        if (allNumbers && numericRank >= 0) {
            int oid = order[numericRank];
            return PgTypes.byOid(oid == 21 ? 21 : oid == 700 ? 700 : oid).name();
        }
        return first.name();
    }

    /** coalesce(1, 'x'): an untyped literal is read as the common type, failing (22P02) as Postgres does. */
    private static void checkLiterals(List<Token> tokens, List<int[]> args, String type) {
        PgType target = type.isEmpty() ? null : PgTypes.byName(type);
        if (target == null || !NUMBERS.contains(target.oid())) return;
        for (int[] a : args) {
            int k = onlyToken(tokens, a);
            if (k >= 0 && dev.impostgres.translator.sql.Literals.isString(tokens.get(k))) {
                new dev.impostgres.translator.types.ValueCodec().decodeText(target,
                        dev.impostgres.translator.sql.Literals.stringValue(tokens.get(k)));
            }
        }
    }

    private static final Set<Integer> NUMBERS = Set.of(21, 23, 20, 1700, 700, 701);

    private static int onlyToken(List<Token> tokens, int[] a) {
        int found = -1;
        for (int k = a[0]; k <= a[1]; k++) {
            if (tokens.get(k).isTrivia()) continue;
            if (found >= 0) return -1;
            found = k;
        }
        return found;
    }

    private static List<Token> significant(List<Token> tokens, int[] a) {
        List<Token> out = new ArrayList<>();
        for (int k = a[0]; k <= a[1]; k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }

}
