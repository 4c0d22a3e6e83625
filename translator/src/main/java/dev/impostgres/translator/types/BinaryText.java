package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Text forms of bytea (hex output; hex and escape input) and uuid. */
final class BinaryText {
    private BinaryText() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String formatBytea(byte[] bytes) {
        StringBuilder out = new StringBuilder(2 + bytes.length * 2).append("\\x");
        for (byte b : bytes) out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        return out.toString();
    }

    static byte[] parseBytea(String input) {
        if (input.startsWith("\\x")) return parseHex(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length());
        for (int i = 0; i < input.length(); ) {
            char c = input.charAt(i);
            if (c != '\\') {
                int end = i + 1;
                while (end < input.length() && input.charAt(end) != '\\') end++;
                out.writeBytes(input.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            } else if (i + 1 < input.length() && input.charAt(i + 1) == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < input.length() + 0 && isOctal(input, i + 1)) {
                out.write(Integer.parseInt(input.substring(i + 1, i + 4), 8));
                i += 4;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(String s, int at) {
        return at + 3 <= s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '3'
                && s.charAt(at + 1) >= '0' && s.charAt(at + 1) <= '7' && s.charAt(at + 2) >= '0' && s.charAt(at + 2) <= '7';
    }

    private static byte[] parseHex(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length() / 2);
        int i = 2;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (ScalarText.isSpace(c)) { i++; continue; }
            int high = hexDigit(c);
            if (i + 1 >= input.length()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
            }
            int low = hexDigit(input.charAt(i + 1));
            out.write((high << 4) | low);
            i += 2;
        }
        return out.toByteArray();
    }

    private static int hexDigit(char c) {
        int digit = Character.digit(c, 16);
        if (digit < 0 || c > 'f') {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"" + c + "\"");
        }
        return digit;
    }

    /** uuid_in: 32 hex digits, optionally in braces, with a hyphen allowed after any group of four digits. */
    static String canonicalUuid(String input) {
        String s = input;
        boolean braces = s.startsWith("{");
        if (braces) {
            if (!s.endsWith("}") || s.length() < 2) throw Errors.invalidSyntax("uuid", input);
            s = s.substring(1, s.length() - 1);
        }
        StringBuilder hex = new StringBuilder(32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.digit(c, 16) >= 0 && c < 0x80) {
                hex.append(Character.toLowerCase(c));
            } else if (c == '-' && hex.length() % 4 == 0 && hex.length() > 0 && hex.length() < 32
                    && i + 1 < s.length() && s.charAt(i + 1) != '-') {
                continue;
            } else {
                throw Errors.invalidSyntax("uuid", input);
            }
        }
        if (hex.length() != 32) throw Errors.invalidSyntax("uuid", input);
        return formatUuid(hex.toString().toLowerCase(Locale.ROOT));
    }

    static String formatUuid(String hex32) {
        return hex32.substring(0, 8) + '-' + hex32.substring(8, 12) + '-' + hex32.substring(12, 16) + '-'
                + hex32.substring(16, 20) + '-' + hex32.substring(20);
    }
}
