package dev.impostgres.replication.walsender;

import dev.impostgres.replication.stream.StreamingMessage;

/**
 * Where a walsender writes: each message becomes one CopyData. Called only from the walsender's own thread.
 * {@link #flush} marks the points where the bytes must leave (end of a transaction, keepalives).
 */
public interface WalSenderSink {
    void send(StreamingMessage message);

    void flush();

    /** Whether the client can still be written to; when not, the walsender stops. */
    default boolean isOpen() { return true; }
}
