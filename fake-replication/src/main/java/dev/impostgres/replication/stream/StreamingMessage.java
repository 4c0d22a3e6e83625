package dev.impostgres.replication.stream;

import java.util.Arrays;

/**
 * The messages a walsender and its client exchange inside CopyData once START_REPLICATION has switched the
 * connection to CopyBoth (Postgres 17 "Streaming Replication Protocol"). Times are microseconds since 2000-01-01.
 */
public sealed interface StreamingMessage {

    /** Server → client {@code 'w' | int64 walStart | int64 walEnd | int64 sendTime | bytes payload}. */
    record XLogData(long walStart, long walEnd, long sendTime, byte[] payload) implements StreamingMessage {
        @Override public boolean equals(Object o) {
            return o instanceof XLogData x && walStart == x.walStart && walEnd == x.walEnd && sendTime == x.sendTime
                    && Arrays.equals(payload, x.payload);
        }
        @Override public int hashCode() { return Long.hashCode(walStart) * 31 + Arrays.hashCode(payload); }
    }

    /** Server → client {@code 'k' | int64 walEnd | int64 sendTime | int8 replyRequested}. */
    record PrimaryKeepalive(long walEnd, long sendTime, boolean replyRequested) implements StreamingMessage {}

    /** Client → server {@code 'r' | int64 written | int64 flushed | int64 applied | int64 clientTime | int8 replyRequested}. */
    record StandbyStatusUpdate(long writeLsn, long flushLsn, long applyLsn, long clientTime, boolean replyRequested)
            implements StreamingMessage {}

    /**
     * Client → server {@code 'h' | int64 clientTime | int32 xmin | int32 xminEpoch | int32 catalogXmin |
     * int32 catalogXminEpoch}. Meaningless for a logical slot; read so that it never breaks the stream.
     */
    record HotStandbyFeedback(long clientTime, int xmin, int xminEpoch, int catalogXmin, int catalogXminEpoch)
            implements StreamingMessage {}
}
