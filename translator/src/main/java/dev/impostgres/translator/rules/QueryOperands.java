package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * Where the operands of a set operation begin and end in a token list (trivia included), with Postgres's grammar:
 * UNION and EXCEPT are left-associative at one level, INTERSECT binds tighter, and a query expression ends at its
 * ORDER BY, LIMIT, OFFSET, FETCH, locking clause, a closing parenthesis or the end of the statement.
 */
final class QueryOperands {
    private QueryOperands() {}

    private static final Set<String> SET_OPERATORS = Set.of("union", "except", "intersect");
    private static final Set<String> QUERY_END = Set.of("order", "limit", "offset", "fetch", "for", "returning");
    private static final Set<String> LIST_END = Set.of("from", "into", "where", "group", "having", "window",
            "order", "limit", "offset", "fetch", "for", "union", "intersect", "except");

    static boolean isSetOperator(Token t) {
        return t.kind() == Token.Kind.IDENT && SET_OPERATORS.contains(t.identifier());
    }

    /**
     * The first token of the left operand of the set operator at {@code op}: the leftmost SELECT, VALUES or
     * parenthesised query at the operator's level, stopping at an enclosing parenthesis, a WITH item's body and, for
     * an INTERSECT ({@code tight}), at a UNION or EXCEPT.
     */
    static int leftStart(List<Token> tokens, int op, boolean tight) {
        int start = -1;
        for (int k = TokenNav.prevSig(tokens, op); k >= 0; k = TokenNav.prevSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) break; // the enclosing parenthesis
            if (t.isPunct(")")) {
                int open = TokenNav.openingOf(tokens, k);
                if (open < 0) break;
                int before = TokenNav.prevSig(tokens, open);
                Token b = before < 0 ? null : tokens.get(before);
                if (b != null && (b.is("as") || b.is("materialized"))) break; // a WITH item's body
                if (b == null || isSetOperator(b) || b.is("all") || b.is("distinct") && isSetOperatorBefore(tokens, before)) {
                    start = open; // a parenthesised operand
                }
                k = open;
                continue;
            }
            if (tight && (t.is("union") || t.is("except"))) break;
            if (t.is("select") || t.is("values")) start = k;
        }
        return start;
    }

    private static boolean isSetOperatorBefore(List<Token> tokens, int i) {
        int p = TokenNav.prevSig(tokens, i);
        return p >= 0 && isSetOperator(tokens.get(p));
    }

    /**
     * The last significant token of the right operand starting after {@code from}: up to the end of the query
     * expression, or the next set operator of {@code stops}.
     */
    static int rightEnd(List<Token> tokens, int from, Set<String> stops) {
        int last = -1;
        for (int k = TokenNav.nextSig(tokens, from); k >= 0; k = TokenNav.nextSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct(")") || t.isPunct(";")) break;
            if (t.isPunct("(")) {
                int close = TokenNav.closingOf(tokens, k);
                if (close < 0) return -1;
                last = k = close;
                continue;
            }
            if (t.kind() == Token.Kind.IDENT && (QUERY_END.contains(t.identifier()) || stops.contains(t.identifier()))) break;
            if (t.is("on") && TokenNav.nextSig(tokens, k) >= 0 && tokens.get(TokenNav.nextSig(tokens, k)).is("conflict")) break;
            last = k;
        }
        return last;
    }

    /**
     * How many columns the query in tokens {@code from..to} returns, from its first SELECT list or VALUES row; -1
     * when a {@code *} makes it unknown.
     */
    static int columnCount(List<Token> tokens, int from, int to) {
        int i = from;
        while (i >= 0 && i <= to && tokens.get(i).isTrivia()) i++;
        if (i < 0 || i > to) return -1;
        if (tokens.get(i).isPunct("(")) return columnCount(tokens, i + 1, TokenNav.closingOf(tokens, i) - 1);
        if (tokens.get(i).is("values")) {
            int open = TokenNav.nextSig(tokens, i);
            return open < 0 ? -1 : commaItems(tokens, open + 1, TokenNav.closingOf(tokens, open) - 1, false);
        }
        if (!tokens.get(i).is("select")) return -1;
        int k = TokenNav.nextSig(tokens, i);
        if (k >= 0 && tokens.get(k).is("all")) k = TokenNav.nextSig(tokens, k);
        else if (k >= 0 && tokens.get(k).is("distinct")) {
            k = TokenNav.nextSig(tokens, k);
            if (k >= 0 && tokens.get(k).is("on")) k = TokenNav.nextSig(tokens, TokenNav.closingOf(tokens, TokenNav.nextSig(tokens, k)));
        }
        return k < 0 ? 0 : commaItems(tokens, k, to, true);
    }

    /** Top-level comma-separated items from {@code from}, up to {@code to} or the end of a select list. */
    private static int commaItems(List<Token> tokens, int from, int to, boolean selectList) {
        int items = 0;
        boolean inItem = false;
        int depth = 0;
        Token previous = null;
        for (int k = from; k <= to && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (--depth < 0) break;
            }
            if (depth == 0 && selectList && t.kind() == Token.Kind.IDENT && LIST_END.contains(t.identifier())
                    && !(t.is("from") && previous != null && previous.is("distinct"))) break;
            if (depth == 0 && t.isPunct(",")) {
                inItem = false;
            } else {
                if (depth == 0 && t.isOperator("*") && (previous == null || previous.isPunct(",")
                        || previous.isPunct(".") || previous.is("select"))) return -1;
                if (!inItem) items++;
                inItem = true;
            }
            previous = t;
        }
        return items;
    }
}
