package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/**
 * {@code … AS nothing}: Postgres accepts any key word as a label after AS; SQLite does not accept its reserved
 * words there (those without its parser's fallback to an identifier). Such a label is quoted. Words that may
 * legitimately follow AS in Postgres syntax ({@code CREATE TABLE t AS SELECT}, {@code AS NOT MATERIALIZED},
 * {@code AS VALUES}, {@code AS TABLE}) are left alone; {@code AS values} not followed by a parenthesis is a label
 * (Debezium's {@code array_agg(…) as values}). A reserved word after a dot ({@code e.values}) is a column name and
 * is quoted too.
 */
public final class KeywordAliasRule implements RewriteRule {
    /** SQLite's reserved words (no fallback to identifier), minus those that start a clause after AS in Postgres. */
    private static final Set<String> RESERVED_IN_SQLITE = Set.of("add", "all", "alter", "and", "autoincrement",
            "between", "case", "check", "collate", "commit", "constraint", "create", "cross", "current_date",
            "current_time", "current_timestamp", "default", "deferrable", "delete", "distinct", "drop", "else",
            "escape", "except", "exists", "filter", "foreign", "from", "full", "glob", "group", "having", "in",
            "index", "indexed", "inner", "insert", "intersect", "into", "is", "isnull", "join", "left", "limit",
            "natural", "nothing", "notnull", "null", "on", "or", "order", "outer", "over", "primary", "references",
            "regexp", "returning", "right", "set", "then", "to", "transaction", "union", "unique", "update",
            "using", "when", "where", "window");

    /**
     * Key words that in Postgres always come before a parenthesis (EXISTS (…), FILTER (…)) but are not reserved
     * there, so anywhere else they are column names ({@code CHECK (exists)}); SQLite reserves them, so they are quoted.
     */
    private static final Set<String> BEFORE_PARENTHESIS_ONLY = Set.of("exists", "filter");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("as") || t.isPunct(".") || t.is("exists") || t.is("filter"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token bare = tokens.get(i);
            if (bare.kind() == Token.Kind.IDENT && BEFORE_PARENTHESIS_ONLY.contains(bare.text().toLowerCase())
                    && !nextIsParenthesis(tokens, i) && !(i > 0 && tokens.get(i - 1).isPunct("."))
                    && !afterIf(tokens, i)) {
                tokens.set(i, new Token(Token.Kind.QUOTED_IDENT, '"' + bare.text().toLowerCase() + '"', bare.start()));
                continue;
            }
            boolean dot = tokens.get(i).isPunct(".");
            if (!tokens.get(i).is("as") && !dot) continue;
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).isTrivia()) j++;
            if (j == tokens.size()) break;
            Token label = tokens.get(j);
            String word = label.kind() == Token.Kind.IDENT ? label.text().toLowerCase() : null;
            boolean valuesLabel = "values".equals(word) && !nextIsParenthesis(tokens, j);
            if (dot && nextIsParenthesis(tokens, j)) continue; // schema.function(…): other rules' business
            if (word != null && (RESERVED_IN_SQLITE.contains(word) || valuesLabel)) {
                tokens.set(j, new Token(Token.Kind.QUOTED_IDENT, '"' + word + '"', label.start()));
            }
        }
    }

    /** IF [NOT] EXISTS of DDL. */
    private static boolean afterIf(List<Token> tokens, int at) {
        int k = TokenNav.prevSig(tokens, at);
        if (k >= 0 && tokens.get(k).is("not")) k = TokenNav.prevSig(tokens, k);
        return k >= 0 && tokens.get(k).is("if");
    }

    private static boolean nextIsParenthesis(List<Token> tokens, int at) {
        int k = at + 1;
        while (k < tokens.size() && tokens.get(k).isTrivia()) k++;
        return k < tokens.size() && tokens.get(k).isPunct("(");
    }
}
