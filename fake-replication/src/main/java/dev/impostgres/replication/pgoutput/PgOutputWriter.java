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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes pgoutput messages for one negotiated {@code proto_version} (1–4), as Postgres's proto.c does. Messages the
 * version does not have (streaming before 2, two-phase before 3, abort LSN/time before 4) are refused, so a walsender
 * can never send a consumer something its version cannot parse. The layouts sit on each record in
 * {@link PgOutputMessage}; {@link PgOutputReader} is the mirror image.
 */
public final class PgOutputWriter {
    public static final int MIN_PROTO_VERSION = 1, MAX_PROTO_VERSION = 4;

    private final int protoVersion;

    public PgOutputWriter(int protoVersion) {
        if (protoVersion < MIN_PROTO_VERSION || protoVersion > MAX_PROTO_VERSION) {
            throw new IllegalArgumentException("proto_version " + protoVersion);
        }
        this.protoVersion = protoVersion;
    }

    public int protoVersion() { return protoVersion; }

    public byte[] write(PgOutputMessage message) {
        Out out = new Out();
        out.int8(message.tag());
        if (message instanceof Begin m) {
            out.int64(m.finalLsn()).int64(m.commitTime()).int32(m.xid());
        } else if (message instanceof Commit m) {
            out.int8(m.flags()).int64(m.commitLsn()).int64(m.endLsn()).int64(m.commitTime());
        } else if (message instanceof Origin m) {
            out.int64(m.commitLsn()).string(m.name());
        } else if (message instanceof Relation m) {
            streamedXid(out, m.xid());
            out.int32(m.relationOid()).string(m.namespace()).string(m.name()).int8(m.replicaIdentity());
            out.int16(m.columns().size());
            for (Column c : m.columns()) out.int8(c.flags()).string(c.name()).int32(c.typeOid()).int32(c.typmod());
        } else if (message instanceof Type m) {
            streamedXid(out, m.xid());
            out.int32(m.typeOid()).string(m.namespace()).string(m.name());
        } else if (message instanceof Insert m) {
            streamedXid(out, m.xid());
            out.int32(m.relationOid()).int8('N');
            tuple(out, m.newTuple());
        } else if (message instanceof Update m) {
            streamedXid(out, m.xid());
            out.int32(m.relationOid());
            if (m.oldKind() != 0) {
                out.int8(m.oldKind());
                tuple(out, m.oldTuple());
            }
            out.int8('N');
            tuple(out, m.newTuple());
        } else if (message instanceof Delete m) {
            streamedXid(out, m.xid());
            out.int32(m.relationOid()).int8(m.oldKind());
            tuple(out, m.oldTuple());
        } else if (message instanceof Truncate m) {
            streamedXid(out, m.xid());
            out.int32(m.relationOids().size()).int8(m.options());
            for (int oid : m.relationOids()) out.int32(oid);
        } else if (message instanceof Message m) {
            streamedXid(out, m.xid());
            out.int8(m.transactional() ? 1 : 0).int64(m.lsn()).string(m.prefix()).int32(m.content().length).bytes(m.content());
        } else if (message instanceof StreamStart m) {
            require(2, m);
            out.int32(m.xid()).int8(m.firstSegment() ? 1 : 0);
        } else if (message instanceof StreamStop m) {
            require(2, m);
        } else if (message instanceof StreamCommit m) {
            require(2, m);
            out.int32(m.xid()).int8(m.flags()).int64(m.commitLsn()).int64(m.endLsn()).int64(m.commitTime());
        } else if (message instanceof StreamAbort m) {
            require(m.withAbortInfo() ? 4 : 2, m);
            out.int32(m.xid()).int32(m.subXid());
            if (m.withAbortInfo()) out.int64(m.abortLsn()).int64(m.abortTime());
        } else if (message instanceof BeginPrepare m) {
            require(3, m);
            out.int64(m.prepareLsn()).int64(m.endLsn()).int64(m.prepareTime()).int32(m.xid()).string(m.gid());
        } else if (message instanceof Prepare m) {
            require(3, m);
            out.int8(m.flags()).int64(m.prepareLsn()).int64(m.endLsn()).int64(m.prepareTime()).int32(m.xid()).string(m.gid());
        } else if (message instanceof CommitPrepared m) {
            require(3, m);
            out.int8(m.flags()).int64(m.commitLsn()).int64(m.endLsn()).int64(m.commitTime()).int32(m.xid()).string(m.gid());
        } else if (message instanceof RollbackPrepared m) {
            require(3, m);
            out.int8(m.flags()).int64(m.prepareEndLsn()).int64(m.rollbackEndLsn()).int64(m.prepareTime())
                    .int64(m.rollbackTime()).int32(m.xid()).string(m.gid());
        } else if (message instanceof StreamPrepare m) {
            require(3, m);
            out.int8(m.flags()).int64(m.prepareLsn()).int64(m.endLsn()).int64(m.prepareTime()).int32(m.xid()).string(m.gid());
        } else {
            throw new IllegalArgumentException("unknown message " + message);
        }
        return out.toByteArray();
    }

    /** The xid prefix of a change inside a streamed transaction; absent (0) otherwise. */
    private void streamedXid(Out out, int xid) {
        if (xid == 0) return;
        if (protoVersion < 2) throw new IllegalArgumentException("streamed transactions need proto_version 2, not " + protoVersion);
        out.int32(xid);
    }

    /** TupleData: {@code int16 ncols | ncols × ('n' | 'u' | 't' int32 len bytes | 'b' int32 len bytes)}. */
    private static void tuple(Out out, List<TupleValue> values) {
        out.int16(values.size());
        for (TupleValue v : values) {
            if (v instanceof TupleValue.Null) {
                out.int8('n');
            } else if (v instanceof TupleValue.UnchangedToast) {
                out.int8('u');
            } else if (v instanceof TupleValue.Text t) {
                out.int8('t').int32(t.bytes().length).bytes(t.bytes());
            } else if (v instanceof TupleValue.Binary b) {
                out.int8('b').int32(b.bytes().length).bytes(b.bytes());
            }
        }
    }

    private void require(int version, PgOutputMessage m) {
        if (protoVersion < version) {
            throw new IllegalArgumentException("'" + m.tag() + "' needs proto_version " + version + ", not " + protoVersion);
        }
    }

    /** Big-endian output named after the protocol document's field types. */
    private static final class Out extends ByteArrayOutputStream {
        Out int8(int v) { write(v); return this; }
        Out int16(int v) { write(v >>> 8); write(v); return this; }
        Out int32(int v) { int16(v >>> 16); int16(v); return this; }
        Out int64(long v) { int32((int) (v >>> 32)); int32((int) v); return this; }
        Out bytes(byte[] b) { write(b, 0, b.length); return this; }
        /** String: UTF-8 bytes and a NUL terminator. */
        Out string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (byte x : b) if (x == 0) throw new IllegalArgumentException("NUL in a protocol string");
            bytes(b);
            return int8(0);
        }
    }
}
