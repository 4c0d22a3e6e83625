package dev.impostgres.wire.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * One framed message between {@link PgFrameDecoder} and {@link PgFrontendDecoder}: the type byte (or
 * {@link #STARTUP_PACKET} for an untyped startup-phase packet) and the body after the length word. Reference
 * counted: the typed decoder releases it.
 */
public final class PgFrame extends DefaultByteBufHolder {

    /** Type of startup-phase packets, which have no type byte; their body starts with the int32 code. */
    public static final byte STARTUP_PACKET = 0;

    private final byte type;

    public PgFrame(byte type, ByteBuf body) {
        super(body);
        this.type = type;
    }

    public byte type() {
        return type;
    }

    @Override
    public PgFrame replace(ByteBuf content) {
        return new PgFrame(type, content);
    }

    @Override
    public String toString() {
        return "PgFrame(" + (type == STARTUP_PACKET ? "startup" : "'" + (char) type + "'") + ", "
                + content().readableBytes() + " bytes)";
    }
}
