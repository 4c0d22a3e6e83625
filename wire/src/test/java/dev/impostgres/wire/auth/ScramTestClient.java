package dev.impostgres.wire.auth;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A SCRAM-SHA-256 client written in the test from RFC 5802 §3, independent of the server's exchange code. */
final class ScramTestClient {

    final String password;
    final String clientNonce;
    String clientFirstBare;
    String serverFirst;
    String clientFinalWithoutProof;
    byte[] saltedPassword;

    ScramTestClient(String password, String clientNonce) {
        this.password = password;
        this.clientNonce = clientNonce;
    }

    String clientFirst(String user) {
        clientFirstBare = "n=" + user + ",r=" + clientNonce;
        return "n,," + clientFirstBare;
    }

    /** Computes client-final from server-first: ClientProof = ClientKey XOR HMAC(H(ClientKey), AuthMessage). */
    String clientFinal(String serverFirst) {
        this.serverFirst = serverFirst;
        String nonce = attribute(serverFirst, "r");
        byte[] salt = Base64.getDecoder().decode(attribute(serverFirst, "s"));
        int iterations = Integer.parseInt(attribute(serverFirst, "i"));
        if (!nonce.startsWith(clientNonce)) throw new AssertionError("server nonce must extend ours");
        saltedPassword = ScramSecret.saltedPassword(password, salt, iterations);
        byte[] clientKey = ScramSecret.hmac(saltedPassword, "Client Key".getBytes(StandardCharsets.US_ASCII));
        byte[] storedKey = ScramSecret.sha256(clientKey);
        clientFinalWithoutProof = "c=biws,r=" + nonce;
        byte[] signature = ScramSecret.hmac(storedKey, authMessage());
        byte[] proof = new byte[clientKey.length];
        for (int i = 0; i < proof.length; i++) proof[i] = (byte) (clientKey[i] ^ signature[i]);
        return clientFinalWithoutProof + ",p=" + Base64.getEncoder().encodeToString(proof);
    }

    /** The server-final a genuine server must send: v=base64(HMAC(ServerKey, AuthMessage)). */
    String expectedServerFinal() {
        byte[] serverKey = ScramSecret.hmac(saltedPassword, "Server Key".getBytes(StandardCharsets.US_ASCII));
        return "v=" + Base64.getEncoder().encodeToString(ScramSecret.hmac(serverKey, authMessage()));
    }

    private byte[] authMessage() {
        return (clientFirstBare + "," + serverFirst + "," + clientFinalWithoutProof).getBytes(StandardCharsets.UTF_8);
    }

    private static String attribute(String message, String name) {
        for (String part : message.split(",")) if (part.startsWith(name + "=")) return part.substring(2);
        throw new AssertionError("no " + name + " in " + message);
    }

    /** SASLInitialResponse body: String mechanism | Int32 len | Byten. */
    static byte[] initialResponse(String mechanism, String clientFirst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(mechanism.getBytes(StandardCharsets.US_ASCII));
        out.write(0);
        byte[] data = clientFirst == null ? null : clientFirst.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data == null ? -1 : data.length).array());
        if (data != null) out.writeBytes(data);
        return out.toByteArray();
    }
}
