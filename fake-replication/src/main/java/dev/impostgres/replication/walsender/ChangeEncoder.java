package dev.impostgres.replication.walsender;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.tracking.changes.HistoricCatalog;
import dev.impostgres.tracking.changes.RelationCatalog;
import dev.impostgres.tracking.changes.RelationColumn;
import dev.impostgres.tracking.changes.RelationDescription;
import dev.impostgres.tracking.changes.RowChange;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.ValueCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns logged row changes into pgoutput messages as pgoutput.c does: a Relation before the first change of a
 * relation in this walsender session and again after a catalog change touching it or any publication (each change
 * decoded with the relation and publications as they were then, from the catalog history); old tuples as 'K' (key columns,
 * the others null) under DEFAULT/INDEX identity only when the key changed (always for a Delete), as 'O' (the whole
 * row) under FULL; values in the type's text output, or binary send format with {@code binary 'true'}.
 */
final class ChangeEncoder {

    /** Receives the messages of one change, each with the LSN its XLogData carries (0 for Relation, as Postgres). */
    interface Out {
        void emit(long walStart, PgOutputMessage message);
    }

    /** Types below it are built in (FirstGenbkiObjectId); pgoutput describes the others with a Type message. */
    private static final int FIRST_GENBKI_OBJECT_ID = 10_000;

    private final RelationCatalog catalog;
    private final HistoricCatalog history;
    private final PgOutputOptions options;
    private final FormatSettings format;
    private final ValueCodec codec = new ValueCodec();
    /** What this session last sent for each relation, and at which change (to spot catalog changes since). */
    private record Sent(RelationDescription relation, long seq) {}

    private final Map<Integer, Sent> sentRelations = new HashMap<>();
    /** Relations truncated in the transaction being decoded: their relcache entry is invalidated when it commits. */
    private final java.util.Set<Integer> invalidatedAtCommit = new java.util.HashSet<>();

    ChangeEncoder(RelationCatalog catalog, HistoricCatalog history, PgOutputOptions options, FormatSettings format) {
        this.catalog = catalog;
        this.history = history;
        this.options = options;
        this.format = format;
    }

    /**
     * Encodes one change if it is published; {@code beforeFirst} runs before the first message (the lazy Begin).
     * Returns whether anything was emitted.
     */
    boolean encode(Connection connection, RowChange change, PublicationResolver.Published published, Runnable beforeFirst, Out out)
            throws SQLException {
        if (change.op() == RowChange.Op.TRUNCATE) return truncate(connection, change, published, beforeFirst, out);
        if (change.op() == RowChange.Op.MESSAGE) return message(change, beforeFirst, out);
        Optional<RelationDescription> found = describe(connection, change.relation(), change.seq());
        if (found.isEmpty()) return false;
        RelationDescription relation = found.get();
        if (!published.publishes(relation, change.op(), change.seq())) return false;
        PgOutputMessage message = switch (change.op()) {
            case INSERT -> new PgOutputMessage.Insert(0, relation.oid(), tuple(relation, change.newRow(), false));
            case UPDATE -> update(relation, change);
            case DELETE -> delete(relation, change);
            case TRUNCATE, MESSAGE -> throw new IllegalStateException();
        };
        if (message == null) return false;
        beforeFirst.run();
        relation(connection, relation, change.seq(), out);
        out.emit(change.lsn(), message);
        return true;
    }

    private PgOutputMessage update(RelationDescription relation, RowChange change) {
        List<TupleValue> newTuple = tuple(relation, change.newRow(), false);
        if (relation.replicaIdentity() == 'f') {
            return new PgOutputMessage.Update(0, relation.oid(), 'O', tuple(relation, change.oldRow(), false), newTuple);
        }
        boolean keyChanged = relation.columns().stream().anyMatch(c -> c.key()
                && !sameValue(change.oldRow().get(c.name()), change.newRow().get(c.name())));
        if (keyChanged && hasKey(relation)) {
            return new PgOutputMessage.Update(0, relation.oid(), 'K', tuple(relation, change.oldRow(), true), newTuple);
        }
        return new PgOutputMessage.Update(0, relation.oid(), (char) 0, null, newTuple);
    }

    private PgOutputMessage delete(RelationDescription relation, RowChange change) {
        if (relation.replicaIdentity() == 'f') {
            return new PgOutputMessage.Delete(0, relation.oid(), 'O', tuple(relation, change.oldRow(), false));
        }
        // pgoutput sends no Delete when there is no old key to send (replica identity NOTHING, no primary key).
        if (!hasKey(relation)) return null;
        return new PgOutputMessage.Delete(0, relation.oid(), 'K', tuple(relation, change.oldRow(), true));
    }

    /**
     * pg_logical_emit_message: sent only to consumers that asked for {@code messages 'true'}, whatever the
     * publications; a transactional one inside its transaction, a non-transactional one on its own (no Begin).
     */
    private boolean message(RowChange change, Runnable beforeFirst, Out out) {
        if (!options.messages()) return false;
        if (change.transactional()) beforeFirst.run();
        out.emit(change.lsn(), new PgOutputMessage.Message(0, change.transactional(), change.lsn(), change.relation(),
                change.content()));
        return true;
    }

    private boolean truncate(Connection connection, RowChange change, PublicationResolver.Published published, Runnable beforeFirst,
                             Out out) throws SQLException {
        List<RelationDescription> relations = new ArrayList<>();
        for (String table : change.truncated()) {
            Optional<RelationDescription> found = describe(connection, table, change.seq());
            found.ifPresent(r -> invalidatedAtCommit.add(r.oid()));
            if (found.isPresent() && published.publishes(found.get(), RowChange.Op.TRUNCATE, change.seq())) relations.add(found.get());
        }
        if (relations.isEmpty()) return false;
        beforeFirst.run();
        // TRUNCATE gives each table a new relfilenode, whose relcache invalidation makes pgoutput send the
        // Relation again before the Truncate even when it was sent already.
        relations.forEach(r -> sentRelations.remove(r.oid()));
        for (RelationDescription r : relations) relation(connection, r, change.seq(), out);
        out.emit(change.lsn(), new PgOutputMessage.Truncate(0, change.truncateOptions(),
                relations.stream().map(RelationDescription::oid).toList()));
        return true;
    }

    /** Call before decoding a transaction: loads the catalog versions committed since the last one. */
    void transactionStarting(Connection connection) throws SQLException {
        history.refresh(connection);
    }

    /**
     * The relation as the change saw it (Postgres decodes with a historic catalog snapshot), from the catalog history;
     * today's definition when the history does not know it (a table made outside the DDL runner). Empty when it did
     * not exist then, or was dropped since and the history has no record of it.
     */
    private Optional<RelationDescription> describe(Connection connection, String storageName, long seq) throws SQLException {
        Optional<RelationDescription> historic = history.relation(storageName, seq);
        return historic != null ? historic : catalog.describe(connection, storageName);
    }

    /**
     * The decoded transaction ended. A TRUNCATE's new relfilenode invalidates the relation's cache entry when the
     * truncating transaction commits, so pgoutput sends the Relation again at the next change of that relation
     * (published truncate or not).
     */
    void transactionEnded() {
        invalidatedAtCommit.forEach(sentRelations::remove);
        invalidatedAtCommit.clear();
    }

    private void relation(Connection connection, RelationDescription relation, long seq, Out out) throws SQLException {
        Sent sent = sentRelations.get(relation.oid());
        if (sent != null && sent.relation().equals(relation)
                && !history.invalidatedBetween(relation.storageName(), sent.seq(), seq)) {
            return;
        }
        // pgoutput's send_relation_and_attrs: a Type for every column whose type is not built in (enums), each time
        // the Relation is sent, before it.
        for (RelationColumn column : relation.columns()) {
            if (column.type().oid() < FIRST_GENBKI_OBJECT_ID) continue;
            String[] name = userTypeName(connection, column.type().oid());
            if (name != null) out.emit(0, new PgOutputMessage.Type(0, column.type().oid(), name[0], name[1]));
        }
        List<PgOutputMessage.Column> columns = relation.columns().stream()
                .map(c -> new PgOutputMessage.Column(c.key() ? 1 : 0, c.name(), c.type().oid(), c.typmod())).toList();
        String namespace = relation.namespace().equals("pg_catalog") ? "" : relation.namespace();
        out.emit(0, new PgOutputMessage.Relation(0, relation.oid(), namespace, relation.name(), relation.replicaIdentity(), columns));
        sentRelations.put(relation.oid(), new Sent(relation, seq));
    }

    /** {namespace, name} of a user-defined type (an enum or an array of one); pg_catalog is sent as "". */
    private static String[] userTypeName(Connection connection, int oid) throws SQLException {
        try (java.sql.PreparedStatement q = connection.prepareStatement("SELECT n.nspname, t.typname, t.oid FROM _pg_type t "
                + "JOIN _pg_namespace n ON n.oid = t.typnamespace WHERE t.oid = ? OR t.typarray = ?")) {
            q.setInt(1, oid);
            q.setInt(2, oid);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                if (!rs.next()) return null;
                String namespace = rs.getString(1).equals("pg_catalog") ? "" : rs.getString(1);
                return new String[] {namespace, rs.getInt(3) == oid ? rs.getString(2) : "_" + rs.getString(2)};
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("no such table")) return null; // no metadata
            throw e;
        }
    }

    private List<TupleValue> tuple(RelationDescription relation, Map<String, Object> row, boolean keyOnly) {
        List<TupleValue> values = new ArrayList<>(relation.columns().size());
        for (RelationColumn column : relation.columns()) {
            Object value = row == null ? null : row.get(column.name());
            if (value == null || (keyOnly && !column.key())) {
                values.add(TupleValue.NULL);
            } else if (options.binary() && codec.supportsBinary(column.type())) {
                values.add(new TupleValue.Binary(codec.encodeBinary(column.type(), value, format)));
            } else {
                values.add(new TupleValue.Text(codec.encodeText(column.type(), value, format)));
            }
        }
        return values;
    }

    private static boolean hasKey(RelationDescription relation) {
        return relation.replicaIdentity() != 'n' && relation.columns().stream().anyMatch(RelationColumn::key);
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) return java.util.Arrays.equals(x, y);
        return Objects.equals(a, b);
    }
}
