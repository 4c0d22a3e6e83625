package dev.impostgres.tracking.changes;

import java.util.Locale;

/**
 * A log sequence number: an unsigned 64-bit position, printed as Postgres prints pg_lsn ({@code %X/%X}: high and
 * low 32 bits in upper-case hex without leading zeros).
 */
public final class Lsn {
    public static final long INVALID = 0;

    private Lsn() {}

    public static String format(long lsn) {
        return Long.toHexString(lsn >>> 32).toUpperCase(Locale.ROOT) + "/" + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase(Locale.ROOT);
    }

    /** Parses {@code X/Y} (1–8 hex digits each side). @throws IllegalArgumentException otherwise */
    public static long parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 1 || slash == text.length() - 1) throw new IllegalArgumentException("invalid LSN \"" + text + "\"");
        return (half(text, text.substring(0, slash)) << 32) | half(text, text.substring(slash + 1));
    }

    private static long half(String text, String hex) {
        String digits = hex.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 8 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("invalid LSN \"" + text + "\"");
        }
        return Long.parseLong(digits, 16);
    }
}
