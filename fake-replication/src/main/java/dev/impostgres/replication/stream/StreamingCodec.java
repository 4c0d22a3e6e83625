package dev.impostgres.replication.stream;

import dev.impostgres.replication.stream.StreamingMessage.HotStandbyFeedback;
import dev.impostgres.replication.stream.StreamingMessage.PrimaryKeepalive;
import dev.impostgres.replication.stream.StreamingMessage.StandbyStatusUpdate;
import dev.impostgres.replication.stream.StreamingMessage.XLogData;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;

/**
 * Encodes and decodes the body of one CopyData message ({@code 'd' | int32 len | body}) during streaming. The
 * wire layer frames it; a body that does not parse is a protocol violation (08P01) there.
 */
public final class StreamingCodec {
    /** The XLogData header: 'w' plus three int64s. */
    public static final int XLOGDATA_HEADER = 25;

    private StreamingCodec() {}

    public static byte[] encode(StreamingMessage message) {
        ByteBuffer out;
        if (message instanceof XLogData m) {
            out = ByteBuffer.allocate(XLOGDATA_HEADER + m.payload().length);
            out.put((byte) 'w').putLong(m.walStart()).putLong(m.walEnd()).putLong(m.sendTime()).put(m.payload());
        } else if (message instanceof PrimaryKeepalive m) {
            out = ByteBuffer.allocate(18);
            out.put((byte) 'k').putLong(m.walEnd()).putLong(m.sendTime()).put((byte) (m.replyRequested() ? 1 : 0));
        } else if (message instanceof StandbyStatusUpdate m) {
            out = ByteBuffer.allocate(34);
            out.put((byte) 'r').putLong(m.writeLsn()).putLong(m.flushLsn()).putLong(m.applyLsn()).putLong(m.clientTime())
                    .put((byte) (m.replyRequested() ? 1 : 0));
        } else if (message instanceof HotStandbyFeedback m) {
            out = ByteBuffer.allocate(25);
            out.put((byte) 'h').putLong(m.clientTime()).putInt(m.xmin()).putInt(m.xminEpoch()).putInt(m.catalogXmin())
                    .putInt(m.catalogXminEpoch());
        } else {
            throw new IllegalArgumentException("unknown streaming message " + message);
        }
        return out.array();
    }

    /** @throws IllegalArgumentException when the body is not one whole streaming message */
    public static StreamingMessage decode(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            char type = (char) in.get();
            StreamingMessage m = switch (type) {
                case 'w' -> {
                    long start = in.getLong(), end = in.getLong(), time = in.getLong();
                    byte[] payload = new byte[in.remaining()];
                    in.get(payload);
                    yield new XLogData(start, end, time, payload);
                }
                case 'k' -> new PrimaryKeepalive(in.getLong(), in.getLong(), in.get() != 0);
                case 'r' -> new StandbyStatusUpdate(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.get() != 0);
                case 'h' -> new HotStandbyFeedback(in.getLong(), in.getInt(), in.getInt(), in.getInt(), in.getInt());
                default -> throw new IllegalArgumentException("unexpected message type \"" + type + "\"");
            };
            if (in.hasRemaining()) throw new IllegalArgumentException("'" + type + "' has " + in.remaining() + " trailing bytes");
            return m;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("streaming message truncated");
        }
    }
}
