package dev.impostgres.wire.auth;

import dev.impostgres.wire.server.ServerConfig;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Makes one {@link Authenticator} per connection for the configured method, user and password. Created once per
 * server: for SCRAM-SHA-256 it derives the {@link ScramSecret} (random salt, 4096 iterations) here, once.
 */
public final class AuthenticatorFactory {

    private static final int SERVER_NONCE_BYTES = 18; // Postgres's SCRAM_RAW_NONCE_LEN

    private final ServerConfig.AuthMethod method;
    private final String user;
    private final String password;
    private final SecureRandom random;
    private final ScramSecret scramSecret;

    public AuthenticatorFactory(ServerConfig.AuthMethod method, String user, String password) {
        this(method, user, password, new SecureRandom());
    }

    public AuthenticatorFactory(ServerConfig.AuthMethod method, String user, String password, SecureRandom random) {
        this.method = Objects.requireNonNull(method, "method");
        this.random = Objects.requireNonNull(random, "random");
        this.user = user;
        this.password = password;
        if (method != ServerConfig.AuthMethod.TRUST) {
            Objects.requireNonNull(user, "user is required for " + method);
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("a non-empty password is required for " + method);
            }
        }
        this.scramSecret = method == ServerConfig.AuthMethod.SCRAM_SHA_256
                ? ScramSecret.derive(password, randomBytes(ScramSecret.DEFAULT_SALT_LENGTH),
                        ScramSecret.DEFAULT_ITERATIONS)
                : null;
    }

    public ServerConfig.AuthMethod method() {
        return method;
    }

    public Authenticator newAuthenticator() {
        return switch (method) {
            case TRUST -> new TrustAuthenticator();
            case PASSWORD -> new CleartextPasswordAuthenticator(user, password);
            case MD5 -> new Md5Authenticator(user, password, () -> randomBytes(4));
            case SCRAM_SHA_256 -> new ScramSha256Authenticator(user, scramSecret,
                    () -> Base64.getEncoder().encodeToString(randomBytes(SERVER_NONCE_BYTES)));
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
