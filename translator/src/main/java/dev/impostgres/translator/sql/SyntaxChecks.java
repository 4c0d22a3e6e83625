package dev.impostgres.translator.sql;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.List;
import java.util.Set;

/**
 * Syntax errors of queries and DML that SQLite would report at another token (or after the translator's additions,
 * such as a column alias): Postgres's grammar names the first token it cannot take. Covered: FROM followed by a
 * clause key word, a column list of INSERT that does not start with a name, a statement ending after a binary
 * operator or inside an open parenthesis (Postgres stops at the ';' that ends it, or at the end of input).
 */
public final class SyntaxChecks {
    private SyntaxChecks() {}

    private static final Set<String> NOT_A_FROM_ITEM = Set.of("where", "group", "order", "limit", "having",
            "union", "intersect", "except", "offset", "fetch", "for", "window", "returning");

    /** @param end where the statement's text ends in {@code script} */
    public static void check(String script, List<Token> sig, int end) {
        if (sig.isEmpty()) return;
        int depth = 0;
        for (int k = 0; k < sig.size(); k++) {
            Token t = sig.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            if (t.is("from") && k + 1 < sig.size() && sig.get(k + 1).kind() == Token.Kind.IDENT
                    && NOT_A_FROM_ITEM.contains(sig.get(k + 1).identifier())) {
                throw at(script, sig.get(k + 1));
            }
        }
        insertColumnList(script, sig);
        Token last = sig.get(sig.size() - 1);
        boolean danglingOperator = last.kind() == Token.Kind.OPERATOR && !last.isOperator("*")
                && !(sig.size() > 1 && sig.get(sig.size() - 2).is("using"));
        if (depth > 0 || danglingOperator) throw atTerminator(script, end);
    }

    /** INSERT INTO name [AS alias] ( … must name a column (or be a parenthesized query). */
    private static void insertColumnList(String script, List<Token> sig) {
        if (sig.size() < 5 || !sig.get(0).is("insert") || !sig.get(1).is("into")) return;
        int k = 3;
        if (k + 1 < sig.size() && sig.get(k).isPunct(".")) k += 2;
        if (k < sig.size() && sig.get(k).is("as")) k += 2;
        if (k + 1 >= sig.size() || !sig.get(k).isPunct("(")) return;
        Token first = sig.get(k + 1);
        boolean name = first.kind() == Token.Kind.IDENT || first.kind() == Token.Kind.QUOTED_IDENT;
        if (!name && !first.isPunct("(")) throw at(script, first);
    }

    private static PgException at(String script, Token t) {
        return new PgException("ERROR", SqlState.SYNTAX_ERROR, "syntax error at or near \"" + t.text() + "\"", null,
                null, Lexer.position(script, t.start()), null);
    }

    /** At the ';' that ends the statement, else at the end of input. */
    private static PgException atTerminator(String script, int end) {
        int k = end;
        while (k < script.length() && Character.isWhitespace(script.charAt(k))) k++;
        if (k < script.length() && script.charAt(k) == ';') {
            return new PgException("ERROR", SqlState.SYNTAX_ERROR, "syntax error at or near \";\"", null, null,
                    Lexer.position(script, k), null);
        }
        return new PgException("ERROR", SqlState.SYNTAX_ERROR, "syntax error at end of input", null, null,
                Lexer.position(script, Math.min(end, script.length())), null);
    }
}
