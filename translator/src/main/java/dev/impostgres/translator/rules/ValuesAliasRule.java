package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * A VALUES list as a FROM item with a column alias list, {@code (VALUES (1, 'one'), (2, 'two')) AS v(num, word)}.
 * SQLite has no alias column lists, but names a VALUES list's columns column1, column2, … as Postgres does, so the
 * list becomes {@code (SELECT column1 AS num, column2 AS word FROM (VALUES …)) AS v}. Fewer aliases than columns
 * keep the remaining columnN names, as in Postgres.
 */
public final class ValuesAliasRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("values"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct("(")) continue;
            int values = TokenNav.nextSig(tokens, i);
            if (values < 0 || !tokens.get(values).is("values")) continue;
            int close = TokenNav.closingOf(tokens, i);
            if (close < 0) continue;
            int alias = TokenNav.nextSig(tokens, close);
            if (alias >= 0 && tokens.get(alias).is("as")) alias = TokenNav.nextSig(tokens, alias);
            if (alias < 0 || !(tokens.get(alias).kind() == Kind.IDENT || tokens.get(alias).kind() == Kind.QUOTED_IDENT)) {
                continue;
            }
            int list = TokenNav.nextSig(tokens, alias);
            if (list < 0 || !tokens.get(list).isPunct("(")) continue;
            int listClose = TokenNav.closingOf(tokens, list);
            if (listClose < 0) continue;
            StringBuilder select = new StringBuilder("(SELECT ");
            int n = 0;
            for (int k = list + 1; k < listClose; k++) {
                Token t = tokens.get(k);
                if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) continue;
                n++;
                select.append(n > 1 ? ", " : "").append("column").append(n).append(" AS ").append(t.text());
            }
            int width = rowWidth(tokens, values);
            for (int c = n + 1; c <= width; c++) select.append(", column").append(c);
            select.append(" FROM ");
            List<Token> out = new ArrayList<>(Lexer.tokenize(select.toString()));
            out.addAll(tokens.subList(i, close + 1));
            out.addAll(Lexer.tokenize(") AS " + tokens.get(alias).text()));
            tokens.subList(i, listClose + 1).clear();
            tokens.addAll(i, out);
            i += out.size() - 1;
        }
    }

    /** The number of expressions in the first row after VALUES. */
    private static int rowWidth(List<Token> tokens, int values) {
        int open = TokenNav.nextSig(tokens, values);
        if (open < 0 || !tokens.get(open).isPunct("(")) return 0;
        int close = TokenNav.closingOf(tokens, open);
        int width = 1;
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) width++;
        }
        return width;
    }
}
