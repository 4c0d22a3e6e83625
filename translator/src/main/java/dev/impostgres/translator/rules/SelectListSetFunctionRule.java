package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set-returning function as a whole item of a select list with a FROM clause, {@code SELECT id, unnest(tags) AS
 * tag FROM t}: Postgres repeats the row once per element and drops rows whose set is empty (or NULL). That is an
 * inner join with the elements, which SQLite's json_each can do since its argument may name the tables to its left:
 * {@code SELECT id, "_pg_srf".value AS tag FROM t JOIN "json_each"(_pg_array_json(tags)) AS "_pg_srf"}. Only with
 * one such item and no GROUP BY, DISTINCT or aggregate at that level (there Postgres expands after grouping).
 * Functions: unnest (one argument), json[b]_object_keys, json[b]_array_elements[_text]; without FROM, several of
 * them and generate_series run in lockstep ({@link #zip}).
 */
public final class SelectListSetFunctionRule implements RewriteRule {
    /** Function → {json_each argument prefix, suffix, column of json_each}. */
    private static final Map<String, String[]> SETS = Map.of(
            "unnest", new String[] {"_pg_array_json(", ")", "value"},
            "json_object_keys", new String[] {"pg_json_parts(", ", 'keys', ", "key"},
            "jsonb_object_keys", new String[] {"pg_json_parts(", ", 'keys', ", "key"},
            "json_array_elements", new String[] {"pg_json_parts(", ", 'elements', ", "value"},
            "jsonb_array_elements", new String[] {"pg_json_parts(", ", 'elements', ", "value"},
            "json_array_elements_text", new String[] {"pg_json_parts(", ", 'elements_text', ", "value"},
            "jsonb_array_elements_text", new String[] {"pg_json_parts(", ", 'elements_text', ", "value"},
            "jsonb_path_query", new String[] {"_pg_jsonb_path_parts(", ")", "value"},
            "regexp_matches", new String[] {"pg_regexp_matches_json(", ")", "value"},
            "regexp_split_to_table", new String[] {"pg_regexp_split_json(", ")", "value"});
    private static final Set<String> AGGREGATES = Set.of("count", "sum", "avg", "min", "max", "array_agg",
            "string_agg", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg", "bool_and", "bool_or", "every");
    private static final Set<String> FROM_END = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "fetch", "for");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && (SETS.containsKey(t.identifier()) || t.is("generate_series")));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("select")) select(tokens, i, true);
        }
    }

    private static void select(List<Token> tokens, int select, boolean qualify) {
        List<Integer> srfs = new ArrayList<>();
        int from = -1;
        int listEnd = tokens.size();
        int depth = 0;
        for (int k = select + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (--depth < 0) {
                    listEnd = k;
                    break;
                }
            } else if (depth == 0 && t.is("from")) {
                from = k;
                break;
            } else if (depth == 0 && t.is("distinct") || t.kind() == Kind.IDENT && AGGREGATES.contains(t.identifier())) {
                return;
            } else if (depth == 0 && (t.isPunct(";") || FROM_END.contains(t.identifier()) && t.kind() == Kind.IDENT)) {
                listEnd = k;
                break;
            } else if (depth == 0 && t.kind() == Kind.IDENT && (SETS.containsKey(t.identifier())
                    || t.is("generate_series")) && wholeItem(tokens, k)) {
                srfs.add(k);
            }
        }
        if (from < 0) {
            if (srfs.size() > 1) zip(tokens, select, listEnd, srfs);
            else if (srfs.size() == 1 && !tokens.get(srfs.get(0)).is("generate_series")) {
                expand(tokens, srfs.get(0), listEnd, " FROM ");
            }
            return;
        }
        if (srfs.size() != 1 || tokens.get(srfs.get(0)).is("generate_series")) return; // several: zipped, not joined
        int srf = srfs.get(0);
        int fromEnd = tokens.size();
        depth = 0;
        for (int k = from + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (--depth < 0) {
                    fromEnd = k;
                    break;
                }
            } else if (depth == 0 && (t.isPunct(";") || t.kind() == Kind.IDENT && FROM_END.contains(t.identifier()))) {
                if (t.is("group")) return;
                fromEnd = k;
                break;
            }
        }
        if (qualify && qualifyCollisions(tokens, select, from, fromEnd)) {
            select(tokens, select, false); // the indexes moved
            return;
        }
        expand(tokens, srf, fromEnd, " JOIN ");
    }

    /**
     * The set function at {@code srf} becomes the value column of a json_each FROM item inserted at {@code at}
     * (after {@code keyword}: JOIN beside a FROM list, FROM where there was none).
     */
    private static void expand(List<Token> tokens, int srf, int at, String keyword) {
        int open = TokenNav.nextSig(tokens, srf);
        int close = TokenNav.closingOf(tokens, open);
        String fn = tokens.get(srf).identifier();
        String[] spec = SETS.get(fn);
        int after = TokenNav.nextSig(tokens, close);
        String name = after >= 0 && (tokens.get(after).is("as") || isAlias(tokens.get(after))) ? "" : " AS " + fn;
        List<Token> join = new ArrayList<>(Lexer.tokenize(keyword + "\"json_each\"(" + spec[0]));
        join.addAll(tokens.subList(open + 1, close));
        String suffix = spec[1].endsWith(", ") ? spec[1] + "'" + fn + "')" : spec[1]; // pg_json_parts names its caller
        join.addAll(Lexer.tokenize(suffix + ") AS \"_pg_srf\" "));
        tokens.addAll(at, join);
        tokens.subList(srf, close + 1).clear();
        tokens.addAll(srf, Lexer.tokenize("\"_pg_srf\"." + spec[2] + name));
    }

    /**
     * Several set-returning functions in a select list without FROM run in lockstep, as long as the longest, the
     * others NULL past their end: each becomes a FROM subquery numbering its rows, FULL JOINed on the number.
     * {@code SELECT generate_series(1, 2) AS a, generate_series(1, 3) AS b} →
     * {@code SELECT _pg_z1."a" AS "a", _pg_z2."b" AS "b" FROM (SELECT "a", row_number() OVER () AS _pg_n FROM
     * generate_series(1, 2) AS "a") _pg_z1 FULL JOIN (…) _pg_z2 ON _pg_z2._pg_n = _pg_z1._pg_n}.
     */
    private static void zip(List<Token> tokens, int select, int listEnd, List<Integer> srfs) {
        StringBuilder items = new StringBuilder(" ");
        StringBuilder from = new StringBuilder(" FROM ");
        List<String> numbers = new ArrayList<>();
        int start = TokenNav.nextSig(tokens, select);
        int depth = 0;
        for (int k = start; k <= listEnd; k++) {
            Token t = k < listEnd ? tokens.get(k) : null;
            if (t != null && (t.isPunct("(") || t.isPunct("["))) depth++;
            else if (t != null && (t.isPunct(")") || t.isPunct("]"))) depth--;
            if (t != null && !(depth == 0 && t.isPunct(","))) continue;
            int end = TokenNav.prevSig(tokens, k); // the item is start..end
            if (items.length() > 1) items.append(", ");
            if (srfs.contains(start)) {
                int open = TokenNav.nextSig(tokens, start);
                int close = TokenNav.closingOf(tokens, open);
                String name = tokens.get(start).identifier();
                int alias = TokenNav.nextSig(tokens, close);
                if (alias >= 0 && alias <= end && tokens.get(alias).is("as")) alias = TokenNav.nextSig(tokens, alias);
                if (alias >= 0 && alias <= end) name = tokens.get(alias).identifier();
                String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
                String z = "_pg_z" + (numbers.size() + 1);
                StringBuilder call = new StringBuilder();
                for (int p = start; p <= close; p++) call.append(tokens.get(p).text());
                String sub = "(SELECT " + quoted + ", row_number() OVER () AS _pg_n FROM " + call + " AS " + quoted + ") " + z;
                if (numbers.isEmpty()) from.append(sub);
                else from.append(" FULL JOIN ").append(sub).append(" ON ").append(z).append("._pg_n = ")
                        .append(numbers.size() == 1 ? numbers.get(0) : "coalesce(" + String.join(", ", numbers) + ")");
                numbers.add(z + "._pg_n");
                items.append(z).append('.').append(quoted).append(" AS ").append(quoted);
            } else {
                for (int p = start; p <= end; p++) items.append(tokens.get(p).text());
            }
            start = TokenNav.nextSig(tokens, k);
        }
        List<Token> out = new ArrayList<>(Lexer.tokenize(items + from.toString() + " "));
        tokens.subList(select + 1, listEnd).clear();
        tokens.addAll(select + 1, out);
    }

    /** Columns of SQLite's json_each that an unqualified column of the query's table would now collide with. */
    private static final Set<String> JSON_EACH_COLUMNS = Set.of("key", "value", "type", "atom", "id", "parent",
            "fullkey", "path");

    /**
     * With one table in FROM, unqualified references named like a json_each column ({@code id}, {@code value} …)
     * get the table's name or alias, since json_each joins the FROM list; with several tables they are left (and
     * SQLite reports the ambiguity).
     */
    private static boolean qualifyCollisions(List<Token> tokens, int select, int from, int fromEnd) {
        boolean changed = false;
        List<Token> item = new ArrayList<>();
        for (int k = from + 1; k < fromEnd; k++) if (!tokens.get(k).isTrivia()) item.add(tokens.get(k));
        boolean named = !item.isEmpty() && (item.get(0).kind() == Kind.IDENT || item.get(0).kind() == Kind.QUOTED_IDENT);
        String qualifier;
        if (named && item.size() == 1) qualifier = item.get(0).text();
        else if (named && item.size() == 2 && item.get(1).kind() != Kind.PUNCT) qualifier = item.get(1).text();
        else if (named && item.size() == 3 && item.get(1).is("as")) qualifier = item.get(2).text();
        else return false;
        Set<String> aliases = new java.util.HashSet<>();
        for (int k = select + 1; k < from; k++) {
            int next = TokenNav.nextSig(tokens, k);
            if (tokens.get(k).is("as") && next >= 0) aliases.add(tokens.get(next).identifier());
        }
        int depth = 0;
        for (int k = select + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) {
                int inner = TokenNav.nextSig(tokens, k);
                if (inner >= 0 && (tokens.get(inner).is("select") || tokens.get(inner).is("with"))) {
                    k = TokenNav.closingOf(tokens, k);
                    if (k < 0) return changed;
                    continue;
                }
                depth++;
            } else if (t.isPunct(")")) {
                if (--depth < 0) return changed;
            } else if (t.isPunct(";")) {
                return changed;
            }
            if (k > from && k < fromEnd) continue;
            if (!(t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT) || !JSON_EACH_COLUMNS.contains(t.identifier())) {
                continue;
            }
            int prev = TokenNav.prevSig(tokens, k);
            int next = TokenNav.nextSig(tokens, k);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).is("as"))) continue;
            if (next >= 0 && (tokens.get(next).isPunct("(") || tokens.get(next).isPunct("."))) continue;
            if (k > fromEnd && aliases.contains(t.identifier())) continue; // ORDER BY an output name
            tokens.add(k, new Token(Kind.PUNCT, ".", -1));
            tokens.add(k, new Token(Kind.IDENT, qualifier, -1));
            changed = true;
            if (k < from) from += 2;
            if (k < fromEnd) fromEnd += 2;
            k += 2;
        }
        return changed;
    }

    private static boolean wholeItem(List<Token> tokens, int name) {
        int before = TokenNav.prevSig(tokens, name);
        int open = TokenNav.nextSig(tokens, name);
        if (before < 0 || open < 0 || !tokens.get(open).isPunct("(")) return false;
        if (!(tokens.get(before).isPunct(",") || tokens.get(before).is("select"))) return false;
        int close = TokenNav.closingOf(tokens, open);
        int after = close < 0 ? -1 : TokenNav.nextSig(tokens, close);
        if (close < 0) return false;
        if (tokens.get(name).is("unnest") && hasTopLevelComma(tokens, open, close)) return false;
        return after < 0 || tokens.get(after).isPunct(",") || tokens.get(after).is("from") || tokens.get(after).is("as")
                || tokens.get(after).isPunct(";") || tokens.get(after).isPunct(")") || isAlias(tokens.get(after))
                || tokens.get(after).kind() == Kind.IDENT && FROM_END.contains(tokens.get(after).identifier());
    }

    private static boolean isAlias(Token t) {
        return t.kind() == Kind.QUOTED_IDENT || t.kind() == Kind.IDENT && !t.is("from") && !FROM_END.contains(t.identifier());
    }

    private static boolean hasTopLevelComma(List<Token> tokens, int open, int close) {
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) return true;
        }
        return false;
    }
}
