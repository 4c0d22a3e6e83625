package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code generate_series(start, stop)} as a FROM item (pgjdbc's getImportedKeys, psql's \d), as a recursive CTE
 * subquery: {@code (WITH RECURSIVE _pg_series(v) AS (SELECT start UNION ALL SELECT v + 1 FROM _pg_series WHERE
 * v < stop) SELECT v AS col FROM _pg_series) alias}. The column is named as Postgres names it: by the alias's
 * column list {@code pos(n)}, else after the alias itself.
 */
public final class GenerateSeriesRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("generate_series"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("generate_series")) continue;
            int before = TokenNav.prevSig(tokens, i);
            if (before < 0 || !(tokens.get(before).is("from") || tokens.get(before).is("join")
                    || tokens.get(before).isPunct(","))) {
                continue;
            }
            int open = TokenNav.nextSig(tokens, i);
            int close = open < 0 ? -1 : TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
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
