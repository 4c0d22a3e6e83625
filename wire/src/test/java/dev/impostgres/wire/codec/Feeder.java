package dev.impostgres.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds bytes into a real decoder pipeline on an EmbeddedChannel and remembers every input buffer, so a test can
 * prove that all of them (and the frame slices cut from them) were released.
 */
final class Feeder {

    enum Mode { WHOLE_MESSAGES, BYTE_BY_BYTE, COALESCED }

    final EmbeddedChannel channel;
    private final List<ByteBuf> inputs = new ArrayList<>();
    final List<FrontendMessage> decoded = new ArrayList<>();
    PgException error;

    Feeder(int maxMessageBytes) {
        channel = new EmbeddedChannel(new PgFrameDecoder(maxMessageBytes), new PgFrontendDecoder());
    }

    Feeder() {
        this(1 << 20);
    }

    /** Feeds the packets as {@code mode} says; stops at the first error, which is kept in {@link #error}. */
    Feeder feed(Mode mode, byte[]... packets) {
        List<byte[]> chunks = new ArrayList<>();
        switch (mode) {
            case WHOLE_MESSAGES -> chunks.addAll(List.of(packets));
            case COALESCED -> chunks.add(ClientBytes.concat(packets));
            case BYTE_BY_BYTE -> {
                for (byte[] p : packets) for (byte b : p) chunks.add(new byte[] {b});
            }
        }
        for (byte[] chunk : chunks) {
            ByteBuf buf = Unpooled.buffer(chunk.length).writeBytes(chunk);
            inputs.add(buf);
            try {
                channel.writeInbound(buf);
            } catch (RuntimeException e) {
                error = PgFrontendDecoder.pgExceptionIn(e);
                assertThat(error).as("decoder failure is a PgException, not %s", e).isNotNull();
                drain();
                return this;
            }
            drain();
        }
        return this;
    }

    Feeder feed(byte[]... packets) {
        return feed(Mode.WHOLE_MESSAGES, packets);
    }

    private void drain() {
        for (Object m; (m = channel.readInbound()) != null; ) {
            if (m instanceof FrontendMessage.Malformed malformed) {
                if (error == null) error = malformed.error(); // an ERROR-level violation: decoding goes on
            } else {
                decoded.add((FrontendMessage) m);
            }
        }
    }

    /** Closes the channel and asserts nothing is left over and every input buffer was released. */
    void assertAllReleased() {
        channel.finishAndReleaseAll();
        for (ByteBuf b : inputs) assertThat(b.refCnt()).as("input buffer released").isZero();
    }
}
