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
                if (next == 0) throw invalid("format specifies argument 0, but arguments are numbered from 1");
                i = digits + 1;
            }
            boolean left = false;
            while (i < fmt.length() && fmt.charAt(i) == '-') { left = true; i++; }
            int width = 0;
            if (i < fmt.length() && fmt.charAt(i) == '*') { // width from an argument, optionally *n$
                i++;
                int d = i;
                while (d < fmt.length() && Character.isDigit(fmt.charAt(d))) d++;
                int from = next;
                if (d > i && d < fmt.length() && fmt.charAt(d) == '$') {
                    from = Integer.parseInt(fmt.substring(i, d));
                    i = d + 1;
                } else {
                    next++;
                }
                if (from >= args.length) throw invalid("too few arguments for format()");
                Object w = args[from];
                width = w == null ? 0 : (int) Values.integer(w);
                if (width < 0) { left = true; width = -width; }
            } else {
                int d = i;
                while (d < fmt.length() && Character.isDigit(fmt.charAt(d))) d++;
                if (d > i) width = Integer.parseInt(fmt.substring(i, d));
                i = d;
            }
            if (i >= fmt.length()) throw invalid("unterminated format() type specifier");
            char type = fmt.charAt(i);
            if (type != 's' && type != 'I' && type != 'L') {
                throw invalid("unrecognized format() type specifier \"" + type + "\"");
            }
            if (next >= args.length) throw invalid("too few arguments for format()");
            Object value = args[next++];
            int mark = out.length();
            switch (type) {
                case 's' -> { if (value != null) out.append(Values.text(value)); }
                case 'I' -> {
                    if (value == null) throw new PgFunctionError("22004", "null values cannot be formatted as an SQL identifier");
                    out.append(quoteIdent(Values.text(value)));
                }
                case 'L' -> out.append(value == null ? "NULL" : quoteLiteral(Values.text(value)));
                default -> throw invalid("unrecognized format() type specifier \"" + type + "\"");
            }
            int written = out.codePointCount(mark, out.length());
            if (written < width) {
                String pad = " ".repeat(width - written);
                if (left) out.append(pad);
                else out.insert(mark, pad);
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
