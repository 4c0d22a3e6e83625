package dev.impostgres.conformance.pgoutput;

import java.util.List;

/** The pgoutput logical replication messages (protocol versions 1 and 2 without streaming), as decoded. */
public sealed interface PgOutputMessage {

    /** 'B' | int64 finalLsn | int64 commitTime | int32 xid */
    record Begin(long finalLsn, long commitTime, int xid) implements PgOutputMessage {}

    /** 'C' | int8 flags | int64 commitLsn | int64 endLsn | int64 commitTime */
    record Commit(int flags, long commitLsn, long endLsn, long commitTime) implements PgOutputMessage {}

    /** 'O' | int64 originLsn | str name */
    record Origin(long originLsn, String name) implements PgOutputMessage {}

    /** 'R' | int32 relid | str namespace | str relname | int8 replident | int16 ncols | column* */
    record Relation(int relationOid, String namespace, String name, char replicaIdentity, List<RelationColumn> columns)
            implements PgOutputMessage {}

    /** One Relation column: int8 flags (1 = part of the key) | str name | int32 type OID | int32 typmod. */
    record RelationColumn(boolean key, String name, int typeOid, int typmod) {}

    /** 'Y' | int32 oid | str namespace | str typname */
    record Type(int typeOid, String namespace, String name) implements PgOutputMessage {}

    /** 'I' | int32 relid | 'N' | TupleData */
    record Insert(int relationOid, List<TupleValue> newTuple) implements PgOutputMessage {}

    /**
     * 'U' | int32 relid | [('K' | 'O') TupleData] | 'N' | TupleData. {@code oldKind} is 'K' (old key), 'O' (old row,
     * replica identity full) or 0 when no old tuple was sent; {@code oldTuple} is empty then.
     */
    record Update(int relationOid, char oldKind, List<TupleValue> oldTuple, List<TupleValue> newTuple)
            implements PgOutputMessage {}

    /** 'D' | int32 relid | ('K' | 'O') | TupleData */
    record Delete(int relationOid, char oldKind, List<TupleValue> oldTuple) implements PgOutputMessage {}

    /** 'T' | int32 nrels | int8 options (1 = CASCADE, 2 = RESTART IDENTITY) | int32 relid* */
    record Truncate(int options, List<Integer> relationOids) implements PgOutputMessage {}

    /** 'M' | int8 flags (1 = transactional) | int64 lsn | str prefix | int32 length | bytes */
    record Message(int flags, long lsn, String prefix, byte[] content) implements PgOutputMessage {}

    /** One TupleData column: 'n' null, 'u' unchanged TOAST value, 't' text, 'b' binary. */
    sealed interface TupleValue {
        record Null() implements TupleValue {}

        record UnchangedToast() implements TupleValue {}

        record Text(String value) implements TupleValue {}

        record Binary(byte[] value) implements TupleValue {}
    }
}
