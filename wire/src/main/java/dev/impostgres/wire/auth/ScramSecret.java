package dev.impostgres.wire.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Postgres stores in pg_authid for SCRAM-SHA-256 (RFC 5802 §3): salt, iteration count, StoredKey = H(ClientKey)
 * and ServerKey. Derived once from the configured password, so a connection never runs PBKDF2 and the password
 * itself is not needed during the exchange.
 */
public record ScramSecret(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {

    public static final int DEFAULT_ITERATIONS = 4096; // Postgres's scram_iterations default
    public static final int DEFAULT_SALT_LENGTH = 16;  // SCRAM_DEFAULT_SALT_LEN

    public ScramSecret {
        salt = salt.clone();
        storedKey = storedKey.clone();
        serverKey = serverKey.clone();
    }

    public static ScramSecret derive(String password, byte[] salt, int iterations) {
        byte[] saltedPassword = saltedPassword(password, salt, iterations);
        byte[] clientKey = hmac(saltedPassword, "Client Key".getBytes(StandardCharsets.US_ASCII));
        return new ScramSecret(salt, iterations, sha256(clientKey),
                hmac(saltedPassword, "Server Key".getBytes(StandardCharsets.US_ASCII)));
    }

    /** SaltedPassword := Hi(Normalize(password), salt, i) — PBKDF2 with HMAC-SHA-256, one 32-byte block. */
    static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        byte[] key = saslPrep(password).getBytes(StandardCharsets.UTF_8);
        byte[] first = new byte[salt.length + 4];
        System.arraycopy(salt, 0, first, 0, salt.length);
        first[first.length - 1] = 1; // INT(1)
        byte[] u = hmac(key, first);
        byte[] result = u.clone();
        for (int i = 1; i < iterations; i++) {
            u = hmac(key, u);
            for (int j = 0; j < result.length; j++) result[j] ^= u[j];
        }
        return result;
    }

    /**
     * Postgres's pg_saslprep, reduced: ASCII passwords pass unchanged (Postgres's fast path too); others get the
     * RFC 4013 mappings (non-ASCII spaces to ' ', "mapped to nothing" characters removed) and NFKC. Postgres falls
     * back to the raw password when a prohibited character appears; we do not check the prohibited tables.
     */
    static String saslPrep(String password) {
        boolean ascii = password.chars().allMatch(c -> c < 0x80);
        if (ascii) return password;
        StringBuilder mapped = new StringBuilder(password.length());
        password.codePoints().forEach(c -> {
            if (c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || c == 0x200B
                    || c == 0x200C || c == 0x200D || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF) {
                return; // RFC 3454 B.1: mapped to nothing
            }
            if (c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
                    || c == 0x3000) {
                mapped.append(' '); // C.1.2 non-ASCII space
                return;
            }
            mapped.appendCodePoint(c);
        });
        return Normalizer.normalize(mapped, Normalizer.Form.NFKC);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
