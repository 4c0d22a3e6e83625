package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code [LEFT|CROSS] JOIN LATERAL (subquery) alias [ON …]} and {@code , LATERAL (subquery) alias}. SQLite has no
 * LATERAL and a FROM subquery cannot see the tables to its left, but a table-valued function's arguments can, and
 * a scalar subquery there may be correlated. So the subquery's rows travel as one JSON array of row arrays
 * (SQLite's own json_each, quoted so the Postgres json_each rule leaves it alone):
 * {@code JOIN json_each((SELECT json_group_array(json_array(_pg_lateral.c1, …)) FROM (subquery) AS _pg_lateral))
 * AS alias}, and {@code alias.c1} becomes {@code json_extract(alias.value, '$[0]')}. This keeps every shape
 * sound — aggregates (always one row), LIMIT, ORDER BY, DISTINCT — since the subquery runs as written once per
 * outer row. Column values survive the trip as their SQLite storage values (integer, real, text, NULL).
 *
 * <p>Refused with 0A000 where the rewrite could answer wrongly: {@code SELECT *} over the join (it would show
 * json_each's columns), a subquery {@code SELECT *} (its columns are unknown here), USING, and an unqualified
 * reference to a column of the LATERAL subquery. {@code LATERAL f(…)} (a function) is a FROM function, lateral
 * anyway in Postgres: the key word is dropped.
 */
public final class LateralRule implements RewriteRule {
    private static final Set<String> RESERVED_ENDINGS = Set.of("null", "end", "true", "false", "asc", "desc");
    private static final Set<String> EXPRESSION_BEFORE = Set.of("select", "where", "and", "or", "on", "by", "when",
            "then", "else", "not", "distinct", "having", "in", "is", "case");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("lateral"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        int counter = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("lateral")) continue;
            int prev = TokenNav.prevSig(tokens, i);
            if (prev < 0 || !(tokens.get(prev).is("join") || tokens.get(prev).isPunct(","))) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0) continue;
            int first = TokenNav.nextSig(tokens, open);
            boolean subquery = tokens.get(open).isPunct("(") && first >= 0
                    && (tokens.get(first).is("select") || tokens.get(first).is("with") || tokens.get(first).is("values"));
            if (!subquery) {
                tokens.remove(i); // LATERAL f(…): a FROM function is lateral by definition
                i--;
                continue;
            }
            i = lateralSubquery(ctx, i, open, counter++);
        }
    }

    private int lateralSubquery(RewriteContext ctx, int lateral, int open, int n) {
        List<Token> tokens = ctx.tokens();
        int close = TokenNav.closingOf(tokens, open);
        if (close < 0) return lateral;
        List<Token> body = new ArrayList<>(tokens.subList(open + 1, close));
        List<String> names = new ArrayList<>(outputNames(body));
        int end = close;
        int aliasAt = TokenNav.nextSig(tokens, close);
        if (aliasAt >= 0 && tokens.get(aliasAt).is("as")) {
            end = aliasAt;
            aliasAt = TokenNav.nextSig(tokens, aliasAt);
        }
        String alias;
        if (aliasAt >= 0 && (tokens.get(aliasAt).kind() == Kind.QUOTED_IDENT
                || tokens.get(aliasAt).kind() == Kind.IDENT && !isClauseWord(tokens.get(aliasAt)))) {
            alias = tokens.get(aliasAt).identifier();
            end = aliasAt;
            int list = TokenNav.nextSig(tokens, aliasAt);
            if (list >= 0 && tokens.get(list).isPunct("(")) {
                int listClose = TokenNav.closingOf(tokens, list);
                int k = 0;
                for (int p = list + 1; p < listClose; p++) {
                    Token t = tokens.get(p);
                    if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) continue;
                    if (k >= names.size()) throw refused("its column list names more columns than it has");
                    names.set(k++, t.identifier());
                }
                end = listClose;
            }
        } else {
            alias = "_pg_lateral" + n;
        }
        int after = TokenNav.nextSig(tokens, end);
        if (after >= 0 && tokens.get(after).is("using")) throw refused("USING");
        String quoted = quote(alias);
        StringBuilder row = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            row.append(k == 0 ? "" : ", ").append("_pg_lateral.").append(quote(names.get(k)));
        }
        List<Token> out = new ArrayList<>(Lexer.tokenize("\"json_each\"((SELECT json_group_array(json_array(" + row
                + ")) FROM ("));
        out.addAll(body);
        out.addAll(Lexer.tokenize(") AS _pg_lateral)) AS " + quoted));
        int scopeStart = enclosingOpen(tokens, lateral);
        int scopeEnd = scopeStart < 0 ? tokens.size() : TokenNav.closingOf(tokens, scopeStart);
        if (scopeEnd < 0) scopeEnd = tokens.size();
        // references after the LATERAL item first, so the indexes before it stay valid
        int delta = replaceReferences(tokens, end + 1, scopeEnd, alias, names, scopeStart + 1);
        tokens.subList(lateral, end + 1).clear();
        tokens.addAll(lateral, out);
        replaceReferences(tokens, scopeStart + 1, lateral, alias, names, scopeStart + 1);
        checkNoStar(tokens, scopeStart + 1);
        return lateral;
    }

    /** Rewrites alias.col in [from, to) and refuses unqualified uses of the columns; returns the size change. */
    private static int replaceReferences(List<Token> tokens, int from, int to, String alias, List<String> names,
            int scopeStart) {
        int delta = 0;
        for (int i = from; i < to + delta && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) continue;
            int prev = TokenNav.prevSig(tokens, i);
            int next = TokenNav.nextSig(tokens, i);
            boolean qualifiedHere = next >= 0 && tokens.get(next).isPunct(".");
            if (qualifiedHere && t.identifier().equals(alias) && !(prev >= 0 && tokens.get(prev).isPunct("."))) {
                int col = TokenNav.nextSig(tokens, next);
                if (col < 0) continue;
                int k = names.indexOf(tokens.get(col).identifier());
                if (k < 0) continue;
                List<Token> ref = new ArrayList<>(Lexer.tokenize("json_extract(" + quote(alias) + ".value, '$[" + k
                        + "]')"));
                if (isBareSelectItem(tokens, i, col)) {
                    ref.addAll(Lexer.tokenize(" AS " + quote(names.get(k))));
                }
                int removed = col - i + 1;
                tokens.subList(i, col + 1).clear();
                tokens.addAll(i, ref);
                delta += ref.size() - removed;
                i += ref.size() - 1;
                continue;
            }
            if (!names.contains(t.identifier()) || qualifiedHere) continue;
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).is("as"))) continue;
            if (next >= 0 && tokens.get(next).isPunct("(")) continue;
            boolean expression = prev >= 0 && (tokens.get(prev).kind() == Kind.OPERATOR || tokens.get(prev).isPunct(",")
                    || tokens.get(prev).isPunct("(") || tokens.get(prev).kind() == Kind.IDENT
                    && EXPRESSION_BEFORE.contains(tokens.get(prev).identifier()));
            if (expression) {
                throw refused("an unqualified reference to its column \"" + t.identifier() + "\"");
            }
        }
        return delta;
    }

    /** True when first..last is a whole select-list item with no alias after it. */
    private static boolean isBareSelectItem(List<Token> tokens, int first, int last) {
        int before = TokenNav.prevSig(tokens, first);
        int after = TokenNav.nextSig(tokens, last);
        boolean startsItem = before >= 0 && (tokens.get(before).isPunct(",") || tokens.get(before).is("select")
                || tokens.get(before).is("distinct"));
        boolean endsItem = after < 0 || tokens.get(after).isPunct(",") || tokens.get(after).is("from")
                || tokens.get(after).isPunct(";") || tokens.get(after).isPunct(")");
        if (!startsItem || !endsItem) return false;
        int depth = 0;
        for (int k = before; k >= 0; k--) { // the nearest clause word at this level must be SELECT
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) {
                if (depth == 0) return false;
                depth--;
            } else if (depth == 0 && t.kind() == Kind.IDENT && isClauseWord(t)) return t.is("select");
        }
        return false;
    }

    /** Refuses SELECT * / alias.* in the select list of the query that holds the LATERAL item. */
    private static void checkNoStar(List<Token> tokens, int scopeStart) {
        int depth = 0;
        for (int k = Math.max(scopeStart, 0); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (--depth < 0) return;
            } else if (depth == 0 && t.is("from")) return;
            else if (depth == 0 && t.isOperator("*")) {
                int prev = TokenNav.prevSig(tokens, k);
                Token p = prev < 0 ? null : tokens.get(prev);
                if (p != null && (p.is("select") || p.isPunct(",") || p.isPunct(".") || p.is("distinct"))) {
                    throw refused("SELECT * over it");
                }
            }
        }
    }

    /** Output column names of a subquery's (first) select list, naming unnamed items as Postgres would. */
    static List<String> outputNames(List<Token> body) {
        int select = -1;
        int depth = 0;
        for (int k = 0; k < body.size(); k++) {
            Token t = body.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.is("select")) {
                select = k;
                break;
            } else if (depth == 0 && t.is("values")) {
                throw refused("VALUES");
            }
        }
        if (select < 0) throw refused("this subquery");
        List<String> names = new ArrayList<>();
        List<Token> item = new ArrayList<>();
        depth = 0;
        for (int k = select + 1; k < body.size(); k++) {
            Token t = body.get(k);
            if (t.isTrivia()) continue;
            if (item.isEmpty() && (t.is("distinct") || t.is("all"))) continue;
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            boolean endOfList = depth == 0 && t.kind() == Kind.IDENT && (t.is("from") || t.is("where")
                    || t.is("group") || t.is("order") || t.is("limit") || t.is("union") || t.is("having"));
            if (depth == 0 && t.isPunct(",") || endOfList || depth < 0) {
                names.add(itemName(item, names.size()));
                item = new ArrayList<>();
                if (!t.isPunct(",")) break;
                continue;
            }
            item.add(t);
        }
        if (!item.isEmpty()) names.add(itemName(item, names.size()));
        return names;
    }

    private static String itemName(List<Token> item, int index) {
        if (item.size() == 1 && item.get(0).isOperator("*")) throw refused("SELECT * inside it");
        int n = item.size();
        Token last = item.get(n - 1);
        boolean name = last.kind() == Kind.QUOTED_IDENT || last.kind() == Kind.IDENT
                && !RESERVED_ENDINGS.contains(last.identifier());
        if (n >= 2 && item.get(n - 2).is("as") && name) return last.identifier();
        if (n >= 2 && item.get(n - 2).isOperator("*") && item.get(n - 3 < 0 ? 0 : n - 3).isPunct(".")) {
            throw refused("SELECT * inside it");
        }
        if (name && (n == 1 || n >= 2 && item.get(n - 2).isPunct("."))) return last.identifier();
        Token before = n >= 2 ? item.get(n - 2) : null;
        if (name && before != null && (before.isPunct(")") || before.kind() == Kind.QUOTED_IDENT
                || before.kind() == Kind.IDENT || before.kind() == Kind.NUMBER || before.kind() == Kind.STRING)) {
            return last.identifier(); // a bare alias
        }
        if (n >= 2 && item.get(0).kind() == Kind.IDENT && item.get(1).isPunct("(")) return item.get(0).identifier();
        throw refused("an unnamed column (" + (index + 1) + ") of its subquery");
    }

    private static boolean isClauseWord(Token t) {
        return switch (t.identifier()) {
            case "on", "using", "where", "group", "order", "limit", "join", "left", "right", "inner", "cross",
                 "full", "natural", "union", "having", "window", "offset", "select", "from", "except", "intersect" -> true;
            default -> false;
        };
    }

    private static int enclosingOpen(List<Token> tokens, int at) {
        int depth = 0;
        for (int k = at - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) {
                if (depth == 0) return k;
                depth--;
            }
        }
        return -1;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static PgException refused(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "LATERAL subquery not supported here: " + what);
    }
}
