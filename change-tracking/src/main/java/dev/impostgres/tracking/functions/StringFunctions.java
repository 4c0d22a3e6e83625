package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.int4;
import static dev.impostgres.tracking.functions.Values.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

/** Postgres string functions whose SQLite namesake is missing or behaves differently. Lengths count characters. */
final class StringFunctions {
    private StringFunctions() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "char_length", 1, a -> (long) codePoints(text(a[0])));
        Udf.strict(c, "character_length", 1, a -> (long) codePoints(text(a[0])));
        Udf.strict(c, "octet_length", 1, a -> (long) bytes(a[0]).length);
        Udf.strict(c, "bit_length", 1, a -> 8L * bytes(a[0]).length);
        Udf.strict(c, "initcap", 1, a -> initcap(text(a[0])));
        Udf.strict(c, "pg_left", 2, a -> left(text(a[0]), int4(a[1])));
        Udf.strict(c, "pg_right", 2, a -> right(text(a[0]), int4(a[1])));
        Udf.strict(c, "lpad", 2, a -> pad(text(a[0]), int4(a[1]), " ", true));
        Udf.strict(c, "lpad", 3, a -> pad(text(a[0]), int4(a[1]), text(a[2]), true));
        Udf.strict(c, "rpad", 2, a -> pad(text(a[0]), int4(a[1]), " ", false));
        Udf.strict(c, "rpad", 3, a -> pad(text(a[0]), int4(a[1]), text(a[2]), false));
        Udf.strict(c, "repeat", 2, a -> text(a[0]).repeat(Math.max(0, int4(a[1]))));
        Udf.strict(c, "reverse", 1, a -> new StringBuilder(text(a[0])).reverse().toString());
        Udf.strict(c, "strpos", 2, a -> (long) strpos(text(a[0]), text(a[1])));
        Udf.strict(c, "split_part", 3, a -> splitPart(text(a[0]), text(a[1]), int4(a[2])));
        Udf.strict(c, "starts_with", 2, a -> text(a[0]).startsWith(text(a[1])));
        Udf.strict(c, "md5", 1, a -> md5(bytes(a[0])));
        Udf.strict(c, "to_hex", 1, a -> Long.toHexString(a[0] instanceof Long l && l >= Integer.MIN_VALUE
                && l <= Integer.MAX_VALUE ? l & 0xffffffffL : Values.integer(a[0])));
        Udf.strict(c, "chr", 1, a -> chr(int4(a[0])));
        Udf.strict(c, "ascii", 1, a -> text(a[0]).isEmpty() ? 0L : (long) text(a[0]).codePointAt(0));
        Udf.strict(c, "btrim", 1, a -> trim(text(a[0]), " ", true, true));
        Udf.strict(c, "btrim", 2, a -> trim(text(a[0]), text(a[1]), true, true));
        Udf.strict(c, "translate", 3, a -> translate(text(a[0]), text(a[1]), text(a[2])));
        Udf.strict(c, "substr", 2, a -> substr(text(a[0]), int4(a[1]), null));
        Udf.strict(c, "substr", 3, a -> substr(text(a[0]), int4(a[1]), int4(a[2])));
        Udf.strict(c, "substring", 2, a -> a[1] instanceof String pattern && !pattern.trim().matches("[+-]?\\d+")
                ? RegexFunctions.substring(text(a[0]), pattern) : substr(text(a[0]), int4(a[1]), null));
        Udf.strict(c, "substring", 3, a -> substr(text(a[0]), int4(a[1]), int4(a[2])));
        Udf.strict(c, "pg_overlay", 4, a -> overlay(text(a[0]), text(a[1]), int4(a[2]), int4(a[3])));
        Udf.strict(c, "pg_overlay", 3, a -> overlay(text(a[0]), text(a[1]), int4(a[2]), codePoints(text(a[1]))));
        Udf.lenient(c, "concat", -1, a -> concat("", a, false));
        Udf.lenient(c, "concat_ws", -1, a -> a.length == 0 || a[0] == null ? null
                : concat(text(a[0]), java.util.Arrays.copyOfRange(a, 1, a.length), true));
        Udf.lenient(c, "format", -1, a -> a.length == 0 || a[0] == null ? null : Format.format(text(a[0]), a));
        RegexFunctions.register(c);
    }

    static int codePoints(String s) { return s.codePointCount(0, s.length()); }

    private static byte[] bytes(Object v) {
        return v instanceof byte[] b ? b : text(v).getBytes(StandardCharsets.UTF_8);
    }

    /** Index in chars of the code point {@code n} (0-based), clamped to the string. */
    private static int offset(String s, int n) {
        if (n <= 0) return 0;
        int count = codePoints(s);
        return n >= count ? s.length() : s.offsetByCodePoints(0, n);
    }

    static String initcap(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(inWord ? Character.toLowerCase(cp) : Character.toUpperCase(cp));
            inWord = Character.isLetterOrDigit(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String left(String s, int n) {
        int count = codePoints(s);
        return s.substring(0, offset(s, n >= 0 ? n : count + n));
    }

    static String right(String s, int n) {
        int count = codePoints(s);
        return s.substring(offset(s, n >= 0 ? count - n : -n));
    }

    static String pad(String s, int length, String fill, boolean left) {
        if (length <= 0) return "";
        int count = codePoints(s);
        if (count >= length) return s.substring(0, offset(s, length));
        if (fill.isEmpty()) return s;
        StringBuilder padding = new StringBuilder();
        int[] fillPoints = fill.codePoints().toArray();
        for (int i = 0; i < length - count; i++) padding.appendCodePoint(fillPoints[i % fillPoints.length]);
        return left ? padding + s : s + padding;
    }

    static int strpos(String s, String needle) {
        int at = s.indexOf(needle);
        return at < 0 ? 0 : s.codePointCount(0, at) + 1;
    }

    static String splitPart(String s, String delimiter, int n) {
        if (n == 0) throw PgFunctionError.invalidParameter("field position must not be zero");
        String[] parts = delimiter.isEmpty() ? new String[] {s}
                : s.split(java.util.regex.Pattern.quote(delimiter), -1);
        if (s.isEmpty()) return "";
        int index = n > 0 ? n - 1 : parts.length + n;
        return index >= 0 && index < parts.length ? parts[index] : "";
    }

    static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String chr(int code) {
        if (code == 0) throw new PgFunctionError("54000", "null character not permitted");
        if (code < 0 || code > 0x10FFFF) throw new PgFunctionError("54000", "requested character too large for encoding: " + code);
        return new String(Character.toChars(code));
    }

    static String trim(String s, String chars, boolean leading, boolean trailing) {
        int start = 0;
        int end = s.length();
        while (leading && start < end && chars.indexOf(s.codePointAt(start)) >= 0) start += Character.charCount(s.codePointAt(start));
        while (trailing && end > start && chars.indexOf(s.codePointBefore(end)) >= 0) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    static String translate(String s, String from, String to) {
        int[] f = from.codePoints().toArray();
        int[] t = to.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int i = -1;
            for (int k = 0; k < f.length; k++) if (f[k] == cp) { i = k; break; }
            if (i < 0) b.appendCodePoint(cp);
            else if (i < t.length) b.appendCodePoint(t[i]);
        });
        return b.toString();
    }

    /** Postgres's substr: 1-based start that may be below 1 (the window still counts from there). */
    static String substr(String s, int start, Integer length) {
        if (length != null && length < 0) throw new PgFunctionError("22011", "negative substring length not allowed");
        long end = length == null ? Long.MAX_VALUE : (long) start + length;
        int from = Math.max(start, 1);
        if (end <= from) return "";
        int count = codePoints(s);
        int a = offset(s, from - 1);
        int b = end - 1 >= count ? s.length() : offset(s, (int) (end - 1));
        return a >= b ? "" : s.substring(a, b);
    }

    static String overlay(String s, String replacement, int start, int length) {
        return substr(s, 1, Math.max(0, start - 1)) + replacement + substr(s, start + length, null);
    }

    private static String concat(String separator, Object[] values, boolean skipNullsOnly) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (Object v : values) {
            if (v == null) continue;
            if (!first) b.append(separator);
            b.append(text(v));
            first = false;
        }
        return b.toString();
    }
}
