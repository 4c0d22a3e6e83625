package dev.impostgres.translator.sql;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/** Collects COPY options from either syntax and applies Postgres's defaults and checks (copy.c ProcessCopyOptions). */
final class CopyOptionsBuilder {
    private String format;
    private String delimiter;
    private String nullString;
    private Boolean header;
    private String quote;
    private String escape;
    private boolean forceQuoteAll;
    private List<String> forceQuote = List.of();
    private List<String> forceNotNull = List.of();
    private List<String> forceNull = List.of();

    /** {@code ( name [value] [, …] )}; returns the index after the closing parenthesis. */
    int optionList(String script, List<Token> t, int open, Words w) {
        int close = CopyStatementParser.closing(t, open);
        if (close < 0) throw CopyStatementParser.syntax(w, t, t.size());
        int i = open + 1;
        while (i < close) {
            Token name = t.get(i++);
            if (!CopyStatementParser.isName(name)) throw CopyStatementParser.syntax(w, t, i - 1);
            String option = name.identifier();
            int valueStart = i;
            int depth = 0;
            while (i < close && !(depth == 0 && t.get(i).isPunct(","))) {
                if (t.get(i).isPunct("(")) depth++;
                else if (t.get(i).isPunct(")")) depth--;
                i++;
            }
            List<Token> value = t.subList(valueStart, i);
            apply(option, value, w, t, valueStart);
            if (i < close) i++; // the comma
        }
        return close + 1;
    }

    /** The pre-9.0 syntax: BINARY, CSV, HEADER, DELIMITER [AS] 'c', NULL [AS] 's', QUOTE, ESCAPE, FORCE …. */
    int legacy(List<Token> t, int i, Words w) {
        while (i < t.size()) {
            Token k = t.get(i);
            if (k.is("binary")) { set("format", "binary"); i++; }
            else if (k.is("csv")) { set("format", "csv"); i++; }
            else if (k.is("header")) { header = true; i++; }
            else if (k.is("delimiter") || k.is("null") || k.is("quote") || k.is("escape")) {
                i++;
                if (i < t.size() && t.get(i).is("as")) i++;
                if (i >= t.size() || !isString(t.get(i))) throw CopyStatementParser.syntax(w, t, i);
                set(k.text().toLowerCase(), Literals.stringValue(t.get(i++)));
            } else if (k.is("force")) {
                i++;
                boolean not = false;
                if (i < t.size() && t.get(i).is("not")) { not = true; i++; }
                String what = i < t.size() ? t.get(i).text().toLowerCase() : "";
                if (!(not ? what.equals("null") : what.equals("quote"))) throw CopyStatementParser.syntax(w, t, i);
                i++;
                List<String> cols = new ArrayList<>();
                if (!not && i < t.size() && t.get(i).isOperator("*")) { forceQuoteAll = true; i++; }
                else {
                    while (i < t.size() && CopyStatementParser.isName(t.get(i))) {
                        cols.add(t.get(i++).identifier());
                        if (i < t.size() && t.get(i).isPunct(",")) i++;
                    }
                }
                if (not) forceNotNull = cols; else forceQuote = cols;
            } else {
                break;
            }
        }
        return i;
    }

    private void apply(String option, List<Token> value, Words w, List<Token> t, int at) {
        switch (option) {
            case "format" -> set("format", single(value, w, t, at, true));
            case "delimiter", "null", "quote", "escape", "encoding", "default" -> {
                if (value.size() != 1 || !isString(value.get(0))) throw CopyStatementParser.syntax(w, t, at);
                String v = Literals.stringValue(value.get(0));
                if (option.equals("encoding")) {
                    if (!v.equalsIgnoreCase("utf8") && !v.equalsIgnoreCase("utf-8")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY ENCODING other than UTF8 is not supported");
                    }
                } else if (option.equals("default")) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY DEFAULT is not supported");
                } else {
                    set(option, v);
                }
            }
            case "header" -> {
                String v = value.isEmpty() ? "true" : single(value, w, t, at, true);
                if (v.equalsIgnoreCase("match")) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY HEADER MATCH is not supported");
                }
                header = bool(v, option);
            }
            case "freeze" -> bool(value.isEmpty() ? "true" : single(value, w, t, at, true), option);
            case "force_quote" -> {
                if (value.size() == 1 && value.get(0).isOperator("*")) forceQuoteAll = true;
                else forceQuote = names(value, w, t, at);
            }
            case "force_not_null" -> forceNotNull = names(value, w, t, at);
            case "force_null" -> forceNull = names(value, w, t, at);
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + option + "\" not recognized");
        }
    }

    PgStatement.CopyOptions build(boolean from) {
        String f = format == null ? "text" : format;
        if (!f.equals("text") && !f.equals("csv") && !f.equals("binary")) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + f + "\" not recognized");
        }
        if (f.equals("binary")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY in binary format is not supported yet");
        }
        boolean csv = f.equals("csv");
        if (!csv && (quote != null || escape != null || forceQuoteAll || !forceQuote.isEmpty()
                || !forceNotNull.isEmpty() || !forceNull.isEmpty())) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY " + (quote != null ? "quote"
                    : escape != null ? "escape" : "force") + " available only in CSV mode");
        }
        String d = delimiter == null ? (csv ? "," : "\t") : delimiter;
        if (d.length() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must be a single one-byte character");
        }
        String q = quote == null ? "\"" : quote;
        if (q.length() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote must be a single one-byte character");
        }
        String e = escape == null ? q : escape;
        if (e.length() != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape must be a single one-byte character");
        }
        return new PgStatement.CopyOptions(f, d.charAt(0), nullString == null ? (csv ? "" : "\\N") : nullString,
                header != null && header, q.charAt(0), e.charAt(0), forceQuoteAll, forceQuote, forceNotNull, forceNull);
    }

    private void set(String option, String value) {
        boolean duplicate = switch (option) {
            case "format" -> format != null;
            case "delimiter" -> delimiter != null;
            case "null" -> nullString != null;
            case "quote" -> quote != null;
            case "escape" -> escape != null;
            default -> false;
        };
        if (duplicate) throw new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options");
        switch (option) {
            case "format" -> format = value.toLowerCase();
            case "delimiter" -> delimiter = value;
            case "null" -> nullString = value;
            case "quote" -> quote = value;
            case "escape" -> escape = value;
            default -> { }
        }
    }

    private static String single(List<Token> value, Words w, List<Token> t, int at, boolean identOk) {
        if (value.size() != 1) throw CopyStatementParser.syntax(w, t, at);
        Token v = value.get(0);
        if (isString(v)) return Literals.stringValue(v);
        if (identOk && (v.kind() == Token.Kind.IDENT || v.kind() == Token.Kind.NUMBER)) return v.text();
        throw CopyStatementParser.syntax(w, t, at);
    }

    private static boolean bool(String v, String option) {
        return switch (v.toLowerCase()) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw new PgException(SqlState.SYNTAX_ERROR, option + " requires a Boolean value");
        };
    }

    private static List<String> names(List<Token> value, Words w, List<Token> t, int at) {
        List<String> out = new ArrayList<>();
        int k = 0;
        if (k < value.size() && value.get(k).isPunct("(")) k++;
        for (; k < value.size(); k++) {
            Token v = value.get(k);
            if (CopyStatementParser.isName(v)) out.add(v.identifier());
            else if (!v.isPunct(",") && !v.isPunct(")")) throw CopyStatementParser.syntax(w, t, at);
        }
        return List.copyOf(out);
    }

    private static boolean isString(Token t) {
        return t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.ESCAPE_STRING;
    }
}
