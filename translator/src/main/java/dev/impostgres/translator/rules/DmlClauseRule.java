package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Postgres clause spellings SQLite lacks, rewritten into its own:
 * <ul>
 * <li>{@code UPDATE t a SET …}, {@code DELETE FROM t a …}: SQLite needs AS before the target's alias.</li>
 * <li>{@code DELETE FROM t USING x, y WHERE c}: SQLite has no USING; the rows to delete are those for which a
 * joined row exists, i.e. {@code WHERE EXISTS (SELECT 1 FROM x, y WHERE c)} (c still sees t).</li>
 * <li>{@code OFFSET n} without LIMIT and {@code LIMIT ALL}: SQLite needs a LIMIT first; -1 means none.</li>
 * <li>{@code OFFSET n ROWS FETCH FIRST m ROWS ONLY}: becomes {@code LIMIT m OFFSET n}.</li>
 * <li>A negative literal LIMIT or OFFSET fails as in Postgres (SQLite would read it as "no limit").</li>
 * </ul>
 */
public final class DmlClauseRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("update") || t.is("delete") || t.is("offset") || t.is("fetch") || t.is("limit")
                || t.is("for"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        LockingClauseCheck.check(tokens);
        targetAlias(tokens);
        deleteUsing(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("limit")) limit(tokens, i);
            else if (t.is("offset")) i = offset(tokens, i);
            else if (t.is("fetch")) fetch(tokens, i);
        }
    }

    /** Inserts AS between the UPDATE/DELETE target and a bare alias. */
    private static void targetAlias(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!statementStart(tokens, i)) continue;
            int name;
            if (t.is("update")) {
                name = TokenNav.nextSig(tokens, i);
            } else if (t.is("delete")) {
                int from = TokenNav.nextSig(tokens, i);
                if (from < 0 || !tokens.get(from).is("from")) continue;
                name = TokenNav.nextSig(tokens, from);
            } else {
                continue;
            }
            if (name >= 0 && tokens.get(name).is("only")) name = TokenNav.nextSig(tokens, name);
            if (name < 0 || !isName(tokens.get(name))) continue;
            int alias = TokenNav.nextSig(tokens, name);
            if (alias < 0 || !isName(tokens.get(alias))) continue;
            Token a = tokens.get(alias);
            if (a.kind() == Token.Kind.IDENT && (a.is("set") || a.is("as") || a.is("where") || a.is("using")
                    || a.is("returning"))) continue;
            tokens.add(alias, new Token(Token.Kind.WHITESPACE, " ", a.start()));
            tokens.add(alias, new Token(Token.Kind.IDENT, "AS", a.start()));
        }
    }

    /** UPDATE/DELETE starting a statement or a CTE body (not DO UPDATE, ON DELETE, BEFORE UPDATE ON …). */
    private static boolean statementStart(List<Token> tokens, int at) {
        int prev = TokenNav.prevSig(tokens, at);
        return prev < 0 || tokens.get(prev).isPunct("(") || tokens.get(prev).isPunct(")")
                || tokens.get(prev).isPunct(";");
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    /** DELETE FROM t … USING list [WHERE c] [RETURNING …] becomes WHERE EXISTS (SELECT 1 FROM list [WHERE c]). */
    private static void deleteUsing(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("delete") || !statementStart(tokens, i)) continue;
            int from = TokenNav.nextSig(tokens, i);
            if (from < 0 || !tokens.get(from).is("from")) continue;
            int using = atDepth(tokens, from, "using", "where");
            if (using < 0 || !tokens.get(using).is("using")) continue;
            int end = TokenNav.prevSig(tokens, clauseEnd(tokens, using)) + 1;
            Token u = tokens.get(using);
            tokens.add(end, new Token(Token.Kind.PUNCT, ")", tokens.get(end - 1).end()));
            tokens.remove(using);
            tokens.addAll(using, fragment("WHERE EXISTS (SELECT 1 FROM", u.start()));
            return;
        }
    }

    /** The first of the given words (or ";") after {@code from} at the same parenthesis depth, or -1. */
    private static int atDepth(List<Token> tokens, int from, String... words) {
        int depth = 0;
        for (int k = from + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (depth == 0) return -1;
                depth--;
            } else if (depth == 0) {
                for (String w : words) {
                    if (w.equals(";") ? t.isPunct(";") : t.is(w)) return k;
                }
            }
        }
        return -1;
    }

    /** Index of the RETURNING, ";" or unmatched ")" ending the DELETE's WHERE, or the list's size. */
    private static int clauseEnd(List<Token> tokens, int from) {
        int depth = 0;
        for (int k = from + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (depth == 0) return k;
                depth--;
            } else if (depth == 0 && (t.is("returning") || t.isPunct(";"))) return k;
        }
        return tokens.size();
    }

    private static List<Token> fragment(String sql, int position) {
        List<Token> out = new ArrayList<>();
        for (Token t : Lexer.tokenize(sql)) out.add(new Token(t.kind(), t.text(), position));
        return out;
    }

    /** LIMIT ALL means no limit; a negative literal is an error. */
    private static void limit(List<Token> tokens, int at) {
        int n = TokenNav.nextSig(tokens, at);
        if (n < 0) return;
        if (tokens.get(n).is("all")) {
            tokens.set(n, new Token(Token.Kind.NUMBER, "-1", tokens.get(n).start()));
        } else if (negativeLiteral(tokens, n)) {
            throw new PgException("2201W", "LIMIT must not be negative");
        }
    }

    private static boolean negativeLiteral(List<Token> tokens, int at) {
        if (!tokens.get(at).isOperator("-")) return false;
        int v = TokenNav.nextSig(tokens, at);
        return v >= 0 && tokens.get(v).kind() == Token.Kind.NUMBER && !tokens.get(v).text().matches("0*(\\.0*)?");
    }

    /** OFFSET n [ROW|ROWS]: drops ROWS, puts LIMIT -1 before an OFFSET that has no LIMIT. */
    private static int offset(List<Token> tokens, int at) {
        int n = TokenNav.nextSig(tokens, at);
        if (n >= 0 && negativeLiteral(tokens, n)) throw new PgException("2201X", "OFFSET must not be negative");
        int end = expressionEnd(tokens, at);
        int rows = TokenNav.nextSig(tokens, end - 1);
        if (rows >= 0 && (tokens.get(rows).is("rows") || tokens.get(rows).is("row"))) {
            tokens.subList(end, rows + 1).clear();
        }
        int after = TokenNav.nextSig(tokens, end - 1);
        if (after >= 0 && tokens.get(after).is("fetch")) return at; // fetch() moves this OFFSET after its LIMIT
        if (!hasLimitBefore(tokens, at)) {
            tokens.add(at, new Token(Token.Kind.WHITESPACE, " ", tokens.get(at).start()));
            tokens.add(at, new Token(Token.Kind.NUMBER, "-1", tokens.get(at).start()));
            tokens.add(at, new Token(Token.Kind.WHITESPACE, " ", tokens.get(at).start()));
            tokens.add(at, new Token(Token.Kind.IDENT, "LIMIT", tokens.get(at).start()));
            return at + 4;
        }
        return at;
    }

    /** Index after the OFFSET/FETCH count expression starting after {@code at}. */
    private static int expressionEnd(List<Token> tokens, int at) {
        int depth = 0;
        int last = at;
        for (int k = at + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && (t.isPunct(";") || t.isPunct(",") || t.is("rows") || t.is("row")
                    || t.is("fetch") || t.is("limit") || t.is("for") || t.is("union") || t.is("except")
                    || t.is("intersect") || t.is("only") || t.is("with"))) break;
            last = k;
        }
        return last + 1;
    }

    private static boolean hasLimitBefore(List<Token> tokens, int at) {
        int depth = 0;
        for (int k = at - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) {
                if (depth == 0) return false;
                depth--;
            } else if (depth == 0 && t.is("limit")) return true;
            else if (depth == 0 && (t.is("select") || t.is("union") || t.is("except") || t.is("intersect"))) {
                return false;
            }
        }
        return false;
    }

    /** [OFFSET n] FETCH FIRST|NEXT [m] ROW|ROWS ONLY becomes LIMIT m [OFFSET n]. */
    private static void fetch(List<Token> tokens, int at) {
        int first = TokenNav.nextSig(tokens, at);
        if (first < 0 || !(tokens.get(first).is("first") || tokens.get(first).is("next"))) return;
        int countEnd = expressionEnd(tokens, first);
        String count = countEnd == first + 1 ? "1" : text(tokens, first + 1, countEnd).trim();
        int rows = TokenNav.nextSig(tokens, countEnd - 1);
        if (rows < 0 || !(tokens.get(rows).is("rows") || tokens.get(rows).is("row"))) return;
        int only = TokenNav.nextSig(tokens, rows);
        if (only >= 0 && tokens.get(only).is("with")) {
            throw new PgException("0A000", "FETCH FIRST … WITH TIES is not supported");
        }
        if (only < 0 || !tokens.get(only).is("only")) return;
        if (count.startsWith("-")) throw new PgException("2201W", "LIMIT must not be negative");
        String offset = "";
        int start = at;
        int prev = TokenNav.prevSig(tokens, at);
        int off = offsetBefore(tokens, at);
        if (off >= 0) {
            offset = " OFFSET " + text(tokens, off + 1, prev + 1).trim();
            start = off;
        }
        Token s = tokens.get(start);
        tokens.subList(start, only + 1).clear();
        tokens.addAll(start, fragment("LIMIT " + count + offset, s.start()));
    }

    private static int offsetBefore(List<Token> tokens, int fetch) {
        int depth = 0;
        for (int k = fetch - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) {
                if (depth == 0) return -1;
                depth--;
            } else if (depth == 0 && t.is("offset")) return k;
            else if (depth == 0 && (t.is("select") || t.is("by") || t.is("from") || t.is("where"))) return -1;
        }
        return -1;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(tokens.get(k).text());
        return b.toString();
    }
}
