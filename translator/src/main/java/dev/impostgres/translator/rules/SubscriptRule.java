package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Array subscripts {@code a[i]} (a column, qualified column or parenthesised expression followed by a non-empty
 * bracket) as {@code _pg_subscript(a, i)}, which reads the element from the array's text form — 1-based for
 * arrays, 0-based for the int2vector / oidvector columns of the catalogs (their text form has no braces), as in
 * Postgres. Empty brackets (type names such as {@code int[]}) and ARRAY[…] constructors are left alone.
 */
public final class SubscriptRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isPunct("["));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct("[")) continue;
            int close = TokenNav.closingOf(tokens, i);
            int last = TokenNav.prevSig(tokens, i);
            if (close < 0 || last < 0 || TokenNav.nextSig(tokens, i) == close) continue;
            Token before = tokens.get(last);
            boolean operand = before.kind() == Kind.QUOTED_IDENT || before.isPunct(")")
                    || before.kind() == Kind.IDENT && !before.is("array");
            if (!operand) continue;
            int first = TokenNav.operandStart(tokens, last);
            int cast = TokenNav.prevSig(tokens, first);
            if (cast >= 0 && tokens.get(cast).isOperator("::")) continue; // a type name: x::int[3]
            List<Token> out = new ArrayList<>();
            if (isJsonb(tokens.subList(first, last + 1), ctx) && jsonbAssignment(tokens, first, i)) continue;
            if (isJsonb(tokens.subList(first, last + 1), ctx)) { // j['a'][0] is j -> 'a' -> 0
                out.add(new Token(Kind.PUNCT, "(", -1));
                out.addAll(tokens.subList(first, last + 1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                out.add(new Token(Kind.OPERATOR, "->", -1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                out.addAll(tokens.subList(i + 1, close));
                out.add(new Token(Kind.PUNCT, ")", -1));
                tokens.subList(first, close + 1).clear();
                tokens.addAll(first, out);
                i = first;
                continue;
            }
            if (assignment(tokens, first, last, i, close)) continue;
            List<List<Token>> subscripts = new ArrayList<>(List.of(tokens.subList(i + 1, close)));
            int end = close;
            for (int next = TokenNav.nextSig(tokens, end); next >= 0 && tokens.get(next).isPunct("[");
                    next = TokenNav.nextSig(tokens, end)) { // m[2][1]: one element of a multi-dimensional array
                int nextClose = TokenNav.closingOf(tokens, next);
                if (nextClose < 0 || slice(tokens, next, nextClose)) break;
                subscripts.add(tokens.subList(next + 1, nextClose));
                end = nextClose;
            }
            if (subscripts.size() > 1) {
                out.add(new Token(Kind.IDENT, "pg_subscript_nd", -1));
                out.add(new Token(Kind.PUNCT, "(", -1));
                out.addAll(tokens.subList(first, last + 1));
                for (List<Token> subscript : subscripts) {
                    out.add(new Token(Kind.PUNCT, ",", -1));
                    out.addAll(subscript);
                }
                out.add(new Token(Kind.PUNCT, ")", -1));
                tokens.subList(first, end + 1).clear();
                tokens.addAll(first, out);
                i = first;
                continue;
            }
            out.add(new Token(Kind.IDENT, "_pg_subscript", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(first, last + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(tokens.subList(i + 1, close));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(first, close + 1).clear();
            tokens.addAll(first, out);
            i = first;
        }
    }

    private static boolean slice(List<Token> tokens, int open, int close) {
        for (int k = open + 1; k < close; k++) if (tokens.get(k).text().equals(":")) return true;
        return false;
    }

    /**
     * {@code UPDATE … SET a[i] = v}: {@code a = pg_array_set(a, i, v)}, when the subscripted column is a SET
     * target (after SET or a comma of the SET list, followed by =).
     */
    private static boolean assignment(List<Token> tokens, int first, int last, int open, int close) {
        int eq = TokenNav.nextSig(tokens, close);
        if (eq < 0 || !tokens.get(eq).isOperator("=")) return false;
        int before = TokenNav.prevSig(tokens, first);
        if (before < 0 || !(tokens.get(before).is("set") || tokens.get(before).isPunct(","))) return false;
        int depth = 0;
        boolean inSet = false;
        for (int k = before; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) depth--;
            if (depth != 0) continue;
            if (t.is("set")) {
                inSet = true;
                break;
            }
            if (t.is("select") || t.is("where") || t.is("from") || t.is("values") || t.is("on")) return false;
        }
        if (!inSet) return false;
        int valueEnd = tokens.size();
        depth = 0;
        for (int k = TokenNav.nextSig(tokens, eq); k >= 0 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (--depth < 0) { valueEnd = k; break; }
            } else if (depth == 0 && (t.isPunct(",") || t.isPunct(";") || t.is("where") || t.is("from")
                    || t.is("returning"))) {
                valueEnd = k;
                break;
            }
        }
        int valueLast = TokenNav.prevSig(tokens, valueEnd);
        List<Token> column = new ArrayList<>(tokens.subList(first, last + 1));
        List<Token> out = new ArrayList<>(column);
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.add(new Token(Kind.OPERATOR, "=", -1));
        out.add(new Token(Kind.IDENT, " pg_array_set", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(column);
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.addAll(tokens.subList(open + 1, close));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.addAll(tokens.subList(TokenNav.nextSig(tokens, eq), valueLast + 1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(first, valueLast + 1).clear();
        tokens.addAll(first, out);
        return true;
    }

    /**
     * {@code SET j['a'][0] = v} (j a jsonb column at {@code column}, its first subscript at {@code open}) as
     * {@code SET j = _pg_jsonb_assign(j, json_array('a', 0), v)}; false (nothing changed) when this is no
     * assignment target.
     */
    private static boolean jsonbAssignment(List<Token> tokens, int column, int open) {
        if (column != TokenNav.prevSig(tokens, open) || !inSetList(tokens, column)) return false;
        List<Token> path = new ArrayList<>();
        int close = open - 1;
        for (int k = open; k >= 0 && k < tokens.size() && tokens.get(k).isPunct("["); k = TokenNav.nextSig(tokens, close)) {
            close = TokenNav.closingOf(tokens, k);
            if (close < 0 || TokenNav.nextSig(tokens, k) == close) return false;
            if (!path.isEmpty()) path.add(new Token(Kind.PUNCT, ",", -1));
            path.addAll(tokens.subList(k + 1, close));
        }
        int eq = TokenNav.nextSig(tokens, close);
        if (eq < 0 || !tokens.get(eq).isOperator("=")) return false;
        int valueStart = TokenNav.nextSig(tokens, eq);
        int valueEnd = valueStart;
        int depth = 0;
        for (int k = valueStart; k >= 0 && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth++;
            else if (t.isPunct(")") || t.isPunct("]") || t.is("end")) depth--;
            if (depth < 0 || depth == 0 && (t.isPunct(",") || t.isPunct(";") || t.is("where") || t.is("from")
                    || t.is("returning"))) break;
            if (!t.isTrivia()) valueEnd = k;
        }
        if (valueStart < 0) return false;
        List<Token> out = new ArrayList<>();
        Token name = tokens.get(column);
        int[] earlier = earlierAssignment(tokens, column);
        out.add(name);
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.add(new Token(Kind.OPERATOR, "=", -1));
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.add(new Token(Kind.IDENT, "_pg_jsonb_assign", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        if (earlier == null) out.add(name);
        else out.addAll(tokens.subList(earlier[1], earlier[2] + 1)); // applied on top of the earlier assignment
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.IDENT, "json_array", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(path);
        out.add(new Token(Kind.PUNCT, ")", -1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.addAll(tokens.subList(valueStart, valueEnd + 1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(column, valueEnd + 1).clear();
        tokens.addAll(column, out);
        if (earlier != null) tokens.subList(earlier[0], TokenNav.nextSig(tokens, earlier[3]) + 1).clear();
        return true;
    }

    /**
     * An earlier {@code j = value} item of the same SET list for the column at {@code column} (Postgres applies
     * several subscript assignments to one column in turn; SQLite would keep only the last):
     * {item start, value start, value end, item end} or null.
     */
    private static int[] earlierAssignment(List<Token> tokens, int column) {
        String name = tokens.get(column).identifier();
        int set = -1;
        int depth = 0;
        for (int p = TokenNav.prevSig(tokens, column); p >= 0; p = TokenNav.prevSig(tokens, p)) {
            Token t = tokens.get(p);
            if (t.isPunct(")") || t.isPunct("]")) depth++;
            else if (t.isPunct("(") || t.isPunct("[")) depth--;
            else if (depth == 0 && t.is("set")) {
                set = p;
                break;
            }
        }
        int[] found = null;
        for (int item = TokenNav.nextSig(tokens, set); item >= 0 && item < column; ) {
            int eq = TokenNav.nextSig(tokens, item);
            int end = eq;
            depth = 0;
            for (int k = eq; k >= 0 && k < column; k = TokenNav.nextSig(tokens, k)) {
                Token t = tokens.get(k);
                if (t.isPunct("(") || t.isPunct("[")) depth++;
                else if (t.isPunct(")") || t.isPunct("]")) depth--;
                else if (depth == 0 && t.isPunct(",")) break;
                end = k;
            }
            if (tokens.get(item).identifier().equals(name) && eq >= 0 && tokens.get(eq).isOperator("=")) {
                found = new int[] {item, TokenNav.nextSig(tokens, eq), end, end};
            }
            int comma = TokenNav.nextSig(tokens, end);
            if (comma < 0 || !tokens.get(comma).isPunct(",")) break;
            item = TokenNav.nextSig(tokens, comma);
        }
        return found;
    }

    /** The token at {@code k} starts an item of an UPDATE's (or DO UPDATE's) SET list. */
    private static boolean inSetList(List<Token> tokens, int k) {
        int before = TokenNav.prevSig(tokens, k);
        if (before < 0 || !(tokens.get(before).is("set") || tokens.get(before).isPunct(","))) return false;
        int depth = 0;
        for (int p = TokenNav.prevSig(tokens, k); p >= 0; p = TokenNav.prevSig(tokens, p)) {
            Token t = tokens.get(p);
            if (t.isPunct(")") || t.isPunct("]")) depth++;
            else if (t.isPunct("(") || t.isPunct("[")) {
                if (--depth < 0) return false;
            } else if (depth == 0 && t.is("set")) return true;
            else if (depth == 0 && (t.is("select") || t.is("where") || t.is("from") || t.isPunct(";") || t.is("values"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isJsonb(List<Token> operand, RewriteContext ctx) {
        List<Token> sig = new ArrayList<>();
        for (Token t : operand) if (!t.isTrivia()) sig.add(t);
        dev.impostgres.translator.types.PgType type = ExpressionTypes.of(sig, ctx.columnTypes());
        return type != null && type.oid() == 3802;
    }
}
