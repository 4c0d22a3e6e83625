package dev.impostgres.wire.server;

import dev.impostgres.translator.PgStatement.CopyOptions;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * COPY's text and CSV row formats (copyto.c / copyfromparse.c): one row per line, fields split by the delimiter,
 * NULL as the null string; text format escapes with backslashes, CSV quotes.
 */
final class CopyText {
    private CopyText() {}

    /** One output row, without its line end. {@code forceQuote[i]} quotes a CSV column whatever its value. */
    static String formatRow(List<String> values, CopyOptions o, boolean[] forceQuote) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.append(o.delimiter());
            String v = values.get(i);
            if (v == null) line.append(o.nullString());
            else if (o.csv()) csvField(line, v, o, forceQuote != null && forceQuote[i]);
            else textField(line, v, o.delimiter());
        }
        return line.toString();
    }

    private static void textField(StringBuilder out, String v, char delimiter) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (c == delimiter) out.append('\\');
                    out.append(c);
                }
            }
        }
    }

    private static void csvField(StringBuilder out, String v, CopyOptions o, boolean force) {
        boolean quote = force || v.isEmpty() && o.nullString().isEmpty() || v.equals(o.nullString())
                || v.startsWith("\\.");
        for (int i = 0; !quote && i < v.length(); i++) {
            char c = v.charAt(i);
            quote = c == o.delimiter() || c == o.quote() || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(v);
            return;
        }
        out.append(o.quote());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == o.quote() || c == o.escape()) out.append(o.escape());
            out.append(c);
        }
        out.append(o.quote());
    }

    /** Splits one input line (without its line end) into fields; a null entry is SQL NULL. */
    static List<String> parseRow(String line, CopyOptions o) {
        return o.csv() ? parseCsv(line, o) : parseText(line, o);
    }

    private static List<String> parseText(String line, CopyOptions o) {
        List<String> fields = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == o.delimiter()) {
                fields.add(raw.toString().equals(o.nullString()) ? null : value.toString());
                raw.setLength(0);
                value.setLength(0);
                continue;
            }
            char c = line.charAt(i);
            raw.append(c);
            if (c != '\\' || i + 1 == line.length()) {
                value.append(c);
                continue;
            }
            char n = line.charAt(++i);
            raw.append(n);
            switch (n) {
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'v' -> value.append((char) 0x0B);
                case 'x' -> {
                    int end = i + 1;
                    while (end < line.length() && end < i + 3 && Character.digit(line.charAt(end), 16) >= 0) end++;
                    if (end == i + 1) value.append('x');
                    else value.append((char) Integer.parseInt(line.substring(i + 1, end), 16));
                    raw.append(line, i + 1, end);
                    i = end - 1;
                }
                default -> {
                    if (n >= '0' && n <= '7') {
                        int end = i;
                        while (end < line.length() && end < i + 3 && line.charAt(end) >= '0' && line.charAt(end) <= '7') end++;
                        value.append((char) Integer.parseInt(line.substring(i, end), 8));
                        raw.append(line, i + 1, end);
                        i = end - 1;
                    } else {
                        value.append(n); // \\ , \<delimiter>, or any other character taken literally
                    }
                }
            }
        }
        return fields;
    }

    private static List<String> parseCsv(String line, CopyOptions o) {
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length()) {
                if (inQuotes) {
                    throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
                }
                fields.add(!quoted && value.toString().equals(o.nullString()) ? null : value.toString());
                break;
            }
            char c = line.charAt(i);
            if (inQuotes) {
                if (c == o.escape() && i + 1 < line.length()
                        && (line.charAt(i + 1) == o.quote() || line.charAt(i + 1) == o.escape())
                        && (o.escape() != o.quote() || line.charAt(i + 1) == o.quote())) {
                    value.append(line.charAt(++i));
                } else if (c == o.quote()) {
                    inQuotes = false;
                } else {
                    value.append(c);
                }
            } else if (c == o.quote()) {
                inQuotes = true;
                quoted = true;
            } else if (c == o.delimiter()) {
                fields.add(!quoted && value.toString().equals(o.nullString()) ? null : value.toString());
                value.setLength(0);
                quoted = false;
            } else {
                value.append(c);
            }
        }
        return fields;
    }
}
