package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A subquery used as an expression must return at most one row (21000 otherwise); SQLite silently takes the first.
 * Such a subquery {@code (SELECT x FROM …)} becomes {@code (WITH _pg_sq(_pg_v) AS (SELECT x FROM …) SELECT
 * _pg_scalar(_pg_v) FROM _pg_sq)}: the aggregate gives NULL for no row, the value for one and fails for a second.
 * The CTE keeps every shape of the subquery (ORDER BY, set operations, correlation) as it was, evaluated once.
 * Left alone: subqueries of FROM/JOIN, IN, EXISTS, ANY/ALL/SOME, ARRAY, CTE bodies and INSERT sources; ones that
 * return one row by construction (LIMIT 1, only aggregates without GROUP BY, no FROM); several or {@code *} items
 * (not a scalar subquery); and subqueries that begin with WITH. Runs last, over the SQLite text.
 */
final class ScalarSubqueryRule implements RewriteRule {
    /** Words before "(SELECT" that make it something other than a scalar subquery. */
    private static final Set<String> NOT_SCALAR = Set.of("from", "join", "in", "exists", "any", "all", "some",
            "array", "lateral", "as", "materialized", "union", "intersect", "except", "into", "using", "table");
    /** The clause a "(SELECT" after a comma belongs to, found by scanning back at its depth. */
    private static final Set<String> CLAUSE_WORDS = Set.of("select", "from", "join", "where", "on", "having", "set",
            "values", "returning", "by", "when", "then", "else", "and", "or", "not", "case", "limit", "offset",
            "into", "using");
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "total", "avg", "min", "max",
            "group_concat", "json_group_array", "json_group_object", "string_agg", "pg_numeric_sum",
            "pg_numeric_avg", "pg_interval_sum", "bool_and", "bool_or", "every");

    @Override
    public boolean applies(RewriteContext ctx) {
        if (!TokenNav.startsQueryOrDml(ctx.tokens())) return false;
        Token verb = ctx.tokens().get(TokenNav.nextSig(ctx.tokens(), -1));
        int selects = 0;
        for (Token t : ctx.tokens()) {
            if (t.kind() == Token.Kind.IDENT && t.text().toLowerCase(java.util.Locale.ROOT).contains("select")) selects++;
        }
        return selects > (verb.is("select") ? 1 : 0);
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        // Earlier rules leave tokens holding several words or parentheses; read the text afresh.
        List<Token> tokens = new ArrayList<>(Lexer.tokenize(ctx.text()));
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct("(")) continue;
            int select = TokenNav.nextSig(tokens, i);
            if (select < 0 || !tokens.get(select).is("select") || !scalarPosition(tokens, i)) continue;
            int close = TokenNav.closingOf(tokens, i);
            if (close < 0 || !needsCheck(tokens, select, close)) continue;
            tokens.add(close, new Token(Token.Kind.IDENT, ") SELECT _pg_scalar(_pg_v) FROM _pg_sq", -1));
            tokens.add(i + 1, new Token(Token.Kind.IDENT, "WITH _pg_sq(_pg_v) AS (", -1));
            changed = true;
        }
        if (!changed) return;
        ctx.tokens().clear();
        ctx.tokens().addAll(tokens);
    }

    private static boolean scalarPosition(List<Token> tokens, int open) {
        int p = TokenNav.prevSig(tokens, open);
        if (p < 0) return false; // a parenthesized statement
        Token before = tokens.get(p);
        if (before.isPunct(")") || before.kind() == Token.Kind.IDENT && NOT_SCALAR.contains(before.identifier())) {
            return false;
        }
        if (before.kind() == Token.Kind.IDENT && !CLAUSE_WORDS.contains(before.identifier())
                && !before.is("end")) return false; // a table name (INSERT INTO t (SELECT …)) or a function's name
        String clause = clause(tokens, open);
        return clause != null && !clause.equals("from") && !clause.equals("join") && !clause.equals("into")
                && !clause.equals("using");
    }

    /** The nearest clause word before {@code at} at its own parenthesis depth (or the enclosing one's start). */
    private static String clause(List<Token> tokens, int at) {
        int depth = 0;
        for (int k = TokenNav.prevSig(tokens, at); k >= 0; k = TokenNav.prevSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) {
                if (depth == 0) return "(";
                depth--;
            } else if (depth == 0 && t.kind() == Token.Kind.IDENT && CLAUSE_WORDS.contains(t.identifier())) {
                return t.identifier();
            }
        }
        return null;
    }

    /** False when the subquery is not scalar-shaped or returns at most one row by construction. */
    private static boolean needsCheck(List<Token> tokens, int select, int close) {
        int items = 1, depth = 0, from = -1;
        boolean group = false, compound = false, limitOne = false, allAggregates = true;
        int itemStart = TokenNav.nextSig(tokens, select);
        for (int k = itemStart; k >= 0 && k < close; k = TokenNav.nextSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) { depth++; continue; }
            if (t.isPunct(")")) { depth--; continue; }
            if (depth != 0) continue;
            if (from < 0 && t.isPunct(",")) {
                items++;
                allAggregates &= aggregate(tokens, itemStart, k);
                itemStart = TokenNav.nextSig(tokens, k);
            } else if (t.is("from") && from < 0) {
                allAggregates &= aggregate(tokens, itemStart, k);
                from = k;
            } else if (t.is("group")) group = true;
            else if (t.is("union") || t.is("intersect") || t.is("except")) compound = true;
            else if (t.is("limit")) {
                int n = TokenNav.nextSig(tokens, k);
                limitOne = n >= 0 && n < close && tokens.get(n).text().equals("1");
            }
        }
        Token first = tokens.get(TokenNav.nextSig(tokens, select));
        if (items != 1 || first.isOperator("*")) return false;
        if (compound) return true;
        if (from < 0 || limitOne) return false;
        return !(allAggregates && !group);
    }

    /** The item tokens[from..to) is one call of an aggregate (nothing after its closing parenthesis but an alias). */
    private static boolean aggregate(List<Token> tokens, int from, int to) {
        if (from < 0 || from >= to) return false;
        Token name = tokens.get(from);
        int open = TokenNav.nextSig(tokens, from);
        if (name.kind() != Token.Kind.IDENT || !AGGREGATES.contains(name.identifier()) || open < 0
                || !tokens.get(open).isPunct("(")) return false;
        int close = TokenNav.closingOf(tokens, open);
        int after = TokenNav.nextSig(tokens, close);
        return after < 0 || after >= to || tokens.get(after).is("as") || tokens.get(after).kind() == Token.Kind.QUOTED_IDENT;
    }
}
