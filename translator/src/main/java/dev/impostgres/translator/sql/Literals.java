package dev.impostgres.translator.sql;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;

/** The value of a string literal token in any of Postgres's spellings. */
public final class Literals {
    private Literals() {}

    public static boolean isString(Token t) {
        return switch (t.kind()) {
            case STRING -> t.text().charAt(0) == '\'' || t.text().charAt(0) == 'n' || t.text().charAt(0) == 'N'
                    || t.text().charAt(0) == 'u' || t.text().charAt(0) == 'U';
            case ESCAPE_STRING, DOLLAR_STRING -> true;
            default -> false;
        };
    }

    /** The characters a string literal stands for. Only '…', N'…', E'…' and $$…$$ spellings. */
    public static String stringValue(Token t) {
        String s = t.text();
        return switch (t.kind()) {
            case STRING -> {
                int q = s.indexOf('\'');
                String body = s.substring(q + 1, s.length() - 1).replace("''", "'");
                yield q == 2 && (s.charAt(0) == 'u' || s.charAt(0) == 'U') ? unicodeEscapes(body) : body;
            }
            case ESCAPE_STRING -> unescape(s.substring(2, s.length() - 1));
            case DOLLAR_STRING -> {
                int tagEnd = s.indexOf('$', 1) + 1;
                yield s.substring(tagEnd, s.length() - tagEnd);
            }
            default -> throw new IllegalArgumentException("not a string literal: " + t);
        };
    }

    /**
     * Decodes the body of a U&'' string: {@code \XXXX} and {@code \+XXXXXX} code points, {@code \\} a backslash
     * (the default escape character; UESCAPE is not supported). A malformed escape is 22025 as in Postgres.
     */
    static String unicodeEscapes(String body) {
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 < body.length() && body.charAt(i + 1) == '\\') {
                b.append('\\');
                i++;
                continue;
            }
            int digits = i + 1 < body.length() && body.charAt(i + 1) == '+' ? 6 : 4;
            int from = digits == 6 ? i + 2 : i + 1;
            if (from + digits > body.length() || !body.substring(from, from + digits).chars().allMatch(ch -> hex((char) ch))) {
                throw new PgException("22025", "invalid Unicode escape");
            }
            b.appendCodePoint(Integer.parseInt(body.substring(from, from + digits), 16));
            i = from + digits - 1;
        }
        return b.toString();
    }

    /** Decodes the body of an E'' string: \b \f \n \r \t, octal, \xHH, \\uXXXX, \\UXXXXXXXX, '' and \c. */
    static String unescape(String body) {
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                b.append('\'');
                i++;
            } else if (c != '\\' || i + 1 >= body.length()) {
                b.append(c);
            } else {
                char e = body.charAt(++i);
                switch (e) {
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'x' -> {
                        int end = i + 1;
                        while (end < body.length() && end < i + 3 && hex(body.charAt(end))) end++;
                        if (end == i + 1) {
                            b.append('x');
                        } else {
                            b.append((char) Integer.parseInt(body.substring(i + 1, end), 16));
                            i = end - 1;
                        }
                    }
                    case 'u', 'U' -> {
                        int n = e == 'u' ? 4 : 8;
                        String digits = body.substring(i + 1, Math.min(body.length(), i + 1 + n));
                        if (digits.length() != n || !digits.chars().allMatch(ch -> hex((char) ch))) throw invalidUnicode();
                        b.appendCodePoint(Integer.parseInt(digits, 16));
                        i += n;
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            int end = i;
                            while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') end++;
                            b.append((char) Integer.parseInt(body.substring(i, end), 8));
                            i = end - 1;
                        } else {
                            b.append(e);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    private static PgException invalidUnicode() {
        return new PgException(SqlState.SYNTAX_ERROR, "invalid Unicode escape");
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** A standard-conforming SQL string literal for {@code value} ('' doubles a quote), as SQLite reads it. */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
