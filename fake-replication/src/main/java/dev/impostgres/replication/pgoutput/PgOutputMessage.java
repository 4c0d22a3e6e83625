package dev.impostgres.replication.pgoutput;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The pgoutput logical replication messages (Postgres 17, "Logical Replication Message Formats"). LSNs are raw
 * 64-bit values, timestamps are microseconds since 2000-01-01, xids are unsigned 32-bit values held in an int.
 *
 * <p>{@code xid} on Relation, Type, Insert, Update, Delete, Truncate and Message is written only inside a streamed
 * transaction (protocol version 2 and later); 0 (InvalidTransactionId) means "not streamed, no xid field".
 */
public sealed interface PgOutputMessage {

    /** The message's type byte. */
    char tag();

    /** {@code 'B' | int64 finalLsn | int64 commitTime | int32 xid}. */
    record Begin(long finalLsn, long commitTime, int xid) implements PgOutputMessage {
        public char tag() { return 'B'; }
    }

    /** {@code 'C' | int8 flags | int64 commitLsn | int64 endLsn | int64 commitTime}. */
    record Commit(int flags, long commitLsn, long endLsn, long commitTime) implements PgOutputMessage {
        public char tag() { return 'C'; }
    }

    /** {@code 'O' | int64 originCommitLsn | str name}. */
    record Origin(long commitLsn, String name) implements PgOutputMessage {
        public char tag() { return 'O'; }
    }

    /** One column of a Relation: flags 1 = part of the replica identity key. */
    record Column(int flags, String name, int typeOid, int typmod) {
        public boolean isKey() { return (flags & 1) != 0; }
    }

    /**
     * {@code 'R' | [int32 xid] | int32 relid | str namespace | str name | int8 replident | int16 ncols |
     * ncols × (int8 flags | str name | int32 typeOid | int32 typmod)}. Namespace "" means pg_catalog.
     */
    record Relation(int xid, int relationOid, String namespace, String name, char replicaIdentity,
                    List<Column> columns) implements PgOutputMessage {
        public Relation { columns = List.copyOf(columns); }
        public char tag() { return 'R'; }
    }

    /** {@code 'Y' | [int32 xid] | int32 typeOid | str namespace | str name}. */
    record Type(int xid, int typeOid, String namespace, String name) implements PgOutputMessage {
        public char tag() { return 'Y'; }
    }

    /** {@code 'I' | [int32 xid] | int32 relid | 'N' | TupleData}. */
    record Insert(int xid, int relationOid, List<TupleValue> newTuple) implements PgOutputMessage {
        public Insert { newTuple = List.copyOf(newTuple); }
        public char tag() { return 'I'; }
    }

    /**
     * {@code 'U' | [int32 xid] | int32 relid | [('K' | 'O') TupleData] | 'N' | TupleData}. {@code oldKind} is
     * 'K' (old key, replica identity DEFAULT/INDEX when the key changed), 'O' (old row, FULL) or 0 (none).
     */
    record Update(int xid, int relationOid, char oldKind, List<TupleValue> oldTuple, List<TupleValue> newTuple)
            implements PgOutputMessage {
        public Update {
            if (oldKind != 0 && oldKind != 'K' && oldKind != 'O') throw new IllegalArgumentException("old tuple kind " + oldKind);
            oldTuple = oldKind == 0 ? null : List.copyOf(oldTuple);
            newTuple = List.copyOf(newTuple);
        }
        public char tag() { return 'U'; }
    }

    /** {@code 'D' | [int32 xid] | int32 relid | ('K' | 'O') | TupleData}. */
    record Delete(int xid, int relationOid, char oldKind, List<TupleValue> oldTuple) implements PgOutputMessage {
        public Delete {
            if (oldKind != 'K' && oldKind != 'O') throw new IllegalArgumentException("old tuple kind " + oldKind);
            oldTuple = List.copyOf(oldTuple);
        }
        public char tag() { return 'D'; }
    }

    /** Truncate option bits. */
    int TRUNCATE_CASCADE = 1, TRUNCATE_RESTART_IDENTITY = 2;

    /** {@code 'T' | [int32 xid] | int32 nrels | int8 options | nrels × int32 relid}. */
    record Truncate(int xid, int options, List<Integer> relationOids) implements PgOutputMessage {
        public Truncate { relationOids = List.copyOf(relationOids); }
        public char tag() { return 'T'; }
    }

    /** {@code 'M' | [int32 xid] | int8 flags (1 = transactional) | int64 lsn | str prefix | int32 len | bytes}. */
    record Message(int xid, boolean transactional, long lsn, String prefix, byte[] content) implements PgOutputMessage {
        public char tag() { return 'M'; }
        public String contentText() { return new String(content, StandardCharsets.UTF_8); }
        @Override public boolean equals(Object o) {
            return o instanceof Message m && xid == m.xid && transactional == m.transactional && lsn == m.lsn
                    && prefix.equals(m.prefix) && Arrays.equals(content, m.content);
        }
        @Override public int hashCode() { return prefix.hashCode() * 31 + Arrays.hashCode(content); }
    }

    // Streaming of in-progress transactions (protocol version 2+).

    /** {@code 'S' | int32 xid | int8 firstSegment}. */
    record StreamStart(int xid, boolean firstSegment) implements PgOutputMessage {
        public char tag() { return 'S'; }
    }

    /** {@code 'E'}. */
    record StreamStop() implements PgOutputMessage {
        public char tag() { return 'E'; }
    }

    /** {@code 'c' | int32 xid | int8 flags | int64 commitLsn | int64 endLsn | int64 commitTime}. */
    record StreamCommit(int xid, int flags, long commitLsn, long endLsn, long commitTime) implements PgOutputMessage {
        public char tag() { return 'c'; }
    }

    /**
     * {@code 'A' | int32 xid | int32 subXid | [int64 abortLsn | int64 abortTime]}: the last two only with protocol
     * version 4 and {@code streaming 'parallel'}; {@code withAbortInfo} says whether they are present.
     */
    record StreamAbort(int xid, int subXid, boolean withAbortInfo, long abortLsn, long abortTime) implements PgOutputMessage {
        public char tag() { return 'A'; }
    }

    // Two-phase commit (protocol version 3+).

    /** {@code 'b' | int64 prepareLsn | int64 endLsn | int64 prepareTime | int32 xid | str gid}. */
    record BeginPrepare(long prepareLsn, long endLsn, long prepareTime, int xid, String gid) implements PgOutputMessage {
        public char tag() { return 'b'; }
    }

    /** {@code 'P' | int8 flags | int64 prepareLsn | int64 endLsn | int64 prepareTime | int32 xid | str gid}. */
    record Prepare(int flags, long prepareLsn, long endLsn, long prepareTime, int xid, String gid) implements PgOutputMessage {
        public char tag() { return 'P'; }
    }

    /** {@code 'K' | int8 flags | int64 commitLsn | int64 endLsn | int64 commitTime | int32 xid | str gid}. */
    record CommitPrepared(int flags, long commitLsn, long endLsn, long commitTime, int xid, String gid)
            implements PgOutputMessage {
        public char tag() { return 'K'; }
    }

    /**
     * {@code 'r' | int8 flags | int64 prepareEndLsn | int64 rollbackEndLsn | int64 prepareTime | int64 rollbackTime |
     * int32 xid | str gid}.
     */
    record RollbackPrepared(int flags, long prepareEndLsn, long rollbackEndLsn, long prepareTime, long rollbackTime,
                            int xid, String gid) implements PgOutputMessage {
        public char tag() { return 'r'; }
    }

    /** {@code 'p' | int8 flags | int64 prepareLsn | int64 endLsn | int64 prepareTime | int32 xid | str gid}. */
    record StreamPrepare(int flags, long prepareLsn, long endLsn, long prepareTime, int xid, String gid)
            implements PgOutputMessage {
        public char tag() { return 'p'; }
    }
}
