package dev.impostgres.replication.pgoutput;

import dev.impostgres.replication.pgoutput.PgOutputMessage.Begin;
import dev.impostgres.replication.pgoutput.PgOutputMessage.BeginPrepare;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Column;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.CommitPrepared;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Delete;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Message;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Origin;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Prepare;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Relation;
import dev.impostgres.replication.pgoutput.PgOutputMessage.RollbackPrepared;
import dev.impostgres.replication.pgoutput.PgOutputMessage.StreamAbort;
import dev.impostgres.replication.pgoutput.PgOutputMessage.StreamCommit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.StreamPrepare;
import dev.impostgres.replication.pgoutput.PgOutputMessage.StreamStart;
import dev.impostgres.replication.pgoutput.PgOutputMessage.StreamStop;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Truncate;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Type;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Update;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a stream of pgoutput messages, the mirror of {@link PgOutputWriter} (and of Postgres's worker side of
 * proto.c). Stateful like a subscriber: between Stream Start and Stream Stop the change messages carry an xid;
 * {@code parallelStreaming} (protocol 4 with {@code streaming 'parallel'}) adds the abort LSN and time to Stream Abort.
 */
public final class PgOutputReader {
    private final boolean parallelStreaming;
    private boolean inStream;

    public PgOutputReader() {
        this(false);
    }

    public PgOutputReader(boolean parallelStreaming) {
        this.parallelStreaming = parallelStreaming;
    }

    public PgOutputMessage read(byte[] message) {
        In in = new In(message);
        char tag = (char) in.int8();
        PgOutputMessage result = switch (tag) {
            case 'B' -> new Begin(in.int64(), in.int64(), in.int32());
            case 'C' -> new Commit(in.int8(), in.int64(), in.int64(), in.int64());
            case 'O' -> new Origin(in.int64(), in.string());
            case 'R' -> relation(in, xid(in));
            case 'Y' -> new Type(xid(in), in.int32(), in.string(), in.string());
            case 'I' -> insert(in, xid(in));
            case 'U' -> update(in, xid(in));
            case 'D' -> delete(in, xid(in));
            case 'T' -> truncate(in, xid(in));
            case 'M' -> message(in, xid(in));
            case 'S' -> {
                inStream = true;
                yield new StreamStart(in.int32(), flag(in.int8()));
            }
            case 'E' -> {
                inStream = false;
                yield new StreamStop();
            }
            case 'c' -> new StreamCommit(in.int32(), in.int8(), in.int64(), in.int64(), in.int64());
            case 'A' -> parallelStreaming
                    ? new StreamAbort(in.int32(), in.int32(), true, in.int64(), in.int64())
                    : new StreamAbort(in.int32(), in.int32(), false, 0, 0);
            case 'b' -> new BeginPrepare(in.int64(), in.int64(), in.int64(), in.int32(), in.string());
            case 'P' -> new Prepare(in.int8(), in.int64(), in.int64(), in.int64(), in.int32(), in.string());
            case 'K' -> new CommitPrepared(in.int8(), in.int64(), in.int64(), in.int64(), in.int32(), in.string());
            case 'r' -> new RollbackPrepared(in.int8(), in.int64(), in.int64(), in.int64(), in.int64(), in.int32(), in.string());
            case 'p' -> new StreamPrepare(in.int8(), in.int64(), in.int64(), in.int64(), in.int32(), in.string());
            default -> throw new PgOutputFormatException("unknown pgoutput message type '" + tag + "'");
        };
        in.expectEnd(tag);
        return result;
    }

    private int xid(In in) {
        return inStream ? in.int32() : 0;
    }

    private static Relation relation(In in, int xid) {
        int oid = in.int32();
        String namespace = in.string(), name = in.string();
        char identity = (char) in.int8();
        int n = in.int16();
        List<Column> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) columns.add(new Column(in.int8(), in.string(), in.int32(), in.int32()));
        return new Relation(xid, oid, namespace, name, identity, columns);
    }

    private static Insert insert(In in, int xid) {
        int oid = in.int32();
        in.expect('N');
        return new Insert(xid, oid, tuple(in));
    }

    private static Update update(In in, int xid) {
        int oid = in.int32();
        char kind = (char) in.int8();
        List<TupleValue> old = null;
        if (kind == 'K' || kind == 'O') {
            old = tuple(in);
            in.expect('N');
        } else if (kind != 'N') {
            throw new PgOutputFormatException("Update: expected K, O or N, got '" + kind + "'");
        }
        return new Update(xid, oid, old == null ? 0 : kind, old, tuple(in));
    }

    private static Delete delete(In in, int xid) {
        int oid = in.int32();
        char kind = (char) in.int8();
        if (kind != 'K' && kind != 'O') throw new PgOutputFormatException("Delete: expected K or O, got '" + kind + "'");
        return new Delete(xid, oid, kind, tuple(in));
    }

    private static Truncate truncate(In in, int xid) {
        int n = in.int32();
        int options = in.int8();
        if (n < 0) throw new PgOutputFormatException("Truncate: negative relation count");
        List<Integer> oids = new ArrayList<>();
        for (int i = 0; i < n; i++) oids.add(in.int32());
        return new Truncate(xid, options, oids);
    }

    private static Message message(In in, int xid) {
        boolean transactional = flag(in.int8());
        long lsn = in.int64();
        String prefix = in.string();
        return new Message(xid, transactional, lsn, prefix, in.bytes(in.int32()));
    }

    private static List<TupleValue> tuple(In in) {
        int n = in.int16();
        List<TupleValue> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            char kind = (char) in.int8();
            values.add(switch (kind) {
                case 'n' -> TupleValue.NULL;
                case 'u' -> TupleValue.UNCHANGED_TOAST;
                case 't' -> new TupleValue.Text(in.bytes(in.int32()));
                case 'b' -> new TupleValue.Binary(in.bytes(in.int32()));
                default -> throw new PgOutputFormatException("TupleData: unknown column kind '" + kind + "'");
            });
        }
        return values;
    }

    private static boolean flag(int b) {
        return b != 0;
    }

    /** Big-endian input named after the protocol document's field types; running short is a format error. */
    private static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) { this.buf = buf; }

        private void need(int n) {
            if (n < 0 || buf.length - pos < n) throw new PgOutputFormatException("message truncated at byte " + pos);
        }
        int int8() { need(1); return buf[pos++] & 0xFF; }
        int int16() { return (int8() << 8) | int8(); }
        int int32() { return (int16() << 16) | int16(); }
        long int64() { return ((long) int32() << 32) | (int32() & 0xFFFFFFFFL); }
        byte[] bytes(int n) {
            need(n);
            byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }
        String string() {
            int end = pos;
            while (end < buf.length && buf[end] != 0) end++;
            if (end == buf.length) throw new PgOutputFormatException("string without its NUL at byte " + pos);
            String s = new String(buf, pos, end - pos, StandardCharsets.UTF_8);
            pos = end + 1;
            return s;
        }
        void expect(char c) {
            int got = int8();
            if (got != c) throw new PgOutputFormatException("expected '" + c + "', got '" + (char) got + "'");
        }
        void expectEnd(char tag) {
            if (pos != buf.length) throw new PgOutputFormatException("'" + tag + "': " + (buf.length - pos) + " trailing bytes");
        }
    }
}
