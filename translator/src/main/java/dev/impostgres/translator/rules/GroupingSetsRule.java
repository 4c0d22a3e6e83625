package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GROUP BY ROLLUP (…) | CUBE (…) | GROUPING SETS (…)}, which SQLite lacks: the query becomes
 * {@code SELECT * FROM (branch UNION ALL branch …)} with one plain GROUP BY branch per grouping set
 * ({@link GroupingSets}). In a branch, a grouping expression its set leaves out is NULL wherever the select list or
 * HAVING uses it outside an aggregate, and {@code grouping(a, b)} is its bit mask (a bit set for each argument not
 * grouped, the first argument the most significant). The first branch names the columns (a nulled plain column keeps
 * its name); an ORDER BY key that repeats a select-list expression sorts by that output column. Runs after
 * ColumnNameRule, so unaliased expressions already carry Postgres's names.
 */
public final class GroupingSetsRule implements RewriteRule {
    private static final Set<String> CLAUSE_END = Set.of("window", "order", "limit", "offset", "fetch", "for",
            "union", "intersect", "except");
    private static final Set<String> KEY_END = Set.of("asc", "desc", "nulls", "using");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("group"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("group")) continue;
            int by = TokenNav.nextSig(tokens, i);
            if (by < 0 || !tokens.get(by).is("by")) continue;
            int listEnd = clauseEnd(tokens, by, Set.of("having"));
            List<Token> list = significant(tokens, by + 1, listEnd);
            if (list.isEmpty() || !GroupingSets.needed(list)) continue;
            expand(tokens, i, by, listEnd, GroupingSets.of(list));
            i = -1; // indexes moved; look again for another query level
        }
    }

    private static void expand(List<Token> tokens, int group, int by, int listEnd, GroupingSets sets) {
        int select = enclosingSelect(tokens, group);
        if (select < 0) return;
        int first = TokenNav.nextSig(tokens, select);
        boolean distinct = tokens.get(first).is("distinct");
        if (distinct || tokens.get(first).is("all")) first = TokenNav.nextSig(tokens, first);
        if (tokens.get(first).is("on")) throw unsupported("DISTINCT ON");
        int from = first;
        for (int depth = 0; from < group; from++) {
            Token t = tokens.get(from);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && (t.is("from") || t.is("where"))) break;
        }
        List<List<Token>> items = GroupingSets.split(significant(tokens, first, from - 1));
        for (Token t : significant(tokens, first, from - 1)) if (t.is("over")) throw unsupported("window functions");
        int havingEnd = listEnd;
        List<Token> having = List.of();
        int next = TokenNav.nextSig(tokens, listEnd);
        if (next >= 0 && tokens.get(next).is("having")) {
            havingEnd = clauseEnd(tokens, next, Set.of());
            having = significant(tokens, next + 1, havingEnd);
        }
        int coreEnd = havingEnd;
        next = TokenNav.nextSig(tokens, havingEnd);
        if (next >= 0 && tokens.get(next).is("window")) coreEnd = clauseEnd(tokens, next, Set.of());
        String fromAndWhere = text(tokens, from, group - 1);
        String window = text(tokens, havingEnd + 1, coreEnd);
        sets = sets.resolvingPositions(items);
        List<List<Token>> all = sets.expressions();
        List<String> branches = new ArrayList<>();
        for (List<List<Token>> set : sets.sets()) {
            Set<String> grouped = new HashSet<>();
            for (List<Token> e : set) grouped.add(GroupingSets.key(e));
            List<List<Token>> nulled = new ArrayList<>();
            for (List<Token> e : all) if (!grouped.contains(GroupingSets.key(e))) nulled.add(e);
            StringBuilder b = new StringBuilder("SELECT ");
            for (int n = 0; n < items.size(); n++) {
                if (n > 0) b.append(", ");
                b.append(item(items.get(n), nulled, grouped));
            }
            b.append(' ').append(fromAndWhere.strip());
            if (!set.isEmpty()) {
                b.append(" GROUP BY ");
                for (int n = 0; n < set.size(); n++) b.append(n > 0 ? ", " : "").append(join(set.get(n)));
            }
            if (!having.isEmpty()) b.append(" HAVING ").append(substitute(having, nulled, grouped));
            b.append(window.isBlank() ? "" : " " + window.strip());
            branches.add(b.toString());
        }
        String core = "SELECT " + (distinct ? "DISTINCT " : "") + "* FROM (" + String.join(" UNION ALL ", branches)
                + ") AS _pg_grouping_sets";
        tokens.subList(select, coreEnd + 1).clear();
        List<Token> replacement = Lexer.tokenize(core);
        tokens.addAll(select, replacement);
        orderByOutputNames(tokens, select + replacement.size() - 1, items);
    }

    /** One select-list item of a branch: nulled grouping expressions, grouping() masks, a plain column's name kept. */
    private static String item(List<Token> item, List<List<Token>> nulled, Set<String> grouped) {
        boolean column = item.size() == 1 || item.size() == 3 && item.get(1).isPunct(".");
        if (column && isName(item.get(item.size() - 1))) {
            String name = item.get(item.size() - 1).identifier();
            for (List<Token> e : nulled) {
                if (GroupingSets.key(e).equals(name)) return "NULL AS \"" + name.replace("\"", "\"\"") + "\"";
            }
        }
        return substitute(item, nulled, grouped);
    }

    /** Significant tokens as text, with NULL for nulled grouping expressions outside aggregates. */
    private static String substitute(List<Token> expr, List<List<Token>> nulled, Set<String> grouped) {
        List<Token> out = new ArrayList<>();
        for (int k = 0; k < expr.size(); k++) {
            Token t = expr.get(k);
            boolean call = k + 1 < expr.size() && expr.get(k + 1).isPunct("(");
            if (call && t.is("grouping")) {
                int close = TokenNav.closingOf(expr, k + 1);
                int mask = 0;
                for (List<Token> arg : GroupingSets.split(expr.subList(k + 2, close))) {
                    mask = mask << 1 | (grouped.contains(GroupingSets.key(arg)) ? 0 : 1);
                }
                out.add(new Token(Token.Kind.NUMBER, Integer.toString(mask), -1));
                k = close;
                continue;
            }
            if (call && t.kind() == Token.Kind.IDENT && LockingClauseCheck.AGGREGATES.contains(t.identifier())) {
                int end = aggregateEnd(expr, k + 1);
                out.addAll(expr.subList(k, end + 1));
                k = end;
                continue;
            }
            int matched = k > 0 && (expr.get(k - 1).isPunct(".") || expr.get(k - 1).is("as")) ? -1 : match(expr, k, nulled);
            if (matched >= 0) {
                out.add(new Token(Token.Kind.IDENT, "NULL", -1));
                k = matched;
                continue;
            }
            out.add(t);
        }
        return join(out);
    }

    /** The last index of a nulled expression starting at {@code k}, or -1. */
    private static int match(List<Token> expr, int k, List<List<Token>> nulled) {
        Token t = expr.get(k);
        if (isName(t) && !(k + 1 < expr.size() && expr.get(k + 1).isPunct("("))) {
            int last = k + 2 < expr.size() && expr.get(k + 1).isPunct(".") && isName(expr.get(k + 2)) ? k + 2 : k;
            String name = expr.get(last).identifier();
            for (List<Token> e : nulled) if (GroupingSets.key(e).equals(name)) return last;
        }
        for (List<Token> e : nulled) {
            if (e.size() < 2 || k + e.size() > expr.size()) continue;
            if (GroupingSets.key(expr.subList(k, k + e.size())).equals(GroupingSets.key(e))) return k + e.size() - 1;
        }
        return -1;
    }

    /** The end of an aggregate call at {@code open} with any FILTER (…) after it. */
    private static int aggregateEnd(List<Token> expr, int open) {
        int end = TokenNav.closingOf(expr, open);
        if (end + 2 < expr.size() && expr.get(end + 1).is("filter") && expr.get(end + 2).isPunct("(")) {
            end = TokenNav.closingOf(expr, end + 2);
        }
        return end;
    }

    /** ORDER BY keys after the rewritten query that repeat a select-list expression sort by its output name. */
    private static void orderByOutputNames(List<Token> tokens, int coreEnd, List<List<Token>> items) {
        int order = TokenNav.nextSig(tokens, coreEnd);
        if (order < 0 || !tokens.get(order).is("order")) return;
        int k = TokenNav.nextSig(tokens, TokenNav.nextSig(tokens, order));
        while (k >= 0) {
            int end = k; // last significant token of the key
            for (int j = k, depth = 0; j >= 0; j = TokenNav.nextSig(tokens, j)) {
                Token t = tokens.get(j);
                if (t.isPunct("(")) depth++;
                else if (t.isPunct(")") && --depth < 0 || t.isPunct(";")) break;
                if (depth == 0 && (t.isPunct(",") || t.kind() == Token.Kind.IDENT
                        && (KEY_END.contains(t.identifier()) || CLAUSE_END.contains(t.identifier())))) break;
                end = j;
            }
            String name = outputName(significant(tokens, k, end), items);
            if (name != null) {
                tokens.subList(k, end + 1).clear();
                tokens.add(k, new Token(Token.Kind.QUOTED_IDENT, "\"" + name.replace("\"", "\"\"") + "\"", -1));
                end = k;
            }
            int next = end;
            for (int depth = 0; next >= 0; next = TokenNav.nextSig(tokens, next)) { // past ASC|DESC, NULLS …, USING op
                Token t = tokens.get(next);
                if (t.isPunct("(")) depth++;
                else if (t.isPunct(")") && --depth < 0 || t.isPunct(";") || depth == 0 && t.kind() == Token.Kind.IDENT
                        && CLAUSE_END.contains(t.identifier())) return;
                else if (depth == 0 && t.isPunct(",")) break;
            }
            if (next < 0) return;
            k = TokenNav.nextSig(tokens, next);
        }
    }

    /** The output name of the select-list item whose expression the key repeats, when it is not a plain name. */
    private static String outputName(List<Token> key, List<List<Token>> items) {
        if (key.isEmpty() || key.size() == 1 && (isName(key.get(0)) || key.get(0).kind() == Token.Kind.NUMBER)) return null;
        for (List<Token> item : items) {
            int n = item.size();
            boolean aliased = n > 2 && item.get(n - 2).is("as");
            List<Token> expr = aliased ? item.subList(0, n - 2) : item;
            if (!expr.isEmpty() && GroupingSets.key(expr).equals(GroupingSets.key(key))) {
                return aliased ? item.get(n - 1).identifier() : isName(item.get(n - 1)) ? item.get(n - 1).identifier() : null;
            }
        }
        return null;
    }

    /** The SELECT of the query level the token at {@code at} is in. */
    private static int enclosingSelect(List<Token> tokens, int at) {
        for (int k = TokenNav.prevSig(tokens, at); k >= 0; k = TokenNav.prevSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) return -1;
            if (t.isPunct(")")) k = TokenNav.openingOf(tokens, k);
            else if (t.is("select")) return k;
            if (k < 0) return -1;
        }
        return -1;
    }

    /** The last token of the clause starting after {@code from}, before a clause word of {@code more} or the end. */
    private static int clauseEnd(List<Token> tokens, int from, Set<String> more) {
        int last = from;
        for (int k = TokenNav.nextSig(tokens, from); k >= 0; k = TokenNav.nextSig(tokens, k)) {
            Token t = tokens.get(k);
            if (t.isPunct(")") || t.isPunct(";")) break;
            if (t.kind() == Token.Kind.IDENT && (CLAUSE_END.contains(t.identifier()) || more.contains(t.identifier()))) break;
            if (t.isPunct("(")) k = TokenNav.closingOf(tokens, k);
            if (k < 0) break;
            last = k;
        }
        return last;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    private static List<Token> significant(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (int k = from; k <= to && k < tokens.size(); k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= to && k < tokens.size(); k++) b.append(tokens.get(k).text());
        return b.toString();
    }

    /** Tokens as text, spaced as people write SQL (no space inside brackets, before a comma or around a dot). */
    private static String join(List<Token> expr) {
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (Token t : expr) {
            boolean tight = previous == null || previous.isPunct("(") || previous.isPunct(".") || previous.isPunct("[")
                    || t.isPunct(")") || t.isPunct(",") || t.isPunct(".") || t.isPunct("]") || t.isPunct("[")
                    || t.isPunct("(") && (previous.kind() == Token.Kind.IDENT || previous.kind() == Token.Kind.QUOTED_IDENT)
                    && !TokenNav.NOT_FUNCTIONS.contains(previous.identifier());
            b.append(tight ? "" : " ").append(t.text());
            previous = t;
        }
        return b.toString();
    }

    private static PgException unsupported(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, what + " with GROUPING SETS, ROLLUP or CUBE is not supported");
    }
}
