package dev.impostgres.translator.sql;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Postgres's lexical rules (scan.l) as far as statement splitting and token rewrites need them: strings in all
 * their forms, dollar quotes, quoted identifiers, nested comments, parameters, numbers and operators.
 * Lexical errors are raised as Postgres raises them: 42601 with the rest of the input as "at or near" text and a
 * 1-based character position.
 */
public final class Lexer {
    private static final String OP_CHARS = "~!@#^&|`?+-*/%<>=";
    /** A multi-character operator may end in + or - only if it contains one of these (scan.l). */
    private static final String OP_KEEP_TRAILING_SIGN = "~!@#^&|`?%";

    private final String sql;
    private int pos;

    private Lexer(String sql) { this.sql = sql; }

    /** All tokens of {@code sql}, trivia included; their texts concatenate back to {@code sql}. */
    public static List<Token> tokenize(String sql) {
        Lexer lexer = new Lexer(sql);
        List<Token> tokens = new ArrayList<>();
        while (lexer.pos < sql.length()) {
            tokens.add(lexer.next());
        }
        return tokens;
    }

    /** The tokens that are not whitespace or comments. */
    public static List<Token> significant(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!t.isTrivia()) out.add(t);
        }
        return out;
    }

    private Token next() {
        int start = pos;
        char c = sql.charAt(pos);
        if (isSpace(c)) {
            while (pos < sql.length() && isSpace(sql.charAt(pos))) pos++;
            return token(Kind.WHITESPACE, start);
        }
        if (c == '-' && peek(1) == '-') {
            while (pos < sql.length() && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') pos++;
            return token(Kind.COMMENT, start);
        }
        if (c == '/' && peek(1) == '*') return blockComment(start);
        if (c == '\'') return quoted(start, start, false);
        if ((c == 'e' || c == 'E') && peek(1) == '\'') return quoted(start, start + 1, true);
        if ((c == 'u' || c == 'U') && peek(1) == '&' && peek(2) == '\'') return quoted(start, start + 2, false);
        if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && peek(1) == '\'') {
            return quoted(start, start + 1, false);
        }
        if ((c == 'u' || c == 'U') && peek(1) == '&' && peek(2) == '\'') return quoted(start, start + 2, false);
        if ((c == 'u' || c == 'U') && peek(1) == '&' && peek(2) == '"') return quotedIdent(start, start + 2);
        if (c == '"') return quotedIdent(start, start);
        if (c == '$') return dollar(start);
        if (isIdentStart(c)) {
            while (pos < sql.length() && isIdentCont(sql.charAt(pos))) pos++;
            return token(Kind.IDENT, start);
        }
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) return number(start);
        if (c == ':' && peek(1) == ':') {
            pos += 2;
            return token(Kind.OPERATOR, start);
        }
        if (c == ':' && peek(1) == '=') {
            pos += 2;
            return token(Kind.OPERATOR, start);
        }
        if ("()[],;.:".indexOf(c) >= 0) {
            pos++;
            return token(Kind.PUNCT, start);
        }
        if (OP_CHARS.indexOf(c) >= 0) return operator(start);
        pos++; // a character Postgres would reject in the grammar; keep it so the text survives
        return token(Kind.PUNCT, start);
    }

    private Token blockComment(int start) {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) return token(Kind.COMMENT, start);
            } else {
                pos++;
            }
        }
        throw unterminated("unterminated /* comment", start);
    }

    /** A string literal whose opening quote is at {@code quote}; backslash escapes only for E''. */
    private Token quoted(int start, int quote, boolean backslashEscapes) {
        pos = quote + 1;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == '\'') {
                if (peek(1) == '\'') {
                    pos += 2;
                } else {
                    pos++;
                    return token(backslashEscapes ? Kind.ESCAPE_STRING : Kind.STRING, start);
                }
            } else {
                pos++;
            }
        }
        throw unterminated("unterminated quoted string", start);
    }

    private Token quotedIdent(int start, int quote) {
        pos = quote + 1;
        while (pos < sql.length()) {
            if (sql.charAt(pos) == '"') {
                if (peek(1) == '"') {
                    pos += 2;
                } else {
                    pos++;
                    if (pos - quote == 2) throw unterminated("zero-length delimited identifier", start);
                    return token(Kind.QUOTED_IDENT, start);
                }
            } else {
                pos++;
            }
        }
        throw unterminated("unterminated quoted identifier", start);
    }

    private Token dollar(int start) {
        if (isDigit(peek(1))) {
            pos++;
            while (pos < sql.length() && isDigit(sql.charAt(pos))) pos++;
            return token(Kind.PARAM, start);
        }
        int tagEnd = start + 1;
        if (tagEnd < sql.length() && isIdentStart(sql.charAt(tagEnd))) {
            while (tagEnd < sql.length() && isIdentCont(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') tagEnd++;
        }
        if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$') {
            pos++;
            return token(Kind.PUNCT, start);
        }
        String delimiter = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(delimiter, tagEnd + 1);
        if (close < 0) throw unterminated("unterminated dollar-quoted string", start);
        pos = close + delimiter.length();
        return token(Kind.DOLLAR_STRING, start);
    }

    private Token number(int start) {
        if (sql.charAt(pos) == '0' && "xXoObB".indexOf(peek(1)) >= 0 && isIdentCont(peek(2))) {
            pos += 2;
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) pos++;
            return token(Kind.NUMBER, start);
        }
        digits();
        if (pos < sql.length() && sql.charAt(pos) == '.' && peek(1) != '.') {
            pos++;
            digits();
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) pos++;
            if (isDigit(peek(0))) digits();
            else pos = save;
        }
        return token(Kind.NUMBER, start);
    }

    private void digits() {
        while (pos < sql.length() && (isDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) pos++;
    }

    private Token operator(int start) {
        while (pos < sql.length() && OP_CHARS.indexOf(sql.charAt(pos)) >= 0) {
            if (pos > start && (sql.startsWith("--", pos) || sql.startsWith("/*", pos))) break;
            pos++;
        }
        String op = sql.substring(start, pos);
        if (op.length() > 1 && (op.endsWith("+") || op.endsWith("-"))) {
            boolean keep = op.chars().anyMatch(ch -> OP_KEEP_TRAILING_SIGN.indexOf(ch) >= 0);
            if (!keep) {
                int end = op.length();
                while (end > 1 && (op.charAt(end - 1) == '+' || op.charAt(end - 1) == '-')) end--;
                pos = start + end;
            }
        }
        return token(Kind.OPERATOR, start);
    }

    private PgException unterminated(String message, int start) {
        String near = sql.substring(start);
        return new PgException("ERROR", SqlState.SYNTAX_ERROR, message + " at or near \"" + near + "\"", null, null,
                position(sql, start), null);
    }

    /** Postgres reports 1-based character (not UTF-16 unit) positions. */
    public static int position(String sql, int offset) {
        return sql.codePointCount(0, offset) + 1;
    }

    private Token token(Kind kind, int start) { return new Token(kind, sql.substring(start, pos), start); }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    /** scan.l's space: [ \t\n\r\f\v] and nothing else (a no-break space is an identifier character). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentCont(char c) { return isIdentStart(c) || isDigit(c) || c == '$'; }
}
