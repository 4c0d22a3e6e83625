package dev.impostgres.wire.auth;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Errors raised during authentication, with Postgres's wording. They are all FATAL: Postgres promotes an ERROR
 * raised before the session exists to FATAL.
 */
final class AuthErrors {

    private AuthErrors() {}

    /** Same message for a wrong password and an unknown user, as Postgres (no user enumeration). */
    static AuthStep.Failure passwordFailed(String user) {
        return fatal(SqlState.INVALID_PASSWORD, "password authentication failed for user \"" + user + "\"", null);
    }

    static AuthStep.Failure protocolViolation(String message) {
        return fatal(SqlState.PROTOCOL_VIOLATION, message, null);
    }

    /** The SCRAM parser's error: "malformed SCRAM message" with a detail saying what was wrong. */
    static AuthStep.Failure malformedScram(String detail) {
        return fatal(SqlState.PROTOCOL_VIOLATION, "malformed SCRAM message", detail);
    }

    static AuthStep.Failure fatal(String sqlState, String message, String detail) {
        return new AuthStep.Failure(new PgException("FATAL", sqlState, message, detail, null, 0, null));
    }

    /** Constant-time equality, so the time taken does not reveal how much of a secret matched. */
    static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
