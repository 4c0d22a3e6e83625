package dev.impostgres.tracking.functions;

/** Postgres's format(): %s, %I (quote_ident), %L (quote_literal), %%, with optional n$ argument positions. */
final class Format {
    private Format() {}

    /** {@code args[0]} is the format string itself; values start at index 1. */
    static String format(String fmt, Object[] args) {
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= fmt.length()) throw invalid("unterminated format() type specifier");
            if (fmt.charAt(i) == '%') {
                out.append('%');
                continue;
            }
            int digits = i;
            while (digits < fmt.length() && Character.isDigit(fmt.charAt(digits))) digits++;
            if (digits > i && digits < fmt.length() && fmt.charAt(digits) == '$') {
                next = Integer.parseInt(fmt.substring(i, digits));
                i = digits + 1;
            }
            if (i >= fmt.length()) throw invalid("unterminated format() type specifier");
            char type = fmt.charAt(i);
            if (next >= args.length) throw invalid("too few arguments for format()");
            Object value = args[next++];
            switch (type) {
                case 's' -> { if (value != null) out.append(Values.text(value)); }
                case 'I' -> {
                    if (value == null) throw new PgFunctionError("22004", "null values cannot be formatted as an SQL identifier");
                    out.append(quoteIdent(Values.text(value)));
                }
                case 'L' -> out.append(value == null ? "NULL" : quoteLiteral(Values.text(value)));
                default -> throw invalid("unrecognized format() type specifier \"" + type + "\"");
            }
        }
        return out.toString();
    }

    private static PgFunctionError invalid(String message) { return PgFunctionError.invalidParameter(message); }

    static String quoteIdent(String s) {
        boolean plain = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_');
        for (int i = 0; plain && i < s.length(); i++) {
            char c = s.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        return plain ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String quoteLiteral(String s) {
        String body = s.replace("'", "''");
        if (s.indexOf('\\') >= 0) return "E'" + body.replace("\\", "\\\\") + "'";
        return "'" + body + "'";
    }
}
