package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Postgres refuses a row-locking clause on a query whose rows are not table rows (DISTINCT, GROUP BY, HAVING,
 * aggregates, window functions), in that order of checks; ForUpdateRule would otherwise just drop the clause. Only
 * the top-level SELECT is checked.
 */
final class LockingClauseCheck {
    private LockingClauseCheck() {}

    static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "array_agg",
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
        checkLockedRelations(tokens, select, lock);
    }

    private static final Set<String> FROM_END = Set.of("where", "group", "having", "window", "order", "limit",
            "offset", "fetch", "for", "union", "intersect", "except");
    private static final Set<String> NOT_ALIASES = Set.of("join", "inner", "left", "right", "full", "cross",
            "natural", "on", "using", "outer");

    /** FOR UPDATE OF names must each be a FROM item of this SELECT, by its alias where it has one (42P01). */
    private static void checkLockedRelations(List<Token> tokens, int select, int lock) {
        int of = TokenNav.nextSig(tokens, lock);
        while (of >= 0 && (tokens.get(of).is("update") || tokens.get(of).is("share") || tokens.get(of).is("no")
                || tokens.get(of).is("key"))) {
            of = TokenNav.nextSig(tokens, of);
        }
        if (of < 0 || !tokens.get(of).is("of")) return;
        Set<String> fromItems = fromItemNames(tokens, select, lock);
        for (int k = TokenNav.nextSig(tokens, of); k >= 0; k = TokenNav.nextSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct(",")) continue;
            if (!isName(t) || t.is("nowait") || t.is("skip") || t.is("for")) return;
            if (!fromItems.contains(t.identifier())) {
                throw new PgException("42P01", "relation \"" + t.identifier() + "\" in " + strength(tokens, lock)
                        + " clause not found in FROM clause").withPosition(t.start() + 1);
            }
        }
    }

    /** The names the top-level FROM items of tokens[select, end) are known by: their alias, else the relation name. */
    private static Set<String> fromItemNames(List<Token> tokens, int select, int end) {
        Set<String> names = new HashSet<>();
        int k = select;
        while (k >= 0 && k < end && !tokens.get(k).is("from")) {
            k = tokens.get(k).isPunct("(") ? TokenNav.closingOf(tokens, k) : TokenNav.nextSig(tokens, k);
        }
        while (k >= 0 && k < end) {
            // k is FROM, a comma or JOIN: one FROM item follows
            k = TokenNav.nextSig(tokens, k);
            while (k >= 0 && k < end && (tokens.get(k).is("lateral") || tokens.get(k).is("only"))) {
                k = TokenNav.nextSig(tokens, k);
            }
            if (k < 0 || k >= end) break;
            String name = null;
            if (tokens.get(k).isPunct("(")) {
                k = afterGroup(tokens, k);
            } else {
                while (k >= 0 && k < end && isName(tokens.get(k))) {
                    name = tokens.get(k).identifier();
                    int n = TokenNav.nextSig(tokens, k);
                    k = n >= 0 && tokens.get(n).isPunct(".") ? TokenNav.nextSig(tokens, n) : n;
                    if (n < 0 || !tokens.get(n).isPunct(".")) break;
                }
                if (k >= 0 && k < end && tokens.get(k).isPunct("(")) { // a function in FROM: no relation name
                    name = null;
                    k = afterGroup(tokens, k);
                }
            }
            if (k >= 0 && k < end && tokens.get(k).is("as")) k = TokenNav.nextSig(tokens, k);
            if (k >= 0 && k < end && isName(tokens.get(k)) && !NOT_ALIASES.contains(tokens.get(k).text().toLowerCase())
                    && !FROM_END.contains(tokens.get(k).text().toLowerCase())) {
                name = tokens.get(k).identifier();
                k = TokenNav.nextSig(tokens, k);
            }
            if (name != null) names.add(name);
            // skip to the next item: a comma or JOIN at this level, or the end of the FROM clause
            while (k >= 0 && k < end && !tokens.get(k).isPunct(",") && !tokens.get(k).is("join")) {
                if (tokens.get(k).kind() == Token.Kind.IDENT && FROM_END.contains(tokens.get(k).text().toLowerCase())) {
                    return names;
                }
                k = tokens.get(k).isPunct("(") ? afterGroup(tokens, k)
                        : TokenNav.nextSig(tokens, k);
            }
        }
        return names;
    }

    /** The token after the parenthesised group opening at k; -1 when it is not closed. */
    private static int afterGroup(List<Token> tokens, int k) {
        int close = TokenNav.closingOf(tokens, k);
        return close < 0 ? -1 : TokenNav.nextSig(tokens, close);
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
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
