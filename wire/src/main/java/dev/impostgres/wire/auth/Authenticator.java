package dev.impostgres.wire.auth;

/**
 * One connection's authentication exchange, created by {@link AuthenticatorFactory}. Not thread-safe (a connection
 * is handled by one thread at a time).
 * <pre>
 *   server                                 client
 *   start(user) ── Send(request) ─────────▶
 *              ◀──────────────────────────── 'p' payload
 *   next(payload) ── Send(…) | Success | Failure
 * </pre>
 */
public interface Authenticator {

    /** Called once, with the user from the StartupMessage. */
    AuthStep start(String startupUser);

    /** Called with the body of each 'p' message (PasswordMessage, SASLInitialResponse, SASLResponse). */
    AuthStep next(byte[] passwordMessagePayload);
}
