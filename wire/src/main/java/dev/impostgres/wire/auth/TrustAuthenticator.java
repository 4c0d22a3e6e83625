package dev.impostgres.wire.auth;

import java.util.List;

/** trust: AuthenticationOk at once, whoever the user is (Impostgres has no roles to check). */
final class TrustAuthenticator implements Authenticator {

    @Override
    public AuthStep start(String startupUser) {
        return new AuthStep.Success(List.of());
    }

    @Override
    public AuthStep next(byte[] passwordMessagePayload) {
        throw new IllegalStateException("trust authentication expects no password message");
    }
}
