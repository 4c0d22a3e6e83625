package dev.impostgres.conformance.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client side of SCRAM-SHA-256 (RFC 5802/7677) as Postgres uses it: no channel binding ("n,,"), the user name
 * left empty in client-first (Postgres takes it from the startup message). Password SASLprep is skipped: the
 * passwords this harness meets are ASCII.
 */
final class ScramSha256 {

    private final String password;
    private final String user;
    private final String clientNonce;
    private String clientFirstBare;
    private byte[] expectedServerSignature;

    ScramSha256(String password) {
        this(password, "", randomNonce());
    }

    /** With a given user and nonce: for the RFC 7677 test vector. */
    ScramSha256(String password, String user, String clientNonce) {
        this.password = password;
        this.user = user;
        this.clientNonce = clientNonce;
    }

    private static String randomNonce() {
        byte[] nonce = new byte[18];
        new SecureRandom().nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** client-first-message: {@code n,,n=<user>,r=<nonce>}. */
    String clientFirst() {
        clientFirstBare = "n=" + user + ",r=" + clientNonce;
        return "n,," + clientFirstBare;
    }

    /** client-final-message for the server-first-message {@code r=…,s=…,i=…}. */
    String clientFinal(String serverFirst) throws GeneralSecurityException {
        Map<String, String> attrs = attributes(serverFirst);
        String nonce = attrs.get("r");
        if (nonce == null || !nonce.startsWith(clientNonce)) {
            throw new GeneralSecurityException("SCRAM server nonce does not extend the client nonce");
        }
        byte[] salt = Base64.getDecoder().decode(attrs.get("s"));
        int iterations = Integer.parseInt(attrs.get("i"));
        byte[] saltedPassword = hi(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
        String withoutProof = "c=biws,r=" + nonce;
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        byte[] clientSignature = hmac(storedKey, authMessage);
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) {
            proof[i] = (byte) (clientKey[i] ^ clientSignature[i]);
        }
        expectedServerSignature = hmac(hmac(saltedPassword, "Server Key"), authMessage);
        return withoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
    }

    /** Checks the server-final-message {@code v=<signature>}: the server must prove it knows the password too. */
    void verifyServerFinal(String serverFinal) throws GeneralSecurityException {
        String v = attributes(serverFinal).get("v");
        if (v == null || !MessageDigest.isEqual(Base64.getDecoder().decode(v), expectedServerSignature)) {
            throw new GeneralSecurityException("SCRAM server signature does not match");
        }
    }

    private static Map<String, String> attributes(String message) {
        Map<String, String> attrs = new HashMap<>();
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(1) == '=') {
                attrs.put(part.substring(0, 1), part.substring(2));
            }
        }
        return attrs;
    }

    private static byte[] hi(byte[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(password, "HmacSHA256"));
        mac.update(salt);
        byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
        byte[] result = u.clone();
        for (int i = 1; i < iterations; i++) {
            u = mac.doFinal(u);
            for (int j = 0; j < result.length; j++) {
                result[j] ^= u[j];
            }
        }
        return result;
    }

    private static byte[] hmac(byte[] key, String data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
