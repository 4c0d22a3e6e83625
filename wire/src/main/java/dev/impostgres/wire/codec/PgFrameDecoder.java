package dev.impostgres.wire.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Stage one: cuts the byte stream into {@link PgFrame}s.
 * <pre>
 * startup phase:  int32 len | int32 code | …          (len counts itself; body ≤ 10000 bytes as in Postgres)
 * typed phase:    Byte1 type | int32 len | body        (len counts itself, ≤ maxMessageBytes)
 * </pre>
 * The phase changes by itself: after a startup packet whose code is not SSLRequest/GSSENCRequest (those are
 * answered with 'N' and followed by another startup packet) every later message is typed. Nobody has to tell it.
 * An unknown type byte is passed on at once with an empty body (Postgres rejects it before reading a length);
 * after that, and after any framing error, the rest of the stream is discarded: it can no longer be trusted.
 */
public final class PgFrameDecoder extends ByteToMessageDecoder {

    /** Postgres's MAX_STARTUP_PACKET_LENGTH: the startup packet body after the length word. */
    public static final int MAX_STARTUP_PACKET_LENGTH = 10000;

    private final int maxMessageBytes;
    private boolean startupPhase = true;
    private boolean discarding;

    /** @param maxMessageBytes the largest typed message accepted, counting its length word (as Postgres does) */
    public PgFrameDecoder(int maxMessageBytes) {
        if (maxMessageBytes < 4) throw new IllegalArgumentException("maxMessageBytes < 4: " + maxMessageBytes);
        this.maxMessageBytes = maxMessageBytes;
    }

    public boolean inStartupPhase() {
        return startupPhase;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (discarding) {
            in.skipBytes(in.readableBytes());
        } else if (startupPhase) {
            decodeStartupPacket(in, out);
        } else {
            decodeTypedMessage(in, out);
        }
    }

    // int32 len | int32 code | bytes[len - 8]
    private void decodeStartupPacket(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) return;
        int len = in.getInt(in.readerIndex());
        if (len < 8 || len - 4 > MAX_STARTUP_PACKET_LENGTH) {
            throw discard(in, ProtocolViolationException.invalidStartupPacketLength());
        }
        if (in.readableBytes() < len) return;
        int code = in.getInt(in.readerIndex() + 4);
        in.skipBytes(4);
        out.add(new PgFrame(PgFrame.STARTUP_PACKET, in.readRetainedSlice(len - 4)));
        if (code != PgFrontendDecoder.SSL_REQUEST_CODE && code != PgFrontendDecoder.GSSENC_REQUEST_CODE) {
            startupPhase = false;
        }
    }

    // Byte1 type | int32 len | bytes[len - 4]
    private void decodeTypedMessage(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 1) return;
        byte type = in.getByte(in.readerIndex());
        if (!PgFrontendDecoder.isKnownType(type)) {
            in.skipBytes(in.readableBytes());
            discarding = true;
            out.add(new PgFrame(type, Unpooled.EMPTY_BUFFER));
            return;
        }
        if (in.readableBytes() < 5) return;
        int len = in.getInt(in.readerIndex() + 1);
        if (len < 4 || len > maxMessageBytes) {
            throw discard(in, ProtocolViolationException.invalidMessageLength());
        }
        if (in.readableBytes() < 1 + len) return;
        in.skipBytes(5);
        out.add(new PgFrame(type, in.readRetainedSlice(len - 4)));
    }

    private ProtocolViolationException discard(ByteBuf in, ProtocolViolationException e) {
        in.skipBytes(in.readableBytes());
        discarding = true;
        return e;
    }
}
