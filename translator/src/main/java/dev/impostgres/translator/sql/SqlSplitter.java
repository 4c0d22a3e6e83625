package dev.impostgres.translator.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a simple-query string into statements at the semicolons Postgres's lexer would see: not inside strings,
 * E'' strings, dollar quotes, quoted identifiers or comments. Lexical errors anywhere in the script (unterminated
 * string, dollar quote, identifier or comment) are thrown before anything is returned, as Postgres parses the whole
 * string before running any of it.
 */
public final class SqlSplitter {
    private SqlSplitter() {}

    /**
     * One statement of a script: its text without the separating semicolon and without surrounding whitespace,
     * its offset (in UTF-16 units) in the original string, and its tokens (trivia included, offsets relative to
     * the whole script).
     */
    public record Piece(String text, int offset, List<Token> tokens) {
        /** Tokens that are not whitespace or comments. */
        public List<Token> significant() { return Lexer.significant(tokens); }
    }

    /**
     * The statements of {@code script}. Statements with only whitespace and comments are dropped, so an empty
     * script gives an empty list (the caller answers that with EmptyQueryResponse).
     *
     * @throws dev.impostgres.translator.error.PgException 42601 for a lexical error, positioned in the whole script
     */
    public static List<Piece> split(String script) {
        List<Token> tokens = Lexer.tokenize(script);
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).isPunct(";")) {
                addPiece(script, tokens.subList(from, i), pieces);
                from = i + 1;
            }
        }
        return pieces;
    }

    private static void addPiece(String script, List<Token> tokens, List<Piece> pieces) {
        int first = 0;
        int last = tokens.size() - 1;
        while (first <= last && tokens.get(first).kind() == Token.Kind.WHITESPACE) first++;
        while (last >= first && tokens.get(last).kind() == Token.Kind.WHITESPACE) last--;
        boolean hasContent = false;
        for (int i = first; i <= last; i++) {
            if (!tokens.get(i).isTrivia()) {
                hasContent = true;
                break;
            }
        }
        if (!hasContent) return;
        List<Token> kept = List.copyOf(tokens.subList(first, last + 1));
        int start = kept.get(0).start();
        int end = kept.get(kept.size() - 1).end();
        pieces.add(new Piece(script.substring(start, end), start, kept));
    }
}
