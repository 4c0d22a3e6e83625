package dev.impostgres.wire.codec;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;

/**
 * A frontend message that breaks the protocol (SQLSTATE 08P01), with Postgres's wording and severity:
 * <ul>
 *   <li>FATAL — the byte stream can no longer be trusted (bad length, unknown type, bad startup packet): send the
 *       error if {@link #reportedToClient()}, then close. Postgres closes <em>silently</em> on a bad length
 *       (it logs a COMMERROR and sends nothing), hence the flag.</li>
 *   <li>ERROR — one well-framed message has a bad body (string without NUL, data past the end, trailing bytes):
 *       Postgres reports it like any statement error and the connection lives on (extended protocol: skip until
 *       Sync). The decoder stays usable after these.</li>
 * </ul>
 */
public final class ProtocolViolationException extends PgException {

    private final boolean reportedToClient;

    private ProtocolViolationException(String severity, String message, boolean reportedToClient) {
        super(severity, SqlState.PROTOCOL_VIOLATION, message, null, null, 0, null);
        this.reportedToClient = reportedToClient;
    }

    /** Bad typed-message length word: Postgres logs it and closes without a reply. */
    public static ProtocolViolationException invalidMessageLength() {
        return new ProtocolViolationException("FATAL", "invalid message length", false);
    }

    /** Bad startup-packet length word: closed without a reply, as Postgres does. */
    public static ProtocolViolationException invalidStartupPacketLength() {
        return new ProtocolViolationException("FATAL", "invalid length of startup packet", false);
    }

    /** A CancelRequest that is not exactly 16 bytes: closed without a reply. */
    public static ProtocolViolationException invalidCancelPacketLength() {
        return new ProtocolViolationException("FATAL", "invalid length of query cancel packet", false);
    }

    public static ProtocolViolationException invalidStartupPacketLayout() {
        return new ProtocolViolationException("FATAL",
                "invalid startup packet layout: expected terminator as last byte", true);
    }

    /** {@code type} as an unsigned byte value, as Postgres prints it ('x' is 120). */
    public static ProtocolViolationException invalidFrontendMessageType(int type) {
        return new ProtocolViolationException("FATAL", "invalid frontend message type " + (type & 0xff), true);
    }

    public static ProtocolViolationException invalidStringInMessage() {
        return new ProtocolViolationException("ERROR", "invalid string in message", true);
    }

    public static ProtocolViolationException insufficientDataLeftInMessage() {
        return new ProtocolViolationException("ERROR", "insufficient data left in message", true);
    }

    /** Bytes left over after the last field. */
    public static ProtocolViolationException invalidMessageFormat() {
        return new ProtocolViolationException("ERROR", "invalid message format", true);
    }

    /** Other ERROR-level violations the server detects itself, e.g. "invalid DESCRIBE message subtype 90". */
    public static ProtocolViolationException error(String message) {
        return new ProtocolViolationException("ERROR", message, true);
    }

    /** Whether the connection must be closed after this error. */
    public boolean isFatal() {
        return "FATAL".equals(severity());
    }

    /** False when Postgres would close the socket without sending an ErrorResponse. */
    public boolean reportedToClient() {
        return reportedToClient;
    }
}
