package dev.impostgres.wire.replication;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Delete;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Update;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeMap;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/** What a sync engine does for {@code items(id, v)}: copy under the exported snapshot, then apply the slot's stream. */
final class InitialSync {
    private InitialSync() {}

    /** COPY under the snapshot on {@code connection} (closed afterwards), as zero-cache's copy workers do. */
    static TreeMap<Integer, Integer> copy(Connection connection, String snapshot) throws Exception {
        try (connection; Statement s = connection.createStatement()) {
            s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            s.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            StringWriter out = new StringWriter();
            connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY items (id, v) TO STDOUT", out);
            s.execute("COMMIT");
            TreeMap<Integer, Integer> rows = new TreeMap<>();
            out.toString().lines().forEach(line -> {
                String[] f = line.split("\t");
                rows.put(Integer.valueOf(f[0]), Integer.valueOf(f[1]));
            });
            return rows;
        }
    }

    static TreeMap<Integer, Integer> read(Connection connection, String query) throws SQLException {
        TreeMap<Integer, Integer> rows = new TreeMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) rows.put(rs.getInt(1), rs.getInt(2));
        }
        return rows;
    }

    /**
     * Streams the slot from 0/0 (so the slot's own position decides where it starts) and applies every change to
     * {@code rows} until a transaction ends at or after {@code endLsn}; returns how many transactions it applied.
     */
    static int applyStream(Connection repl, String slot, long endLsn, TreeMap<Integer, Integer> rows) throws SQLException {
        PgOutputReader reader = new PgOutputReader();
        int transactions = 0;
        try (PGReplicationStream stream = repl.unwrap(PGConnection.class).getReplicationAPI().replicationStream()
                .logical().withSlotName(slot).withStartPosition(LogSequenceNumber.valueOf(0))
                .withSlotOption("proto_version", 1).withSlotOption("publication_names", "p").start()) {
            while (true) {
                List<PgOutputMessage> tx = ReplicationClients.readTransaction(stream, reader);
                transactions++;
                for (PgOutputMessage m : tx) {
                    // Strict: an insert of a copied row means overlap; an update or delete of a row the copy lacks
                    // means a gap (or overlap). Applying them leniently would hide both.
                    if (m instanceof Insert i) {
                        Integer old = rows.put(intAt(i.newTuple(), 0), intAt(i.newTuple(), 1));
                        if (old != null) throw new AssertionError("overlap: streamed insert of copied row " + m);
                    }
                    if (m instanceof Update u) {
                        Integer old = rows.put(intAt(u.newTuple(), 0), intAt(u.newTuple(), 1));
                        if (old == null) throw new AssertionError("gap: streamed update of a row never seen " + m);
                    }
                    if (m instanceof Delete d) {
                        if (rows.remove(intAt(d.oldTuple(), 0)) == null) {
                            throw new AssertionError("gap: streamed delete of a row never seen " + m);
                        }
                    }
                }
                if (((Commit) tx.get(tx.size() - 1)).endLsn() >= endLsn) return transactions;
            }
        }
    }

    private static int intAt(List<TupleValue> tuple, int index) {
        return Integer.parseInt(new String(((TupleValue.Text) tuple.get(index)).bytes(), StandardCharsets.UTF_8));
    }
}
