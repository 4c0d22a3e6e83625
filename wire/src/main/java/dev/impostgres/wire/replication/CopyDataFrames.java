package dev.impostgres.wire.replication;

import java.util.Arrays;

/**
 * A walsender's CopyData messages, encoded on its own thread into one growing buffer and handed to the connection
 * as one write at each flush (or when the buffer is full): a write per message would cost a task hand-over to the
 * event loop and an encoder pass for each of a 100,000-row transaction's messages.
 */
final class CopyDataFrames {
    /** Hand the frames over once this much is buffered, even before a flush (bounded memory, steady streaming). */
    static final int HAND_OVER_BYTES = 64 * 1024;

    private byte[] buffer = new byte[8 * 1024];
    private int length;

    /** Appends one CopyData message ('d', int32 length including itself, payload). */
    void add(byte[] payload) {
        ensure(5 + payload.length);
        buffer[length] = 'd';
        int size = payload.length + 4;
        buffer[length + 1] = (byte) (size >>> 24);
        buffer[length + 2] = (byte) (size >>> 16);
        buffer[length + 3] = (byte) (size >>> 8);
        buffer[length + 4] = (byte) size;
        System.arraycopy(payload, 0, buffer, length + 5, payload.length);
        length += 5 + payload.length;
    }

    /** Whether enough is buffered to hand it over without waiting for a flush. */
    boolean full() { return length >= HAND_OVER_BYTES; }

    /** Hands the buffered frames to {@code out} (without flushing it) and starts a new buffer. */
    void writeTo(ReplicationConnection.Output out) {
        if (length == 0) return;
        out.sendEncoded(buffer, length);
        // The connection keeps the array until Netty wrote it: never reuse it.
        buffer = new byte[Math.max(8 * 1024, Math.min(buffer.length, HAND_OVER_BYTES * 2))];
        length = 0;
    }

    int length() { return length; }

    private void ensure(int more) {
        if (length + more <= buffer.length) return;
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
}
