package dev.impostgres.conformance.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements the way psql does: a semicolon ends a statement unless it is inside a
 * single-quoted string ('' escapes), an E'' string (backslash escapes too), a quoted identifier ("" escapes), a
 * dollar-quoted body ($$ … $$, $tag$ … $tag$), a comment (-- to end of line, nested /* *&#47;) or parentheses.
 *
 * <p>Deliberately independent of the translator's splitter: the harness judges the translator, so it must not share
 * its bugs. Not supported (documented in conformance/README.md): psql backslash commands and SQL-standard
 * {@code BEGIN ATOMIC … END} function bodies.
 */
public final class ScriptSplitter {

    private ScriptSplitter() {}

    /** The statements of {@code script}, without their terminating semicolon, trimmed; empty statements dropped. */
    public static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int parenDepth = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            int end;
            if (c == '-' && at(script, i + 1, '-')) {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && at(script, i + 1, '*')) {
                end = endOfBlockComment(script, i);
            } else if (c == '\'') {
                end = endOfQuoted(script, i, '\'', isEscapeString(script, i));
            } else if (c == '"') {
                end = endOfQuoted(script, i, '"', false);
            } else if (c == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int close = script.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
            } else if (c == '(') {
                parenDepth++;
                end = i + 1;
            } else if (c == ')') {
                parenDepth = Math.max(0, parenDepth - 1);
                end = i + 1;
            } else if (c == ';' && parenDepth == 0) {
                i++;
                if (CopyInlineData.isCopyFromStdin(stripLeadingComments(current.toString()))) {
                    i = appendCopyData(script, i, current);
                }
                addStatement(statements, current);
                current.setLength(0);
                continue;
            } else {
                end = i + 1;
            }
            current.append(script, i, end);
            i = end;
        }
        addStatement(statements, current);
        return statements;
    }

    /**
     * psql's inline COPY data: after {@code COPY … FROM STDIN;} the lines up to one that is just {@code \.} are the
     * data. The statement keeps them, as {@code COPY …;\n<data>\.} (see {@link CopyInlineData}); returns the index
     * after the end-of-data line.
     */
    private static int appendCopyData(String script, int afterSemicolon, StringBuilder current) {
        int eol = script.indexOf('\n', afterSemicolon);
        int dataStart = eol < 0 ? script.length() : eol + 1;
        int lineStart = dataStart;
        while (lineStart < script.length()) {
            int lineEnd = script.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = script.length();
            if (script.substring(lineStart, lineEnd).equals("\\.")) {
                current.append(";\n").append(script, dataStart, lineStart).append("\\.");
                return Math.min(script.length(), lineEnd + 1);
            }
            lineStart = lineEnd + 1;
        }
        throw new IllegalArgumentException("COPY FROM STDIN data without its closing \\. line: " + current);
    }

    private static void addStatement(List<String> statements, StringBuilder text) {
        String statement = stripLeadingComments(text.toString()).strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }

    /** Leading whitespace and -- comment lines are not part of the statement (psql does not send them either). */
    static String stripLeadingComments(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && at(text, i + 1, '-')) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol + 1;
            } else {
                break;
            }
        }
        return text.substring(i);
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** E'…' (or e'…'): the E must not be the tail of a longer identifier such as {@code type'…'}. */
    private static boolean isEscapeString(String s, int quote) {
        if (quote == 0) {
            return false;
        }
        char prefix = s.charAt(quote - 1);
        if (prefix != 'E' && prefix != 'e') {
            return false;
        }
        return quote < 2 || !isIdentifierChar(s.charAt(quote - 2));
    }

    private static int endOfQuoted(String s, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (at(s, i + 1, quote)) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int endOfBlockComment(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    /**
     * The opening tag ({@code $$} or {@code $name$}) at {@code i}, or null when this {@code $} is a positional
     * parameter ({@code $1}) or part of an identifier ({@code a$b}).
     */
    static String dollarTag(String s, int i) {
        if (i > 0 && isIdentifierChar(s.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        if (j < s.length() && Character.isDigit(s.charAt(j))) {
            return null;
        }
        while (j < s.length() && s.charAt(j) != '$') {
            if (!isIdentifierChar(s.charAt(j))) {
                return null;
            }
            j++;
        }
        return j < s.length() ? s.substring(i, j + 1) : null;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }
}
