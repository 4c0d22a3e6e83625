package dev.impostgres.wire.auth;

import java.nio.charset.StandardCharsets;

/** PasswordMessage body: String password — the NUL must be the last byte, as Postgres checks. */
final class PasswordPacket {

    private PasswordPacket() {}

    /** The password, or null when the packet is not exactly one NUL-terminated string. */
    static String read(byte[] payload) {
        if (payload.length == 0 || payload[payload.length - 1] != 0) return null;
        for (int i = 0; i < payload.length - 1; i++) if (payload[i] == 0) return null;
        return new String(payload, 0, payload.length - 1, StandardCharsets.UTF_8);
    }

    static AuthStep.Failure invalidSize() {
        return AuthErrors.protocolViolation("invalid password packet size");
    }
}
