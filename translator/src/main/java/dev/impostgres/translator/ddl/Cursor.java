package dev.impostgres.translator.ddl;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A position in one DDL statement's significant tokens, with the source text for slicing out expressions. */
final class Cursor {
    private final String source;
    private final List<Token> tokens;
    private int i;

    Cursor(String source) {
        this.source = source;
        List<Token> sig = Lexer.significant(Lexer.tokenize(source));
        if (!sig.isEmpty() && sig.get(sig.size() - 1).isPunct(";")) sig = sig.subList(0, sig.size() - 1);
        this.tokens = sig;
    }

    boolean atEnd() { return i >= tokens.size(); }

    Token peek() { return atEnd() ? null : tokens.get(i); }

    Token peek(int ahead) { return i + ahead < tokens.size() ? tokens.get(i + ahead) : null; }

    Token next() {
        if (atEnd()) throw syntaxError();
        return tokens.get(i++);
    }

    boolean is(String word) { return !atEnd() && tokens.get(i).is(word); }

    boolean isPunct(String p) { return !atEnd() && tokens.get(i).isPunct(p); }

    /** Consumes {@code words} if they all follow, else consumes nothing. */
    boolean accept(String... words) {
        for (int k = 0; k < words.length; k++) {
            Token t = peek(k);
            if (t == null || !(t.is(words[k]) || t.isPunct(words[k]) || t.isOperator(words[k]))) return false;
        }
        i += words.length;
        return true;
    }

    void expect(String... words) {
        for (String w : words) {
            if (!accept(w)) throw syntaxError();
        }
    }

    /** An identifier (unquoted folds to lower case). Key words are accepted where Postgres accepts them. */
    String identifier() {
        Token t = next();
        if (t.kind() != Token.Kind.IDENT && t.kind() != Token.Kind.QUOTED_IDENT) throw syntaxErrorAt(t);
        return t.identifier();
    }

    /** name or schema.name. */
    QualifiedName qualifiedName() {
        String first = identifier();
        if (accept(".")) return new QualifiedName(first, identifier());
        return QualifiedName.of(first);
    }

    List<QualifiedName> qualifiedNames() {
        List<QualifiedName> names = new ArrayList<>();
        do names.add(qualifiedName()); while (accept(","));
        return names;
    }

    /** ( ident [, ident]* ) */
    List<String> identifierList() {
        expect("(");
        List<String> names = new ArrayList<>();
        do names.add(identifier()); while (accept(","));
        expect(")");
        return names;
    }

    String stringLiteral() {
        Token t = next();
        if (!Literals.isString(t)) throw syntaxErrorAt(t);
        return Literals.stringValue(t);
    }

    /** A signed integer literal. */
    long number() {
        boolean negative = accept("-");
        if (!negative) accept("+");
        Token t = next();
        if (t.kind() != Token.Kind.NUMBER) throw syntaxErrorAt(t);
        try {
            long v = Long.parseLong(t.text().replace("_", ""));
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            throw syntaxErrorAt(t);
        }
    }

    /**
     * The text from here up to (not including) the first token at parenthesis depth 0 that is a comma, an unmatched
     * closing parenthesis, or one of {@code stopWords}; the cursor moves past the slice.
     */
    String slice(Set<String> stopWords) {
        int from = i;
        int depth = 0;
        while (!atEnd()) {
            Token t = tokens.get(i);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && (t.isPunct(",") || t.kind() == Token.Kind.IDENT
                    && stopWords.contains(t.identifier()))) {
                break;
            }
            i++;
        }
        if (from == i) throw syntaxError();
        return source.substring(tokens.get(from).start(), tokens.get(i - 1).end());
    }

    /** The text of a parenthesized group starting here, without the parentheses; the cursor moves past it. */
    String parenthesized() {
        expect("(");
        String inner = slice(Set.of());
        expect(")");
        return inner;
    }

    /** The whole text inside the parentheses starting here, commas included; the cursor moves past them. */
    String balancedParenthesized() {
        expect("(");
        if (accept(")")) return "";
        int from = i;
        int depth = 0;
        while (!atEnd()) {
            Token t = tokens.get(i);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")") && depth-- == 0) break;
            i++;
        }
        if (atEnd()) throw syntaxError();
        String inner = source.substring(tokens.get(from).start(), tokens.get(i - 1).end());
        i++;
        return inner;
    }

    /** The rest of the statement as written. */
    String rest() {
        if (atEnd()) throw syntaxError();
        String text = source.substring(tokens.get(i).start(), tokens.get(tokens.size() - 1).end());
        i = tokens.size();
        return text;
    }

    void expectEnd() {
        if (!atEnd()) throw syntaxErrorAt(peek());
    }

    PgException syntaxError() {
        return atEnd() ? new PgException(SqlState.SYNTAX_ERROR, "syntax error at end of input")
                : syntaxErrorAt(peek());
    }

    PgException syntaxErrorAt(Token t) {
        PgException e = new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + t.text() + "\"");
        return e;
    }
}
