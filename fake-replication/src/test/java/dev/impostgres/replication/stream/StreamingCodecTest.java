package dev.impostgres.replication.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.replication.stream.StreamingMessage.HotStandbyFeedback;
import dev.impostgres.replication.stream.StreamingMessage.PrimaryKeepalive;
import dev.impostgres.replication.stream.StreamingMessage.StandbyStatusUpdate;
import dev.impostgres.replication.stream.StreamingMessage.XLogData;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Golden frames from research/cdc/pgoutput-vectors.md section 1 (real Postgres 15.18), without 'd' and length. */
class StreamingCodecTest {
    private static byte[] copyDataBody(String frameHex) {
        byte[] frame = HexFormat.of().parseHex(frameHex);
        assertThat(frame[0]).isEqualTo((byte) 'd');
        return Arrays.copyOfRange(frame, 5, frame.length);
    }

    private static String hex(StreamingMessage m) {
        return HexFormat.of().formatHex(StreamingCodec.encode(m));
    }

    @Test
    void primaryKeepaliveMatchesPostgres() {
        byte[] body = copyDataBody("64000000166b0000000001989020000303fd503f8ebf00");
        PrimaryKeepalive k = new PrimaryKeepalive(0x1989020L, 848811438083775L, false);
        assertThat(StreamingCodec.decode(body)).isEqualTo(k);
        assertThat(StreamingCodec.encode(k)).isEqualTo(body);
    }

    @Test
    void xlogDataCarryingBeginMatchesPostgres() {
        byte[] body = copyDataBody("64000000327700000000019890200000000001989020000303fd50400026420000000001989140000303fd503ff5fc0000032c");
        byte[] begin = HexFormat.of().parseHex("420000000001989140000303fd503ff5fc0000032c");
        XLogData x = new XLogData(0x1989020L, 0x1989020L, 848811438112806L, begin);
        assertThat(StreamingCodec.decode(body)).isEqualTo(x);
        assertThat(StreamingCodec.encode(x)).isEqualTo(body);
    }

    @Test
    void relationIsSentWithZeroWalPositions() {
        XLogData x = (XLogData) StreamingCodec.decode(copyDataBody(
                "64000000b57700000000000000000000000000000000000303fd5040016c52000040017075626c6963006974656d73006400090169640000000019ffffffff007174790000000017ffffffff006163746976650000000010ffffffff00637265617465645f617400000004a0ffffffff00707269636500000006a4000c0006006d6574610000000edaffffffff007569640000000b86ffffffff00626c6f620000000011ffffffff007461677300000003f1ffffffff"));
        assertThat(x.walStart()).isZero();
        assertThat(x.walEnd()).isZero();
        assertThat((char) x.payload()[0]).isEqualTo('R');
    }

    @Test
    void standbyStatusUpdatesFromPgjdbcAndDebeziumDecode() {
        assertThat(StreamingCodec.decode(copyDataBody(
                "640000002672000000000198917000000000019891700000000001989170000303fd5041972801")))
                .isEqualTo(new StandbyStatusUpdate(0x1989170L, 0x1989170L, 0x1989170L, 848811438217000L, true));
        // Debezium's bogus negative clock must not break decoding
        StandbyStatusUpdate dbz = new StandbyStatusUpdate(0x199DF48L, 0, 0, -946684290766L, true);
        String frame = "640000002672000000000199df4800000000000000000000000000000000ffffff239538193201";
        assertThat(StreamingCodec.decode(copyDataBody(frame))).isEqualTo(dbz);
        assertThat(hex(dbz)).isEqualTo(frame.substring(10));
    }

    @Test
    void hotStandbyFeedbackRoundTrips() {
        HotStandbyFeedback h = new HotStandbyFeedback(5, 6, 7, 8, 9);
        assertThat(StreamingCodec.decode(StreamingCodec.encode(h))).isEqualTo(h);
    }

    @Test
    void malformedBodiesAreRejected() {
        assertThatThrownBy(() -> StreamingCodec.decode(new byte[] {'r', 0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamingCodec.decode(new byte[] {'q'})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unexpected message type");
        byte[] k = StreamingCodec.encode(new PrimaryKeepalive(1, 2, true));
        assertThatThrownBy(() -> StreamingCodec.decode(Arrays.copyOf(k, k.length + 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
