package dev.impostgres.wire.auth;

import dev.impostgres.wire.codec.BackendMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * md5: AuthenticationMd5Password with a fresh 4-byte salt; the client answers
 * {@code "md5" + md5hex(md5hex(password + user) + salt)}.
 */
final class Md5Authenticator implements Authenticator {

    private final String configuredUser;
    private final String configuredPassword;
    private final Supplier<byte[]> saltSource;
    private String startupUser;
    private byte[] salt;

    Md5Authenticator(String configuredUser, String configuredPassword, Supplier<byte[]> saltSource) {
        this.configuredUser = configuredUser;
        this.configuredPassword = configuredPassword;
        this.saltSource = saltSource;
    }

    @Override
    public AuthStep start(String startupUser) {
        this.startupUser = startupUser;
        this.salt = saltSource.get();
        if (salt.length != 4) throw new IllegalStateException("md5 salt must be 4 bytes");
        return new AuthStep.Send(new BackendMessage.AuthenticationMd5Password(salt.clone()));
    }

    @Override
    public AuthStep next(byte[] payload) {
        if (salt == null) throw new IllegalStateException("start() first");
        String answer = PasswordPacket.read(payload);
        if (answer == null) return PasswordPacket.invalidSize();
        String expected = expectedAnswer(configuredUser, configuredPassword, salt);
        boolean userOk = AuthErrors.constantTimeEquals(startupUser, configuredUser);
        boolean answerOk = AuthErrors.constantTimeEquals(answer, expected);
        return userOk & answerOk ? new AuthStep.Success(List.of()) : AuthErrors.passwordFailed(startupUser);
    }

    /** What a client that knows the password sends: "md5" + md5hex(md5hex(password + user) + salt). */
    static String expectedAnswer(String user, String password, byte[] salt) {
        String inner = md5Hex((password + user).getBytes(StandardCharsets.UTF_8));
        byte[] innerBytes = inner.getBytes(StandardCharsets.US_ASCII);
        byte[] salted = new byte[innerBytes.length + salt.length];
        System.arraycopy(innerBytes, 0, salted, 0, innerBytes.length);
        System.arraycopy(salt, 0, salted, innerBytes.length, salt.length);
        return "md5" + md5Hex(salted);
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
