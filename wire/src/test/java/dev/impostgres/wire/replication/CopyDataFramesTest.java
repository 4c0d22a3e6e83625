package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.wire.codec.BackendMessage;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class CopyDataFramesTest {

    /** Records what a connection would be handed. */
    private static final class Recording implements ReplicationConnection.Output {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        int writes;

        @Override public void send(BackendMessage message) { throw new AssertionError("not expected"); }
        @Override public void sendEncoded(byte[] frames, int length) {
            written.write(frames, 0, length);
            writes++;
        }
        @Override public void flush() { }
        @Override public boolean isOpen() { return true; }
    }

    @Test
    void framesAreCopyDataMessagesHandedOverInOneWrite() {
        CopyDataFrames frames = new CopyDataFrames();
        frames.add(new byte[] {1, 2, 3});
        frames.add(new byte[0]);
        Recording out = new Recording();
        frames.writeTo(out);
        frames.writeTo(out); // nothing left: no empty write
        assertThat(out.writes).isEqualTo(1);
        assertThat(out.written.toByteArray()).containsExactly('d', 0, 0, 0, 7, 1, 2, 3, 'd', 0, 0, 0, 4);
    }

    @Test
    void aLargeTransactionIsHandedOverInBoundedPieces() {
        CopyDataFrames frames = new CopyDataFrames();
        byte[] payload = new byte[1000];
        int added = 0;
        while (!frames.full()) {
            frames.add(payload);
            added++;
        }
        assertThat(frames.length()).isEqualTo(added * 1005).isGreaterThanOrEqualTo(CopyDataFrames.HAND_OVER_BYTES);
        Recording out = new Recording();
        frames.writeTo(out);
        assertThat(frames.full()).isFalse();
        assertThat(out.written.size()).isEqualTo(added * 1005);
    }
}
