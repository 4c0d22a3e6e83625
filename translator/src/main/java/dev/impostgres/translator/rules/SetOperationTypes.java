package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The result columns of a set operation's branches, or of a VALUES list's rows, and the type Postgres resolves for
 * each (select_common_type): unknown literals ('x', NULL) take the others' type, text when all are unknown; within
 * the numeric category a type gives way to one it casts to implicitly and not back (int4 + numeric is numeric,
 * numeric + float8 float8), within date/time likewise (date, timestamp, timestamptz); other mixes are left
 * unresolved. Positions are indexes into the token list given (trivia allowed).
 */
final class SetOperationTypes {
    private SetOperationTypes() {}

    /** One result column's expression in one branch: tokens {@code start..end}. */
    record Item(int start, int end) {}

    private static final List<Integer> NUMERIC_ORDER = List.of(21, 23, 20, 1700, 700, 701);
    private static final List<Integer> DATETIME_ORDER = List.of(1082, 1114, 1184);

    /**
     * The branches of the query expression whose first SELECT or VALUES is at {@code start} (each VALUES row is a
     * branch); null when a branch is parenthesised or has a {@code *}. Raises 42601 when the branches differ in
     * width, as Postgres does.
     */
    static List<List<Item>> branches(List<Token> tokens, int start) {
        List<List<Item>> out = new ArrayList<>();
        String operator = null;
        int k = start;
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.is("values")) {
                int end = valuesRows(tokens, k, out);
                if (end < 0) return null;
                k = end;
            } else if (t.is("select")) {
                List<Item> items = selectItems(tokens, k);
                if (items == null) return null;
                out.add(items);
                k = QueryOperands.rightEnd(tokens, k, java.util.Set.of("union", "intersect", "except"));
            } else {
                return null;
            }
            if (out.size() > 1 && out.get(out.size() - 1).size() != out.get(0).size()) {
                throw new PgException(SqlState.SYNTAX_ERROR, operator == null ? "VALUES lists must all be the same length"
                        : "each " + operator + " query must have the same number of columns");
            }
            int next = TokenNav.nextSig(tokens, k);
            if (next < 0 || !QueryOperands.isSetOperator(tokens.get(next))) break;
            operator = tokens.get(next).identifier().toUpperCase();
            k = TokenNav.nextSig(tokens, next);
            if (k >= 0 && (tokens.get(k).is("all") || tokens.get(k).is("distinct"))) k = TokenNav.nextSig(tokens, k);
        }
        return out.isEmpty() ? null : out;
    }

    /** Adds each row of the VALUES at {@code values} as a branch; returns the last row's closing index. */
    private static int valuesRows(List<Token> tokens, int values, List<List<Item>> out) {
        int open = TokenNav.nextSig(tokens, values);
        int close = -1;
        while (open >= 0 && tokens.get(open).isPunct("(")) {
            close = TokenNav.closingOf(tokens, open);
            if (close < 0) return -1;
            out.add(split(tokens, TokenNav.nextSig(tokens, open), close));
            int comma = TokenNav.nextSig(tokens, close);
            if (comma < 0 || !tokens.get(comma).isPunct(",")) break;
            open = TokenNav.nextSig(tokens, comma);
        }
        return close;
    }

    private static List<Item> selectItems(List<Token> tokens, int select) {
        int k = TokenNav.nextSig(tokens, select);
        if (k >= 0 && tokens.get(k).is("all")) k = TokenNav.nextSig(tokens, k);
        else if (k >= 0 && tokens.get(k).is("distinct")) {
            k = TokenNav.nextSig(tokens, k);
            if (k >= 0 && tokens.get(k).is("on")) k = TokenNav.nextSig(tokens, TokenNav.closingOf(tokens, TokenNav.nextSig(tokens, k)));
        }
        if (k < 0) return List.of();
        int end = k;
        for (int depth = 0; end < tokens.size(); end++) {
            Token t = tokens.get(end);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (--depth < 0) break;
            } else if (depth == 0 && (t.isPunct(";") || t.kind() == Token.Kind.IDENT && (t.is("from") || t.is("where")
                    || t.is("group") || t.is("having") || t.is("window") || t.is("order") || t.is("limit")
                    || t.is("offset") || t.is("fetch") || t.is("for") || t.is("into") || QueryOperands.isSetOperator(t)))) break;
        }
        List<Item> items = split(tokens, k, end);
        for (Item item : items) {
            Token last = tokens.get(item.end());
            if (last.isOperator("*")) return null;
        }
        return items;
    }

    /** Comma-separated expressions from {@code from} up to (not including) {@code end}, aliases dropped. */
    private static List<Item> split(List<Token> tokens, int from, int end) {
        List<Item> items = new ArrayList<>();
        if (from < 0 || from >= end) return items;
        List<Integer> sig = new ArrayList<>();
        int depth = 0;
        for (int k = from; k <= end; k++) {
            Token t = k < end ? tokens.get(k) : null;
            if (t != null && t.isTrivia()) continue;
            if (t != null && (t.isPunct("(") || t.isPunct("["))) depth++;
            else if (t != null && (t.isPunct(")") || t.isPunct("]"))) depth--;
            if (t == null || depth == 0 && t.isPunct(",")) {
                if (!sig.isEmpty()) {
                    List<Token> expr = new ArrayList<>();
                    for (int i : sig) expr.add(tokens.get(i));
                    int n = ColumnTypeHints.withoutAlias(expr).size();
                    items.add(new Item(sig.get(0), sig.get(Math.max(n, 1) - 1)));
                }
                sig = new ArrayList<>();
                continue;
            }
            sig.add(k);
        }
        return items;
    }

    static List<Token> expression(List<Token> tokens, Item item) {
        List<Token> out = new ArrayList<>();
        for (int k = item.start(); k <= item.end(); k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }

    /** An item's own type: UNKNOWN for a bare string literal or NULL, null when it can not be told. */
    static PgType itemType(List<Token> expr, ColumnTypes columns) {
        if (expr.size() == 1 && (Literals.isString(expr.get(0)) || expr.get(0).is("null"))) return PgTypes.UNKNOWN;
        return ColumnTypeHints.itemType(expr, columns);
    }

    /** The column's resolved type given each branch's item type; null when some type is not known or they clash. */
    static PgType resolve(List<PgType> types) {
        PgType chosen = null;
        for (PgType t : types) {
            if (t == null) return null;
            if (t.oid() == PgTypes.UNKNOWN.oid()) continue;
            if (chosen == null || chosen.oid() == t.oid()) {
                chosen = t;
                continue;
            }
            PgType wider = wider(chosen, t, NUMERIC_ORDER);
            if (wider == null) wider = wider(chosen, t, DATETIME_ORDER);
            if (wider == null) return null;
            chosen = wider;
        }
        return chosen == null ? PgTypes.TEXT : chosen;
    }

    private static PgType wider(PgType a, PgType b, List<Integer> order) {
        int x = order.indexOf(a.oid()), y = order.indexOf(b.oid());
        if (x < 0 || y < 0) return null;
        return y > x ? b : a;
    }
}
