package dev.impostgres.translator.sql;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.List;

/** A cursor over a statement's significant tokens for the small hand-written parsers. */
public final class Words {
    private final String script;
    private final List<Token> tokens;
    private final int endOffset;
    private int i;

    /** {@code endOffset}: where the statement ends in {@code script}, for "syntax error at end of input". */
    public Words(String script, List<Token> tokens, int endOffset) {
        this.script = script;
        this.tokens = tokens;
        this.endOffset = endOffset;
    }

    public boolean atEnd() { return i >= tokens.size(); }

    public Token peek() { return atEnd() ? null : tokens.get(i); }

    public Token peek(int ahead) { return i + ahead < tokens.size() ? tokens.get(i + ahead) : null; }

    public boolean is(String word) { return !atEnd() && tokens.get(i).is(word); }

    public Token next() {
        if (atEnd()) throw syntaxError();
        return tokens.get(i++);
    }

    /** Consumes {@code word} if it is next. */
    public boolean accept(String word) {
        if (is(word)) {
            i++;
            return true;
        }
        return false;
    }

    public boolean acceptPunct(String p) {
        if (!atEnd() && (tokens.get(i).isPunct(p) || tokens.get(i).isOperator(p))) {
            i++;
            return true;
        }
        return false;
    }

    public void expect(String word) {
        if (!accept(word)) throw syntaxError();
    }

    public void expectPunct(String p) {
        if (!acceptPunct(p)) throw syntaxError();
    }

    public void expectEnd() {
        if (!atEnd()) throw syntaxError();
    }

    /** An identifier (unquoted folds to lower case, "Quoted" keeps case). */
    public String identifier() {
        Token t = next();
        if (t.kind() != Token.Kind.IDENT && t.kind() != Token.Kind.QUOTED_IDENT) {
            i--;
            throw syntaxError();
        }
        return t.identifier();
    }

    /** 42601 "syntax error at or near" the current token, or "at end of input". */
    public PgException syntaxError() {
        if (atEnd()) {
            return new PgException("ERROR", SqlState.SYNTAX_ERROR, "syntax error at end of input", null, null,
                    Lexer.position(script, endOffset), null);
        }
        return syntaxErrorAt(tokens.get(i));
    }

    /** 42601 "syntax error at end of input", wherever the cursor is. */
    public PgException syntaxErrorAtEnd() {
        return new PgException("ERROR", SqlState.SYNTAX_ERROR, "syntax error at end of input", null, null,
                Lexer.position(script, endOffset), null);
    }

    public PgException syntaxErrorAt(Token t) {
        return new PgException("ERROR", SqlState.SYNTAX_ERROR, "syntax error at or near \"" + t.text() + "\"", null,
                null, Lexer.position(script, t.start()), null);
    }
}
