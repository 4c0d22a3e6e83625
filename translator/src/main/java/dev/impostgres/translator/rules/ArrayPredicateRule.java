package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Array comparisons and constructors catalog queries use, in SQLite terms: {@code x = ANY (arr)} becomes
 * {@code x IN (SELECT value FROM json_each(_pg_array_json(arr)))} (the array's text form as a JSON array, so the
 * elements compare as numbers or text like the column they meet), {@code x <> ALL (arr)} the same with NOT IN,
 * {@code = ANY (SELECT …)} a plain IN; {@code ARRAY(SELECT …)} becomes an aggregate over the subquery,
 * {@code (WITH _pg_array(v) AS (SELECT …) SELECT _pg_array_agg(v) FROM _pg_array)}, in the subquery's order.
 */
public final class ArrayPredicateRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("any") || t.is("all") || t.is("some") || t.is("array"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            int first = TokenNav.nextSig(tokens, open);
            boolean subquery = first >= 0 && (tokens.get(first).is("select") || tokens.get(first).is("with"));
            if (t.is("array") && subquery) {
                List<Token> out = new ArrayList<>();
                out.addAll(dev.impostgres.translator.sql.Lexer.tokenize("(WITH _pg_array(v) AS (")); // seen by later rules
                out.addAll(tokens.subList(first, close));
                out.addAll(dev.impostgres.translator.sql.Lexer.tokenize(") SELECT _pg_array_agg(v) FROM _pg_array)"));
                replace(tokens, i, close, out);
                continue;
            }
            if (!t.is("any") && !t.is("all") && !t.is("some")) continue;
            int op = TokenNav.prevSig(tokens, i);
            if (op < 0) continue;
            Token operator = tokens.get(op);
            boolean any = !t.is("all");
            boolean in = any && operator.isOperator("=");
            boolean notIn = !any && (operator.isOperator("<>") || operator.isOperator("!="));
            if (!in && !notIn) {
                if (!subquery && COMPARISONS.contains(operator.text()) && operator.kind() == Kind.OPERATOR) {
                    i = quantified(tokens, op, open, close, any);
                }
                continue;
            }
            List<Token> out = new ArrayList<>();
            out.add(ident(in ? "IN (" : "NOT IN ("));
            if (subquery) {
                out.addAll(tokens.subList(first, close));
            } else {
                out.add(ident("SELECT value FROM json_each(_pg_array_json("));
                out.addAll(tokens.subList(open + 1, close));
                out.add(ident("))"));
            }
            out.add(ident(")")); // opaque, like its "IN (": later rules see no unbalanced parenthesis
            replace(tokens, op, close, out);
            i = op + out.size() - 1;
        }
    }

    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("=", "<>", "!=", "<", ">", "<=", ">=");

    /**
     * {@code x op ANY|ALL (array)} for the other comparisons, with Postgres's NULL rules: ANY is true when one
     * comparison is, else NULL when one is NULL, else false; ALL is false when one comparison is, else NULL when
     * one is NULL, else true (an empty array: false / true).
     */
    private static int quantified(List<Token> tokens, int op, int open, int close, boolean any) {
        int ls = Operands.leftStart(tokens, op, Operands.OTHER - 1);
        if (ls < 0) return close;
        List<Token> out = new ArrayList<>();
        out.add(ident("pg_quantified("));
        out.addAll(tokens.subList(ls, TokenNav.prevSig(tokens, op) + 1));
        out.add(ident(", '" + tokens.get(op).text() + "', "));
        out.addAll(tokens.subList(open + 1, close));
        out.add(ident(", " + (any ? 1 : 0) + ")"));
        replace(tokens, ls, close, out);
        return ls + out.size() - 1;
    }

    private static Token ident(String text) {
        return new Token(Kind.IDENT, text, -1);
    }

    private static void replace(List<Token> tokens, int from, int to, List<Token> with) {
        List<Token> copy = new ArrayList<>(with);
        tokens.subList(from, to + 1).clear();
        tokens.addAll(from, copy);
    }
}
