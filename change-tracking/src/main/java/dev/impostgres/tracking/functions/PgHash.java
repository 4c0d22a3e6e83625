package dev.impostgres.tracking.functions;

import java.nio.charset.StandardCharsets;

/**
 * Postgres's hash_bytes (Bob Jenkins' lookup3, as in src/common/hashfn.c, little-endian byte order), the hash behind
 * hashtext(). Clients key advisory locks on {@code hashtext(name)}, and a lock must be the same lock whichever
 * server computed the key, so the value is Postgres's to the bit.
 */
final class PgHash {
    private PgHash() {}

    static int hashText(String text) {
        return hashBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static int hashBytes(byte[] k) {
        int len = k.length;
        int a = 0x9e3779b9 + len + 3923095;
        int b = a;
        int c = a;
        int i = 0;
        while (len >= 12) {
            a += word(k, i);
            b += word(k, i + 4);
            c += word(k, i + 8);
            // mix(a, b, c)
            a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
            a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
            b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
            c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
            i += 12;
            len -= 12;
        }
        // The last 11 bytes; the lowest byte of c is left for the length, as in Postgres.
        if (len >= 11) c += (k[i + 10] & 0xff) << 24;
        if (len >= 10) c += (k[i + 9] & 0xff) << 16;
        if (len >= 9) c += (k[i + 8] & 0xff) << 8;
        if (len >= 8) b += (k[i + 7] & 0xff) << 24;
        if (len >= 7) b += (k[i + 6] & 0xff) << 16;
        if (len >= 6) b += (k[i + 5] & 0xff) << 8;
        if (len >= 5) b += k[i + 4] & 0xff;
        if (len >= 4) a += (k[i + 3] & 0xff) << 24;
        if (len >= 3) a += (k[i + 2] & 0xff) << 16;
        if (len >= 2) a += (k[i + 1] & 0xff) << 8;
        if (len >= 1) a += k[i] & 0xff;
        // final(a, b, c)
        c ^= b; c -= Integer.rotateLeft(b, 14);
        a ^= c; a -= Integer.rotateLeft(c, 11);
        b ^= a; b -= Integer.rotateLeft(a, 25);
        c ^= b; c -= Integer.rotateLeft(b, 16);
        a ^= c; a -= Integer.rotateLeft(c, 4);
        b ^= a; b -= Integer.rotateLeft(a, 14);
        c ^= b; c -= Integer.rotateLeft(b, 24);
        return c;
    }

    private static int word(byte[] k, int i) {
        return (k[i] & 0xff) | (k[i + 1] & 0xff) << 8 | (k[i + 2] & 0xff) << 16 | (k[i + 3] & 0xff) << 24;
    }
}
