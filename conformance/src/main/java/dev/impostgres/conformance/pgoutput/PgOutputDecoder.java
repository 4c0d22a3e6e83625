package dev.impostgres.conformance.pgoutput;

import dev.impostgres.conformance.client.PgReader;
import dev.impostgres.conformance.pgoutput.PgOutputMessage.TupleValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one pgoutput message (the payload of an XLogData, after its 25-byte header). The harness's own reader,
 * independent of fake-replication's writer, because it judges that writer. Layouts as in
 * research/cdc/pgoutput-vectors.md section 0.
 */
public final class PgOutputDecoder {

    private PgOutputDecoder() {}

    public static PgOutputMessage decode(byte[] payload) {
        PgReader r = new PgReader(payload);
        char kind = (char) r.byte1();
        PgOutputMessage message = switch (kind) {
            case 'B' -> new PgOutputMessage.Begin(r.int64(), r.int64(), r.int32());
            case 'C' -> new PgOutputMessage.Commit(r.byte1(), r.int64(), r.int64(), r.int64());
            case 'O' -> new PgOutputMessage.Origin(r.int64(), r.string());
            case 'R' -> relation(r);
            case 'Y' -> new PgOutputMessage.Type(r.int32(), r.string(), r.string());
            case 'I' -> insert(r);
            case 'U' -> update(r);
            case 'D' -> delete(r);
            case 'T' -> truncate(r);
            case 'M' -> new PgOutputMessage.Message(r.byte1(), r.int64(), r.string(), r.bytes(r.int32()));
            default -> throw new IllegalStateException("unknown pgoutput message '" + kind + "'");
        };
        if (r.remaining() != 0) {
            throw new IllegalStateException(r.remaining() + " trailing bytes after pgoutput message '" + kind + "'");
        }
        return message;
    }

    private static PgOutputMessage.Relation relation(PgReader r) {
        int oid = r.int32();
        String namespace = r.string();
        String name = r.string();
        char identity = (char) r.byte1();
        int n = r.int16();
        List<PgOutputMessage.RelationColumn> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean key = (r.byte1() & 1) != 0;
            columns.add(new PgOutputMessage.RelationColumn(key, r.string(), r.int32(), r.int32()));
        }
        return new PgOutputMessage.Relation(oid, namespace, name, identity, columns);
    }

    private static PgOutputMessage.Insert insert(PgReader r) {
        int oid = r.int32();
        expect(r, 'N', "Insert");
        return new PgOutputMessage.Insert(oid, tuple(r));
    }

    private static PgOutputMessage.Update update(PgReader r) {
        int oid = r.int32();
        char marker = (char) r.byte1();
        char oldKind = 0;
        List<TupleValue> old = List.of();
        if (marker == 'K' || marker == 'O') {
            oldKind = marker;
            old = tuple(r);
            marker = (char) r.byte1();
        }
        if (marker != 'N') {
            throw new IllegalStateException("Update: expected 'N', got '" + marker + "'");
        }
        return new PgOutputMessage.Update(oid, oldKind, old, tuple(r));
    }

    private static PgOutputMessage.Delete delete(PgReader r) {
        int oid = r.int32();
        char kind = (char) r.byte1();
        if (kind != 'K' && kind != 'O') {
            throw new IllegalStateException("Delete: expected 'K' or 'O', got '" + kind + "'");
        }
        return new PgOutputMessage.Delete(oid, kind, tuple(r));
    }

    private static PgOutputMessage.Truncate truncate(PgReader r) {
        int n = r.int32();
        int options = r.byte1();
        List<Integer> oids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            oids.add(r.int32());
        }
        return new PgOutputMessage.Truncate(options, oids);
    }

    // TupleData: int16 ncols | ('n' | 'u' | 't' int32 len bytes | 'b' int32 len bytes)*
    private static List<TupleValue> tuple(PgReader r) {
        int n = r.int16();
        List<TupleValue> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            char kind = (char) r.byte1();
            values.add(switch (kind) {
                case 'n' -> new TupleValue.Null();
                case 'u' -> new TupleValue.UnchangedToast();
                case 't' -> new TupleValue.Text(new String(r.bytes(r.int32()), StandardCharsets.UTF_8));
                case 'b' -> new TupleValue.Binary(r.bytes(r.int32()));
                default -> throw new IllegalStateException("unknown TupleData kind '" + kind + "'");
            });
        }
        return values;
    }

    private static void expect(PgReader r, char expected, String message) {
        char actual = (char) r.byte1();
        if (actual != expected) {
            throw new IllegalStateException(message + ": expected '" + expected + "', got '" + actual + "'");
        }
    }
}
