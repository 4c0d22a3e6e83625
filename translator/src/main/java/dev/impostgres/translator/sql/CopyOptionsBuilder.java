package dev.impostgres.translator.sql;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects COPY options from either syntax and applies Postgres 17's defaults and checks, in the order
 * ProcessCopyOptions makes them (so a statement with two faults reports the one Postgres reports).
 */
final class CopyOptionsBuilder {
    private String format;
    private String delimiter;
    private String nullString;
    private String defaultString;
    private Boolean header;
    private boolean headerMatch;
    private String quote;
    private String escape;
    private Boolean freeze;
    private String encoding;
    private String onError;
    private String logVerbosity;
    private boolean forceQuoteAll;
    private boolean forceNotNullAll;
    private boolean forceNullAll;
    private List<String> forceQuote;
    private List<String> forceNotNull;
    private List<String> forceNull;
    private final boolean from;

    CopyOptionsBuilder(boolean from) {
        this.from = from;
    }

    /** {@code ( name [value] [, …] )}; returns the index after the closing parenthesis. */
    int optionList(String script, List<Token> t, int open, Words w) {
        int close = CopyStatementParser.closing(t, open);
        if (close < 0) throw CopyStatementParser.syntax(w, t, t.size());
        int i = open + 1;
        while (i < close) {
            Token name = t.get(i++);
            if (!CopyStatementParser.isName(name)) {
                throw CopyStatementParser.syntax(w, t, i - 1);
            }
            String option = name.text().toLowerCase();
            if (name.kind() == Token.Kind.QUOTED_IDENT) option = name.identifier();
            int valueStart = i;
            int depth = 0;
            while (i < close && !(depth == 0 && t.get(i).isPunct(","))) {
                if (t.get(i).isPunct("(")) depth++;
                else if (t.get(i).isPunct(")")) depth--;
                i++;
            }
            apply(option, t.subList(valueStart, i), w, t, valueStart);
            if (i < close) i++; // the comma
        }
        return close + 1;
    }

    /** The pre-9.0 syntax: BINARY, CSV, HEADER, DELIMITER [AS] 'c', NULL [AS] 's', QUOTE, ESCAPE, FORCE …. */
    int legacy(List<Token> t, int i, Words w) {
        while (i < t.size()) {
            Token k = t.get(i);
            if (k.is("binary")) { format = setOnce(format, "binary"); i++; }
            else if (k.is("csv")) { format = setOnce(format, "csv"); i++; }
            else if (k.is("header")) { header = setOnce(header, true); i++; }
            else if (k.is("freeze")) { freeze = setOnce(freeze, true); i++; }
            else if (k.is("delimiter") || k.is("null") || k.is("quote") || k.is("escape") || k.is("encoding")) {
                i++;
                if (i < t.size() && t.get(i).is("as")) i++;
                if (i >= t.size() || !isString(t.get(i))) throw CopyStatementParser.syntax(w, t, i);
                stringOption(k.text().toLowerCase(), Literals.stringValue(t.get(i++)));
            } else if (k.is("force")) {
                i++;
                boolean not = false;
                if (i < t.size() && t.get(i).is("not")) { not = true; i++; }
                String what = i < t.size() ? t.get(i).text().toLowerCase() : "";
                if (!(not ? what.equals("null") : what.equals("quote"))) throw CopyStatementParser.syntax(w, t, i);
                i++;
                List<String> cols = new ArrayList<>();
                boolean all = false;
                if (i < t.size() && t.get(i).isOperator("*")) { all = true; i++; }
                else {
                    while (i < t.size() && CopyStatementParser.isName(t.get(i))) {
                        cols.add(t.get(i++).identifier());
                        if (i < t.size() && t.get(i).isPunct(",")) i++;
                    }
                }
                if (not) { forceNotNull = setOnce(forceNotNull, cols); forceNotNullAll = all; }
                else { forceQuote = setOnce(forceQuote, cols); forceQuoteAll = all; }
            } else {
                break;
            }
        }
        return i;
    }

    private void apply(String option, List<Token> value, Words w, List<Token> t, int at) {
        switch (option) {
            case "format" -> {
                String f = single(value, w, t, at).toLowerCase();
                format = setOnce(format, f);
                if (!f.equals("text") && !f.equals("csv") && !f.equals("binary")) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY format \"" + f + "\" not recognized");
                }
            }
            case "freeze" -> freeze = setOnce(freeze, bool(value, w, t, at, option));
            case "delimiter", "null", "default", "quote", "escape", "encoding" -> {
                if (value.size() != 1 || !isString(value.get(0)) && value.get(0).kind() != Token.Kind.IDENT) {
                    throw CopyStatementParser.syntax(w, t, at);
                }
                stringOption(option, isString(value.get(0)) ? Literals.stringValue(value.get(0)) : value.get(0).text());
            }
            case "header" -> {
                if (header != null) throw redundant();
                String v = value.isEmpty() ? "true" : single(value, w, t, at);
                if (v.equalsIgnoreCase("match")) {
                    if (!from) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "cannot use \"" + v + "\" with HEADER in COPY TO");
                    }
                    header = true;
                    headerMatch = true;
                } else {
                    Boolean b = boolOrNull(v);
                    if (b == null) {
                        throw new PgException(SqlState.SYNTAX_ERROR, "header requires a Boolean value or \"match\"");
                    }
                    header = b;
                }
            }
            case "force_quote" -> {
                if (forceQuote != null || forceQuoteAll) throw redundant();
                if (value.size() == 1 && value.get(0).isOperator("*")) { forceQuoteAll = true; forceQuote = List.of(); }
                else forceQuote = names(value, w, t, at, option);
            }
            case "force_not_null" -> {
                if (forceNotNull != null || forceNotNullAll) throw redundant();
                if (value.size() == 1 && value.get(0).isOperator("*")) { forceNotNullAll = true; forceNotNull = List.of(); }
                else forceNotNull = names(value, w, t, at, option);
            }
            case "force_null" -> {
                if (forceNull != null || forceNullAll) throw redundant();
                if (value.size() == 1 && value.get(0).isOperator("*")) { forceNullAll = true; forceNull = List.of(); }
                else forceNull = names(value, w, t, at, option);
            }
            case "on_error" -> {
                String v = value.isEmpty() ? "" : single(value, w, t, at).toLowerCase();
                onError = setOnce(onError, v);
                if (!v.equals("stop") && !v.equals("ignore")) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY ON_ERROR \"" + v + "\" not recognized");
                }
                if (!from) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY ON_ERROR cannot be used with COPY TO");
                }
            }
            case "log_verbosity" -> {
                String v = value.isEmpty() ? "" : single(value, w, t, at).toLowerCase();
                logVerbosity = setOnce(logVerbosity, v);
                if (!v.equals("default") && !v.equals("verbose")) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "COPY LOG_VERBOSITY \"" + v + "\" not recognized");
                }
            }
            default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + option + "\" not recognized");
        }
    }

    private void stringOption(String option, String v) {
        switch (option) {
            case "delimiter" -> delimiter = setOnce(delimiter, v);
            case "null" -> nullString = setOnce(nullString, v);
            case "default" -> defaultString = setOnce(defaultString, v);
            case "quote" -> quote = setOnce(quote, v);
            case "escape" -> escape = setOnce(escape, v);
            case "encoding" -> {
                encoding = setOnce(encoding, v);
                if (CopyEncodings.canonical(v) == null) {
                    throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                            "argument to option \"encoding\" must be a valid encoding name");
                }
            }
            default -> throw new IllegalArgumentException(option);
        }
    }

    PgStatement.CopyOptions build() {
        String f = format == null ? "text" : format;
        boolean binary = f.equals("binary");
        boolean csv = f.equals("csv");
        if (binary && delimiter != null) throw binaryMode("DELIMITER", SqlState.SYNTAX_ERROR);
        if (binary && nullString != null) throw binaryMode("NULL", SqlState.SYNTAX_ERROR);
        if (binary && defaultString != null) throw binaryMode("DEFAULT", SqlState.SYNTAX_ERROR);
        if (binary && onError != null && !onError.equals("stop")) {
            throw new PgException(SqlState.SYNTAX_ERROR, "only ON_ERROR STOP is allowed in BINARY mode");
        }
        String d = delimiter != null ? delimiter : csv ? "," : "\t";
        String n = nullString != null ? nullString : csv ? "" : "\\N";
        if (d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must be a single one-byte character");
        }
        if (d.contains("\r") || d.contains("\n")) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be newline or carriage return");
        }
        if (n.contains("\r") || n.contains("\n")) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "COPY null representation cannot use newline or carriage return");
        }
        if (defaultString != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY DEFAULT is not supported");
        }
        if (!csv && "\\.abcdefghijklmnopqrstuvwxyz0123456789".indexOf(d.charAt(0)) >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be \"" + d + "\"");
        }
        if (binary && header != null && header) {
            throw binaryMode("HEADER", SqlState.FEATURE_NOT_SUPPORTED);
        }
        if (!csv && quote != null) throw requiresCsv("QUOTE");
        String q = quote == null ? "\"" : quote;
        if (csv && q.getBytes(java.nio.charset.StandardCharsets.UTF_8).length != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote must be a single one-byte character");
        }
        if (csv && d.charAt(0) == q.charAt(0)) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
        }
        if (!csv && escape != null) throw requiresCsv("ESCAPE");
        String e = escape == null ? q : escape;
        if (csv && e.getBytes(java.nio.charset.StandardCharsets.UTF_8).length != 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape must be a single one-byte character");
        }
        if (!csv && (forceQuote != null || forceQuoteAll)) throw requiresCsv("FORCE_QUOTE");
        if ((forceQuote != null || forceQuoteAll) && from) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY FORCE_QUOTE cannot be used with COPY FROM");
        }
        if (!csv && (forceNotNull != null || forceNotNullAll)) throw requiresCsv("FORCE_NOT_NULL");
        if ((forceNotNull != null || forceNotNullAll) && !from) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY FORCE_NOT_NULL cannot be used with COPY TO");
        }
        if (!csv && (forceNull != null || forceNullAll)) throw requiresCsv("FORCE_NULL");
        if ((forceNull != null || forceNullAll) && !from) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY FORCE_NULL cannot be used with COPY TO");
        }
        if (!binary && n.indexOf(d.charAt(0)) >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "COPY delimiter character must not appear in the NULL specification");
        }
        if (csv && n.indexOf(q.charAt(0)) >= 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "CSV quote character must not appear in the NULL specification");
        }
        if (freeze != null && freeze && !from) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "COPY FREEZE cannot be used with COPY TO");
        }
        if (onError != null && onError.equals("ignore")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY ON_ERROR ignore is not supported");
        }
        return new PgStatement.CopyOptions(f, d.charAt(0), n, header != null && header, q.charAt(0), e.charAt(0),
                forceQuoteAll, list(forceQuote), list(forceNotNull), list(forceNull), headerMatch,
                encoding == null ? "UTF8" : CopyEncodings.canonical(encoding), freeze != null && freeze,
                forceNotNullAll, forceNullAll);
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static PgException binaryMode(String option, String sqlState) {
        return new PgException(sqlState, "cannot specify " + option + " in BINARY mode");
    }

    private static PgException requiresCsv(String option) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY " + option + " requires CSV mode");
    }

    private static PgException redundant() {
        return new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options");
    }

    private static <T> T setOnce(T current, T value) {
        if (current != null) throw redundant();
        return value;
    }

    private static String single(List<Token> value, Words w, List<Token> t, int at) {
        if (value.size() != 1) throw CopyStatementParser.syntax(w, t, at);
        Token v = value.get(0);
        if (isString(v)) return Literals.stringValue(v);
        if (v.kind() == Token.Kind.IDENT || v.kind() == Token.Kind.NUMBER) return v.text();
        throw CopyStatementParser.syntax(w, t, at);
    }

    private static boolean bool(List<Token> value, Words w, List<Token> t, int at, String option) {
        if (value.isEmpty()) return true;
        Boolean b = boolOrNull(single(value, w, t, at));
        if (b == null) throw new PgException(SqlState.SYNTAX_ERROR, option + " requires a Boolean value");
        return b;
    }

    private static Boolean boolOrNull(String v) {
        return switch (v.toLowerCase()) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> null;
        };
    }

    private static List<String> names(List<Token> value, Words w, List<Token> t, int at, String option) {
        List<String> out = new ArrayList<>();
        int k = 0;
        if (k < value.size() && value.get(k).isPunct("(")) k++;
        else {
            throw new PgException(SqlState.SYNTAX_ERROR,
                    "argument to option \"" + option + "\" must be a list of column names");
        }
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
