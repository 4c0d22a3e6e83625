package dev.impostgres.tracking.functions;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;

/**
 * bytea functions: {@code encode(bytea, format)} and {@code decode(text, format)} for the hex, escape and base64
 * formats, and {@code pg_bytea_concat(a, b)}, bytea {@code ||} (SQLite's {@code ||} makes text of blobs).
 */
final class ByteaFunctions {
    private ByteaFunctions() {}

    static void register(Connection connection) throws SQLException {
        Udf.strict(connection, "pg_bytea_concat", 2, a -> concat(bytes(a[0]), bytes(a[1])));
        Udf.strict(connection, "encode", 2, a -> encode(bytes(a[0]), Values.text(a[1])));
        Udf.strict(connection, "decode", 2, a -> decode(Values.text(a[0]), Values.text(a[1])));
    }

    private static byte[] bytes(Object v) {
        return v instanceof byte[] b ? b : Values.text(v).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String encode(byte[] data, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex" -> {
                StringBuilder out = new StringBuilder(data.length * 2);
                for (byte b : data) out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                return out.toString();
            }
            case "base64" -> { // Postgres wraps base64 output at 76 characters
                String plain = Base64.getEncoder().encodeToString(data);
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < plain.length(); i += 76) {
                    if (i > 0) out.append('\n');
                    out.append(plain, i, Math.min(plain.length(), i + 76));
                }
                return out.toString();
            }
            case "escape" -> { // esc_encode: a zero byte, a byte >= 0x80 and backslash are written as escapes
                StringBuilder out = new StringBuilder();
                for (byte b : data) {
                    int v = b & 0xff;
                    if (v == '\\') out.append("\\\\");
                    else if (v == 0 || v >= 0x80) out.append('\\').append(String.format("%03o", v));
                    else out.append((char) v);
                }
                return out.toString();
            }
            default -> throw new PgFunctionError("22023", "unrecognized encoding: \"" + format + "\"");
        }
    }

    static byte[] decode(String text, String format) {
        switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "hex" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int i = 0;
                while (i < text.length()) {
                    char c = text.charAt(i);
                    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                        i++;
                        continue;
                    }
                    int hi = Character.digit(c, 16);
                    if (hi < 0) throw new PgFunctionError("22023", "invalid hexadecimal digit: \"" + c + "\"");
                    if (i + 1 >= text.length()) {
                        throw new PgFunctionError("22023", "invalid hexadecimal data: odd number of digits");
                    }
                    int lo = Character.digit(text.charAt(i + 1), 16);
                    if (lo < 0) {
                        throw new PgFunctionError("22023", "invalid hexadecimal digit: \"" + text.charAt(i + 1) + "\"");
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                return out.toByteArray();
            }
            case "base64" -> {
                try {
                    return Base64.getMimeDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new PgFunctionError("22023", "invalid base64 end sequence");
                }
            }
            case "escape" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] in = text.getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < in.length; i++) {
                    if (in[i] != '\\') {
                        out.write(in[i]);
                    } else if (i + 1 < in.length && in[i + 1] == '\\') {
                        out.write('\\');
                        i++;
                    } else if (i + 3 < in.length + 0 && octal(in[i + 1]) && octal(in[i + 2]) && octal(in[i + 3])) {
                        out.write(((in[i + 1] - '0') << 6) | ((in[i + 2] - '0') << 3) | (in[i + 3] - '0'));
                        i += 3;
                    } else {
                        throw new PgFunctionError("22P02", "invalid input syntax for type bytea");
                    }
                }
                return out.toByteArray();
            }
            default -> throw new PgFunctionError("22023", "unrecognized encoding: \"" + format + "\"");
        }
    }

    private static boolean octal(byte b) {
        return b >= '0' && b <= '7';
    }
}
