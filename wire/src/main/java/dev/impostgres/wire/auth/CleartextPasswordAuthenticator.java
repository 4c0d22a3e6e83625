package dev.impostgres.wire.auth;

import dev.impostgres.translator.error.SqlState;
import dev.impostgres.wire.codec.BackendMessage;
import java.util.List;

/** password: AuthenticationCleartextPassword, then compare the PasswordMessage with the configured password. */
final class CleartextPasswordAuthenticator implements Authenticator {

    private final String configuredUser;
    private final String configuredPassword;
    private String startupUser;

    CleartextPasswordAuthenticator(String configuredUser, String configuredPassword) {
        this.configuredUser = configuredUser;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public AuthStep start(String startupUser) {
        this.startupUser = startupUser;
        return new AuthStep.Send(new BackendMessage.AuthenticationCleartextPassword());
    }

    @Override
    public AuthStep next(byte[] payload) {
        if (startupUser == null) throw new IllegalStateException("start() first");
        String password = PasswordPacket.read(payload);
        if (password == null) return PasswordPacket.invalidSize();
        if (password.isEmpty()) {
            return AuthErrors.fatal(SqlState.INVALID_PASSWORD, "empty password returned by client", null);
        }
        // evaluate both comparisons: do not reveal which one failed through timing
        boolean userOk = AuthErrors.constantTimeEquals(startupUser, configuredUser);
        boolean passwordOk = AuthErrors.constantTimeEquals(password, configuredPassword);
        return userOk & passwordOk ? new AuthStep.Success(List.of()) : AuthErrors.passwordFailed(startupUser);
    }
}
