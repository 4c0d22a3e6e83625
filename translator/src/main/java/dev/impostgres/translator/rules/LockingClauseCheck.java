package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * Postgres refuses a row-locking clause on a query whose rows are not table rows (DISTINCT, GROUP BY, HAVING,
 * aggregates, window functions), in that order of checks; ForUpdateRule would otherwise just drop the clause. Only
 * the top-level SELECT is checked.
 */
final class LockingClauseCheck {
    private LockingClauseCheck() {}

    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "array_agg",
            "string_agg", "bool_and", "bool_or", "every", "json_agg", "jsonb_agg", "json_object_agg",
            "jsonb_object_agg", "bit_and", "bit_or", "stddev", "variance");

    static void check(List<Token> tokens) {
        int select = TokenNav.nextSig(tokens, -1);
        if (select < 0 || !tokens.get(select).is("select")) return;
        int lock = -1;
        int depth = 0;
        for (int k = select; k < tokens.size() && lock < 0; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.is("for")) {
                int n = TokenNav.nextSig(tokens, k);
                if (n >= 0 && (tokens.get(n).is("update") || tokens.get(n).is("share") || tokens.get(n).is("no")
                        || tokens.get(n).is("key"))) lock = k;
            }
        }
        if (lock < 0) return;
        String reason = reason(tokens, select, lock);
        if (reason != null) {
            throw new PgException("0A000", strength(tokens, lock) + " is not allowed with " + reason);
        }
    }

    private static String reason(List<Token> tokens, int select, int lock) {
        int first = TokenNav.nextSig(tokens, select);
        if (first >= 0 && tokens.get(first).is("distinct")) return "DISTINCT clause";
        boolean group = false, having = false, aggregate = false, window = false;
        int subqueryDepth = 0;
        int depth = 0;
        for (int k = select + 1; k < lock; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                depth++;
                int n = TokenNav.nextSig(tokens, k);
                if (subqueryDepth == 0 && n >= 0 && (tokens.get(n).is("select") || tokens.get(n).is("with"))) {
                    subqueryDepth = depth;
                }
            } else if (t.isPunct(")")) {
                if (depth == subqueryDepth) subqueryDepth = 0;
                depth--;
            } else if (subqueryDepth == 0 && t.kind() == Token.Kind.IDENT) {
                if (depth == 0 && t.is("group")) group = true;
                else if (depth == 0 && t.is("having")) having = true;
                else if (t.is("over")) window = true;
                else if (AGGREGATES.contains(t.text().toLowerCase())) {
                    int n = TokenNav.nextSig(tokens, k);
                    if (n >= 0 && tokens.get(n).isPunct("(")) aggregate = true;
                }
            }
        }
        if (group) return "GROUP BY clause";
        if (having) return "HAVING clause";
        if (aggregate) return "aggregate functions";
        if (window) return "window functions";
        return null;
    }

    private static String strength(List<Token> tokens, int lock) {
        StringBuilder b = new StringBuilder("FOR");
        for (int k = TokenNav.nextSig(tokens, lock); k >= 0; k = TokenNav.nextSig(tokens, k)) {
            Token t = tokens.get(k);
            b.append(' ').append(t.text().toUpperCase());
            if (t.is("update") || t.is("share")) break;
        }
        return b.toString();
    }
}
