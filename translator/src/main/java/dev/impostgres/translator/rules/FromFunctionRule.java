package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Set-returning functions catalog queries use as FROM items. {@code pg_partition_ancestors(rel)} is the relation
 * itself (nothing is partitioned): {@code (SELECT _pg_regclass(rel) AS relid)}.
 * {@code generate_series(start, stop)} as a FROM item (pgjdbc's getImportedKeys, psql's \d), as a recursive CTE
 * subquery: {@code (WITH RECURSIVE _pg_series(v) AS (SELECT start UNION ALL SELECT v + 1 FROM _pg_series WHERE
 * v < stop) SELECT v AS col FROM _pg_series) alias}. The column is named as Postgres names it: by the alias's
 * column list {@code pos(n)}, else after the alias itself.
 */
public final class FromFunctionRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("generate_series") || t.is("pg_partition_ancestors") || t.is("unnest")
                || JSON_ROWS.containsKey(t.identifier()) && t.kind() == Kind.IDENT);
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("unnest") || tokens.get(i).kind() == Kind.IDENT
                    && JSON_ROWS.containsKey(tokens.get(i).identifier())) {
                unnest(ctx, i);
                continue;
            }
            boolean series = tokens.get(i).is("generate_series");
            if (!series && !tokens.get(i).is("pg_partition_ancestors")) continue;
            int before = TokenNav.prevSig(tokens, i);
            if (series && before >= 0 && tokens.get(before).is("select")) {
                seriesAsSelectList(ctx, before, i);
                continue;
            }
            if (before < 0 || !(tokens.get(before).is("from") || tokens.get(before).is("join")
                    || tokens.get(before).isPunct(","))) {
                continue;
            }
            int open = TokenNav.nextSig(tokens, i);
            int close = open < 0 ? -1 : TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            if (!series) {
                ancestors(tokens, i, open, close);
                continue;
            }
            List<List<Token>> args = arguments(tokens, open, close);
            if (args.size() != 2 && args.size() != 3) continue;
            int aliasAt = TokenNav.nextSig(tokens, close);
            if (aliasAt >= 0 && tokens.get(aliasAt).is("as")) aliasAt = TokenNav.nextSig(tokens, aliasAt);
            boolean named = aliasAt >= 0 && (tokens.get(aliasAt).kind() == Kind.QUOTED_IDENT
                    || tokens.get(aliasAt).kind() == Kind.IDENT && !NOT_ALIAS.contains(tokens.get(aliasAt).identifier()));
            String alias = named ? tokens.get(aliasAt).text() : "generate_series";
            String column = alias;
            int end = named ? aliasAt : close;
            int columns = named ? TokenNav.nextSig(tokens, aliasAt) : -1;
            if (columns >= 0 && tokens.get(columns).isPunct("(")) {
                int columnsClose = TokenNav.closingOf(tokens, columns);
                int name = TokenNav.nextSig(tokens, columns);
                if (columnsClose < 0 || name < 0) continue;
                column = tokens.get(name).text();
                end = columnsClose;
            }
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(series(ctx, args));
            out.add(new Token(Kind.IDENT, " SELECT v AS " + column + " FROM _pg_series WHERE v IS NOT NULL) " + alias, -1));
            tokens.subList(i, end + 1).clear();
            tokens.addAll(i, out);
        }
    }

    /** Set-returning functions whose rows a Java function gives as a JSON array (change-tracking's SetFunctionRows). */
    static final java.util.Map<String, String> JSON_ROWS = java.util.Map.of("regexp_matches", "pg_regexp_matches_json",
            "regexp_split_to_table", "pg_regexp_split_json");

    private static final Set<String> NOT_ALIAS = Set.of("where", "join", "on", "order", "group", "limit", "union",
            "left", "inner", "cross", "right", "full", "natural", "offset", "having", "window", "with", "for",
            "except", "intersect", "fetch");

    /**
     * {@code WITH RECURSIVE _pg_series(v) AS (…)} for generate_series(start, stop [, step]): integers, numeric and
     * timestamps (with an interval step) through pg_series_first/pg_series_next, which know the step's direction,
     * reject a zero step (22023) and give NULL past the end.
     */
    private static List<Token> series(RewriteContext ctx, List<List<Token>> original) {
        List<List<Token>> args = new ArrayList<>();
        for (List<Token> arg : original) { // a decimal literal goes in as text: its digits (1.0) are its scale
            List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(arg);
            boolean decimal = sig.size() == 1 && sig.get(0).kind() == Kind.NUMBER && sig.get(0).text().contains(".");
            args.add(decimal ? List.of(new Token(Kind.STRING, "'" + sig.get(0).text() + "'", -1)) : arg);
        }
        List<Token> out = new ArrayList<>();
        dev.impostgres.translator.types.PgType type =
                ExpressionTypes.of(dev.impostgres.translator.sql.Lexer.significant(args.get(0)), ctx.columnTypes());
        String tag = type == null ? "numeric" : TypedFunctionRule.tag(type.oid());
        out.add(new Token(Kind.IDENT, "WITH RECURSIVE _pg_series(v) AS (SELECT pg_series_first(", -1));
        out.addAll(args.get(0));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.addAll(args.get(1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        if (args.size() > 2) out.addAll(args.get(2)); else out.add(new Token(Kind.NUMBER, "1", -1));
        out.add(new Token(Kind.IDENT, ", '" + tag + "') UNION ALL SELECT pg_series_next(v, ", -1));
        out.addAll(args.get(1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        if (args.size() > 2) out.addAll(args.get(2)); else out.add(new Token(Kind.NUMBER, "1", -1));
        out.add(new Token(Kind.IDENT, ", '" + tag + "') FROM _pg_series WHERE v IS NOT NULL)", -1));
        return out;
    }

    /**
     * {@code SELECT generate_series(…) [AS name]} with nothing else in the list and no FROM: the series as the
     * query's rows, {@code SELECT v AS name FROM (WITH RECURSIVE …)}.
     */
    private static void seriesAsSelectList(RewriteContext ctx, int select, int name) {
        List<Token> tokens = ctx.tokens();
        int open = TokenNav.nextSig(tokens, name);
        int close = open < 0 || !tokens.get(open).isPunct("(") ? -1 : TokenNav.closingOf(tokens, open);
        if (close < 0) return;
        int end = close;
        int next = TokenNav.nextSig(tokens, close);
        String column = "generate_series";
        if (next >= 0 && tokens.get(next).is("as")) {
            int alias = TokenNav.nextSig(tokens, next);
            if (alias < 0) return;
            column = tokens.get(alias).text();
            end = alias;
            next = TokenNav.nextSig(tokens, alias);
        }
        if (next >= 0 && !(tokens.get(next).isPunct(";") || tokens.get(next).isPunct(")")
                || tokens.get(next).is("order") || tokens.get(next).is("limit") || tokens.get(next).is("offset")
                || tokens.get(next).is("union"))) {
            return; // other items or a FROM: not this simple form
        }
        List<List<Token>> args = arguments(tokens, open, close);
        if (args.size() != 2 && args.size() != 3) return;
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, "v AS " + (column.startsWith("\"") ? column : "\"" + column + "\"") + " FROM (", -1));
        out.addAll(series(ctx, args));
        out.add(new Token(Kind.IDENT, " SELECT v FROM _pg_series WHERE v IS NOT NULL)", -1));
        tokens.subList(name, end + 1).clear();
        tokens.addAll(name, out);
    }

    /**
     * {@code unnest(array) [WITH ORDINALITY] [AS] alias[(column[, ordinality])]} as a FROM item: the array's
     * elements through json_each, in order. {@code unnest(a, b, …) AS u(x, y, …)} zips the arrays (the shorter
     * padded with NULLs); regexp_matches and regexp_split_to_table are their rows as JSON, expanded the same way.
     */
    private static void unnest(RewriteContext ctx, int name) {
        List<Token> tokens = ctx.tokens();
        int before = TokenNav.prevSig(tokens, name);
        if (before < 0 || !(tokens.get(before).is("from") || tokens.get(before).is("join")
                || tokens.get(before).isPunct(",") || tokens.get(before).is("lateral"))) {
            return;
        }
        int open = TokenNav.nextSig(tokens, name);
        int close = open < 0 || !tokens.get(open).isPunct("(") ? -1 : TokenNav.closingOf(tokens, open);
        if (close < 0) return;
        String fn = tokens.get(name).identifier();
        List<List<Token>> args = arguments(tokens, open, close);
        boolean zip = fn.equals("unnest") && args.size() > 1;
        int end = close;
        int next = TokenNav.nextSig(tokens, close);
        int ordinality = next < 0 ? -1 : TokenNav.nextSig(tokens, next);
        boolean withOrdinality = next >= 0 && tokens.get(next).is("with") && ordinality >= 0
                && tokens.get(ordinality).is("ordinality");
        if (withOrdinality) end = ordinality;
        String alias = fn, ordinal = "ordinality";
        List<String> columns = new ArrayList<>();
        int aliasAt = TokenNav.nextSig(tokens, end);
        if (aliasAt >= 0 && tokens.get(aliasAt).is("as")) aliasAt = TokenNav.nextSig(tokens, aliasAt);
        if (aliasAt >= 0 && (tokens.get(aliasAt).kind() == Kind.QUOTED_IDENT || tokens.get(aliasAt).kind() == Kind.IDENT
                && !NOT_ALIAS.contains(tokens.get(aliasAt).identifier()))) {
            alias = tokens.get(aliasAt).text();
            end = aliasAt;
            int list = TokenNav.nextSig(tokens, aliasAt);
            if (list >= 0 && tokens.get(list).isPunct("(")) {
                for (List<Token> n : arguments(tokens, list, TokenNav.closingOf(tokens, list))) columns.add(text(n));
                end = TokenNav.closingOf(tokens, list);
            }
        }
        int width = zip ? args.size() : 1;
        if (columns.size() > width) ordinal = columns.get(width);
        String rows = zip ? "pg_unnest_zip_json(" : fn.equals("unnest") ? "_pg_array_json(" : JSON_ROWS.get(fn) + "(";
        if (!tokens.get(before).is("from") && CorrelatedSetFunction.references(tokens, open, close)) {
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int k = 0; k < width; k++) {
                names.add(k < columns.size() ? columns.get(k) : width == 1 && columns.isEmpty() ? alias : fn);
                values.add(zip ? "json_extract(" + alias + ".value, '$[" + k + "]')" : alias + ".value");
            }
            if (withOrdinality) {
                names.add(ordinal);
                values.add("(" + alias + ".key + 1)");
            }
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "\"json_each\"(" + rows, -1));
            out.addAll(tokens.subList(open + 1, close));
            out.add(new Token(Kind.IDENT, ")) AS " + alias, -1));
            tokens.subList(name, end + 1).clear();
            tokens.addAll(name, out);
            boolean afterComma = tokens.get(before).isPunct(",");
            CorrelatedSetFunction.replaceReferences(tokens, alias, names, values, name, name + out.size());
            int at = 0;
            while (at < tokens.size() && tokens.get(at) != out.get(0)) at++; // references before it were replaced
            if (afterComma && at < tokens.size()) {
                CorrelatedSetFunction.qualifyLeftTable(tokens, TokenNav.prevSig(tokens, at), at, at + out.size(), names);
            }
            return;
        }
        StringBuilder select = new StringBuilder("(SELECT ");
        for (int k = 0; k < width; k++) {
            String column = k < columns.size() ? columns.get(k) : width == 1 && columns.isEmpty() ? alias : fn;
            if (k > 0) select.append(", ");
            select.append(zip ? "json_extract(value, '$[" + k + "]')" : "value").append(" AS ").append(column);
        }
        if (withOrdinality) select.append(", key + 1 AS ").append(ordinal);
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, select + " FROM json_each(" + rows, -1));
        out.addAll(tokens.subList(open + 1, close));
        out.add(new Token(Kind.IDENT, ")) ORDER BY key) " + alias, -1));
        tokens.subList(name, end + 1).clear();
        tokens.addAll(name, out);
    }

    /** pg_partition_ancestors(rel) [WITH ORDINALITY] [AS] [alias[(relid, depth)]] -> one row: rel, depth 1. */
    private static void ancestors(List<Token> tokens, int name, int open, int close) {
        int end = close;
        int next = TokenNav.nextSig(tokens, close);
        int ordinality = next < 0 ? -1 : TokenNav.nextSig(tokens, next);
        boolean withOrdinality = next >= 0 && tokens.get(next).is("with") && ordinality >= 0
                && tokens.get(ordinality).is("ordinality");
        if (withOrdinality) end = ordinality;
        String relid = "relid";
        String depth = "ordinality";
        String alias = "";
        int aliasAt = TokenNav.nextSig(tokens, end);
        if (aliasAt >= 0 && tokens.get(aliasAt).is("as")) aliasAt = TokenNav.nextSig(tokens, aliasAt);
        if (aliasAt >= 0 && (tokens.get(aliasAt).kind() == Kind.QUOTED_IDENT || tokens.get(aliasAt).kind() == Kind.IDENT
                && !Set.of("where", "join", "on", "order", "group", "limit", "union", "left", "inner", "cross")
                        .contains(tokens.get(aliasAt).identifier()))) {
            alias = " " + tokens.get(aliasAt).text();
            end = aliasAt;
            int columns = TokenNav.nextSig(tokens, aliasAt);
            if (columns >= 0 && tokens.get(columns).isPunct("(")) {
                List<List<Token>> names = arguments(tokens, columns, TokenNav.closingOf(tokens, columns));
                if (!names.isEmpty()) relid = text(names.get(0));
                if (names.size() > 1) depth = text(names.get(1));
                end = TokenNav.closingOf(tokens, columns);
            }
        }
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, "(SELECT _pg_regclass(", -1));
        out.addAll(tokens.subList(open + 1, close));
        out.add(new Token(Kind.IDENT, ") AS " + relid + (withOrdinality ? ", 1 AS " + depth : "") + ")" + alias, -1));
        tokens.subList(name, end + 1).clear();
        tokens.addAll(name, out);
    }

    private static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) if (!t.isTrivia()) out.append(t.text());
        return out.toString();
    }

    private static List<List<Token>> arguments(List<Token> tokens, int open, int close) {
        List<List<Token>> args = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && t.isPunct(",")) {
                args.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        args.add(current);
        return args;
    }
}
