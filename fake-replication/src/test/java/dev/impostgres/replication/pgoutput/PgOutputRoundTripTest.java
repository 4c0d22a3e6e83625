package dev.impostgres.replication.pgoutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.replication.pgoutput.PgOutputMessage.*;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PgOutputRoundTripTest {
    private static final List<TupleValue> TUPLE = List.of(TupleValue.Text.of("1"), TupleValue.NULL,
            TupleValue.UNCHANGED_TOAST, new TupleValue.Binary(new byte[] {0, 0, 0, 7}), TupleValue.Text.of("héllo"));

    /** Every message type outside a streamed transaction (no xid prefix), under the lowest version that has it. */
    static Stream<PgOutputMessage> messages() {
        return Stream.of(
                new Begin(0x1989140L, 848811438110204L, 812),
                new Commit(0, 0x1989140L, 0x1989170L, 848811438110204L),
                new Origin(0x16B3748L, "origin_1"),
                new Relation(0, 16385, "public", "items", 'd', List.of(new Column(1, "id", 25, -1), new Column(0, "p", 1700, 786438))),
                new Relation(0, 16500, "", "in_catalog", 'n', List.of()),
                new Type(0, 16405, "public", "mood"),
                new Insert(0, 16385, TUPLE),
                new Update(0, 16385, (char) 0, null, TUPLE),
                new Update(0, 16385, 'K', List.of(TupleValue.Text.of("d"), TupleValue.NULL), List.of(TupleValue.Text.of("e"), TupleValue.NULL)),
                new Update(0, 16392, 'O', TUPLE, TUPLE),
                new Delete(0, 16385, 'K', List.of(TupleValue.Text.of("e"))),
                new Delete(0, 16392, 'O', TUPLE),
                new Truncate(0, 3, List.of(16385, 16392)),
                new Message(0, true, 0x199ACB8L, "myprefix", "hello".getBytes(StandardCharsets.UTF_8)),
                new Message(0, false, 0x199AD28L, "", new byte[0]),
                new StreamStart(900, true),
                new StreamStop(),
                new StreamCommit(900, 0, 0x2000000L, 0x2000030L, 848811438110204L),
                new StreamAbort(900, 901, false, 0, 0),
                new StreamAbort(900, 900, true, 0x2000100L, 848811438110999L),
                new BeginPrepare(0x3000000L, 0x3000030L, 848811438110204L, 950, "gid-1"),
                new Prepare(0, 0x3000000L, 0x3000030L, 848811438110204L, 950, "gid-1"),
                new CommitPrepared(0, 0x3000100L, 0x3000130L, 848811438110999L, 950, "gid-1"),
                new RollbackPrepared(0, 0x3000030L, 0x3000200L, 848811438110204L, 848811438111000L, 950, "gid-1"),
                new StreamPrepare(0, 0x3000000L, 0x3000030L, 848811438110204L, 950, "gid-1"));
    }

    private static int versionNeeded(PgOutputMessage m) {
        if (m instanceof StreamAbort a && a.withAbortInfo()) return 4;
        return switch (m.tag()) {
            case 'S', 'E', 'c', 'A' -> 2;
            case 'b', 'P', 'K', 'r', 'p' -> 3;
            default -> 1;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void everyMessageSurvivesWriteThenRead(PgOutputMessage message) {
        int version = versionNeeded(message);
        boolean parallel = message instanceof StreamAbort a && a.withAbortInfo();
        byte[] bytes = new PgOutputWriter(version).write(message);
        assertThat(bytes[0]).isEqualTo((byte) message.tag());
        assertThat(new PgOutputReader(parallel).read(bytes)).isEqualTo(message);
        assertThat(new PgOutputWriter(4).write(message)).isEqualTo(bytes); // later versions never change the layout
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void versionsBeforeTheMessageExistedRefuseIt(PgOutputMessage message) {
        for (int v = 1; v < versionNeeded(message); v++) {
            int version = v;
            assertThatThrownBy(() -> new PgOutputWriter(version).write(message))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proto_version");
        }
    }

    @Test
    void changesInsideAStreamedTransactionCarryTheirXid() {
        PgOutputWriter writer = new PgOutputWriter(2);
        PgOutputReader reader = new PgOutputReader();
        List<PgOutputMessage> stream = List.of(
                new StreamStart(900, true),
                new Relation(900, 16385, "public", "items", 'd', List.of(new Column(1, "id", 25, -1))),
                new Type(900, 16405, "public", "mood"),
                new Insert(900, 16385, List.of(TupleValue.Text.of("a"))),
                new Update(900, 16385, (char) 0, null, List.of(TupleValue.Text.of("a"))),
                new Delete(900, 16385, 'K', List.of(TupleValue.Text.of("a"))),
                new Truncate(900, 0, List.of(16385)),
                new Message(900, true, 0x10L, "p", new byte[] {1}),
                new StreamStop(),
                new Insert(0, 16385, List.of(TupleValue.Text.of("b"))));
        for (PgOutputMessage m : stream) assertThat(reader.read(writer.write(m))).isEqualTo(m);
        byte[] insert = writer.write(new Insert(900, 16385, List.of(TupleValue.Text.of("a"))));
        assertThat(Arrays.copyOfRange(insert, 1, 5)).containsExactly(0, 0, 3, (byte) 0x84); // xid 900 right after 'I'
    }

    @Test
    void streamedXidNeedsVersionTwo() {
        assertThatThrownBy(() -> new PgOutputWriter(1).write(new Insert(900, 1, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyVersionsOneToFourExist() {
        assertThatThrownBy(() -> new PgOutputWriter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PgOutputWriter(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void truncatedMessageIsAFormatErrorNotAnIndexError() {
        byte[] begin = new PgOutputWriter(1).write(new Begin(1, 2, 3));
        for (int len = 0; len < begin.length; len++) {
            byte[] cut = Arrays.copyOf(begin, len);
            assertThatThrownBy(() -> new PgOutputReader().read(cut)).isInstanceOf(PgOutputFormatException.class);
        }
    }

    @Test
    void trailingBytesUnknownTypesAndBadTupleKindsAreRejected() {
        byte[] begin = new PgOutputWriter(1).write(new Begin(1, 2, 3));
        assertThatThrownBy(() -> new PgOutputReader().read(Arrays.copyOf(begin, begin.length + 1)))
                .isInstanceOf(PgOutputFormatException.class).hasMessageContaining("trailing");
        assertThatThrownBy(() -> new PgOutputReader().read(new byte[] {'Z'}))
                .isInstanceOf(PgOutputFormatException.class).hasMessageContaining("unknown");
        byte[] insert = new PgOutputWriter(1).write(new Insert(0, 1, List.of(TupleValue.NULL)));
        insert[insert.length - 1] = 'x';
        assertThatThrownBy(() -> new PgOutputReader().read(insert)).isInstanceOf(PgOutputFormatException.class);
        byte[] relation = new PgOutputWriter(1).write(new Type(0, 1, "public", "t"));
        assertThatThrownBy(() -> new PgOutputReader().read(Arrays.copyOf(relation, relation.length - 1)))
                .isInstanceOf(PgOutputFormatException.class).hasMessageContaining("NUL");
    }
}
