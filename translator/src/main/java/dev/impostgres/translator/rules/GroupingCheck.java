package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Grouping errors Postgres raises while analysing a query (42803), where SQLite would answer with an arbitrary row's
 * value: an aggregate in WHERE, and a column of a grouped query (GROUP BY, or aggregates alone) used in the select
 * list outside an aggregate and missing from GROUP BY. The second needs to know the table's columns and primary key
 * (grouping by the key makes every column of the table usable), so it is decided only for a top-level SELECT from
 * one table whose GROUP BY lists plain columns, in the typed translation.
 */
final class GroupingCheck implements RewriteRule {
    static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "array_agg", "string_agg",
            "bool_and", "bool_or", "every", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg", "bit_and",
            "bit_or", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp");
    private static final Set<String> AFTER_FROM = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "for", "fetch");

    @Override
    public boolean applies(RewriteContext ctx) {
        int first = TokenNav.nextSig(ctx.tokens(), -1);
        if (first < 0 || !(ctx.tokens().get(first).is("select") || ctx.tokens().get(first).is("with"))) return false;
        return ctx.any(t -> t.kind() == Token.Kind.IDENT && AGGREGATES.contains(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> s = Lexer.significant(ctx.tokens());
        aggregateInWhere(ctx, s);
        if (s.get(0).is("select")) ungroupedColumn(ctx, s);
    }

    /** An aggregate call directly in a WHERE clause (not inside a subquery there). */
    private static void aggregateInWhere(RewriteContext ctx, List<Token> s) {
        for (int w = 0; w < s.size(); w++) {
            if (!s.get(w).is("where") || w > 0 && s.get(w - 1).isPunct("(")) continue; // FILTER (WHERE …)
            int depth = 0;
            for (int k = w + 1; k < s.size(); k++) {
                Token t = s.get(k);
                if (t.isPunct("(")) {
                    if (k + 1 < s.size() && (s.get(k + 1).is("select") || s.get(k + 1).is("with"))) {
                        k = TokenNav.closingOf(s, k);
                        if (k < 0) return;
                        continue;
                    }
                    depth++;
                } else if (t.isPunct(")")) {
                    if (--depth < 0) break;
                } else if (depth == 0 && t.kind() == Token.Kind.IDENT && AFTER_FROM.contains(t.identifier())
                        && !t.is("where") || t.isPunct(";")) {
                    break;
                } else if (isAggregateCall(s, k)) {
                    throw at(ctx, t, new PgException("42803", "aggregate functions are not allowed in WHERE"));
                }
            }
        }
    }

    private static void ungroupedColumn(RewriteContext ctx, List<Token> s) {
        int from = -1, depth = 0, group = -1, groupEnd = s.size();
        for (int k = 1; k < s.size(); k++) {
            Token t = s.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && from < 0 && t.is("from")) from = k;
            else if (depth == 0 && t.is("group") && k + 1 < s.size() && s.get(k + 1).is("by")) group = k + 2;
            else if (depth == 0 && group > 0 && groupEnd == s.size() && t.kind() == Token.Kind.IDENT
                    && AFTER_FROM.contains(t.identifier()) && k > group || t.isPunct(";")) groupEnd = Math.min(groupEnd, k);
            else if (depth == 0 && (t.is("union") || t.is("intersect") || t.is("except"))) return;
        }
        if (from < 0 || from + 1 >= s.size()) return;
        // FROM one plain table [[AS] alias]
        Token table = s.get(from + 1);
        if (!isName(table)) return;
        int k = from + 2;
        String alias = table.identifier();
        if (k < s.size() && s.get(k).is("as")) k++;
        if (k < s.size() && isName(s.get(k)) && !AFTER_FROM.contains(s.get(k).identifier())) alias = s.get(k++).identifier();
        if (k < s.size() && !(s.get(k).isPunct(";") || s.get(k).kind() == Token.Kind.IDENT
                && AFTER_FROM.contains(s.get(k).identifier()))) return;
        List<String> columns = ctx.columnTypes().columnNames(table.identifier());
        List<String> key = ctx.columnTypes().primaryKey(table.identifier());
        if (columns == null || key == null) return;
        Set<String> grouped = new HashSet<>();
        if (group > 0) {
            for (int g = group; g < groupEnd; g++) {
                Token t = s.get(g);
                if (t.isPunct(",")) continue;
                if (isName(t) && g + 2 < groupEnd && s.get(g + 1).isPunct(".") && t.identifier().equals(alias)) continue;
                if (t.isPunct(".")) continue;
                if (!isName(t) || !columns.contains(t.identifier())) return; // an expression, ordinal or output name
                grouped.add(t.identifier());
            }
            if (!key.isEmpty() && grouped.containsAll(key)) return;
        } else if (!hasAggregate(s, 1, from)) {
            return;
        }
        checkItems(ctx, s, 1, from, columns, grouped, alias);
    }

    /** Column references of the select list outside aggregate calls and subqueries must be grouped. */
    private static void checkItems(RewriteContext ctx, List<Token> s, int start, int end, List<String> columns,
                                   Set<String> grouped, String alias) {
        for (int k = start; k < end; k++) {
            Token t = s.get(k);
            if (t.isPunct("(") && k + 1 < end && (s.get(k + 1).is("select") || s.get(k + 1).is("with"))
                    || isAggregateCall(s, k)) {
                int open = t.isPunct("(") ? k : k + 1;
                int close = TokenNav.closingOf(s, open);
                if (close < 0) return;
                if (!t.isPunct("(") && close + 1 < end && s.get(close + 1).is("filter")) {
                    close = TokenNav.closingOf(s, close + 2);
                    if (close < 0) return;
                }
                k = close;
                continue;
            }
            if (!isName(t) || k + 1 < end && (s.get(k + 1).isPunct("(") || s.get(k + 1).isPunct("."))) continue;
            Token before = k > start ? s.get(k - 1) : null;
            if (before != null && (before.is("as") || before.isOperator("::"))) continue;
            if (before != null && before.isPunct(".") && !(k >= 2 && s.get(k - 2).identifier().equals(alias))) continue;
            if (before != null && (isName(before) || before.isPunct(")") || before.kind() == Token.Kind.NUMBER
                    || before.kind() == Token.Kind.STRING)) continue; // an output name (or a key word's operand)
            String column = t.identifier();
            if (!columns.contains(column) || grouped.contains(column)) continue;
            throw at(ctx, t, new PgException("42803", "column \"" + alias + "." + column
                    + "\" must appear in the GROUP BY clause or be used in an aggregate function"));
        }
    }

    private static boolean hasAggregate(List<Token> s, int start, int end) {
        for (int k = start; k < end; k++) {
            if (s.get(k).isPunct("(") && k + 1 < end && s.get(k + 1).is("select")) {
                k = TokenNav.closingOf(s, k);
                if (k < 0) return false;
            } else if (isAggregateCall(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** {@code agg(…)} not used as a window function, not qualified by a schema. */
    private static boolean isAggregateCall(List<Token> s, int k) {
        Token t = s.get(k);
        if (t.kind() != Token.Kind.IDENT || !AGGREGATES.contains(t.identifier()) || k + 1 >= s.size()
                || !s.get(k + 1).isPunct("(") || k > 0 && s.get(k - 1).isPunct(".")) return false;
        int close = TokenNav.closingOf(s, k + 1);
        if (close < 0) return false;
        int after = close + 1;
        if (after + 1 < s.size() && s.get(after).is("filter")) {
            int f = TokenNav.closingOf(s, after + 1);
            after = f < 0 ? after : f + 1;
        }
        return !(after < s.size() && s.get(after).is("over"));
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    private static PgException at(RewriteContext ctx, Token t, PgException e) {
        return t.start() < 0 ? e : e.withPosition(Lexer.position(ctx.script(), t.start()));
    }
}
