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
        return ctx.any(t -> t.is("generate_series") || t.is("pg_partition_ancestors"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            boolean series = tokens.get(i).is("generate_series");
            if (!series && !tokens.get(i).is("pg_partition_ancestors")) continue;
            int before = TokenNav.prevSig(tokens, i);
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
            if (args.size() != 2) continue;
            int aliasAt = TokenNav.nextSig(tokens, close);
            if (aliasAt >= 0 && tokens.get(aliasAt).is("as")) aliasAt = TokenNav.nextSig(tokens, aliasAt);
            if (aliasAt < 0 || tokens.get(aliasAt).kind() != Kind.IDENT && tokens.get(aliasAt).kind() != Kind.QUOTED_IDENT) {
                continue;
            }
            String alias = tokens.get(aliasAt).text();
            String column = alias;
            int end = aliasAt;
            int columns = TokenNav.nextSig(tokens, aliasAt);
            if (columns >= 0 && tokens.get(columns).isPunct("(")) {
                int columnsClose = TokenNav.closingOf(tokens, columns);
                int name = TokenNav.nextSig(tokens, columns);
                if (columnsClose < 0 || name < 0) continue;
                column = tokens.get(name).text();
                end = columnsClose;
            }
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "(WITH RECURSIVE _pg_series(v) AS (SELECT ", -1));
            out.addAll(args.get(0));
            out.add(new Token(Kind.IDENT, " UNION ALL SELECT v + 1 FROM _pg_series WHERE v < ", -1));
            out.addAll(args.get(1));
            out.add(new Token(Kind.IDENT, ") SELECT v AS " + column + " FROM _pg_series) " + alias, -1));
            tokens.subList(i, end + 1).clear();
            tokens.addAll(i, out);
        }
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
