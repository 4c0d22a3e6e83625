package dev.impostgres.conformance.bench;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;
import org.postgresql.copy.CopyManager;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/**
 * The benchmark's workloads, each run the same way against one server through pgjdbc. Sizes are small enough that a
 * whole run takes about a minute on a shared machine; each workload warms up before it measures.
 */
final class Workloads {
    static final int QUERIES = 3_000, WARMUP = 300;
    static final int BATCH_ROWS = 20_000, AUTOCOMMIT_ROWS = 1_000, COPY_ROWS = 100_000;
    static final int REPLICATED_COMMITS = 300, STREAMED_ROWS = 20_000;

    private final String url;

    Workloads(String host, int port) {
        this.url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }

    Connection connect(boolean simpleProtocol) throws SQLException {
        Properties props = new Properties();
        PGProperty.USER.set(props, "postgres");
        PGProperty.PASSWORD.set(props, "");
        if (simpleProtocol) PGProperty.PREFER_QUERY_MODE.set(props, "simple");
        return DriverManager.getConnection(url, props);
    }

    /** Latencies (ns) of {@code SELECT 1} sent as a simple Query, one after another. */
    long[] simpleQueryLatencies() throws SQLException {
        try (Connection c = connect(true); Statement st = c.createStatement()) {
            long[] latencies = new long[QUERIES];
            for (int i = -WARMUP; i < QUERIES; i++) {
                long start = System.nanoTime();
                try (ResultSet rs = st.executeQuery("SELECT 1")) {
                    rs.next();
                }
                if (i >= 0) latencies[i] = System.nanoTime() - start;
            }
            return latencies;
        }
    }

    /** Rows/s of a prepared INSERT in batches of 1,000 inside one transaction. */
    double preparedInsertBatchedRowsPerSecond() throws SQLException {
        try (Connection c = connect(false); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_batch (id int PRIMARY KEY, name text, amount double precision)");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_batch VALUES (?, ?, ?)")) {
                for (int i = 0; i < BATCH_ROWS; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "name " + i);
                    ps.setDouble(3, i * 1.5);
                    ps.addBatch();
                    if (i % 1_000 == 999) ps.executeBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return BATCH_ROWS / seconds(start);
        }
    }

    /** Rows/s of a prepared INSERT, each its own (autocommit) transaction. */
    double preparedInsertAutocommitRowsPerSecond() throws SQLException {
        try (Connection c = connect(false); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_auto (id int PRIMARY KEY, name text)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_auto VALUES (?, ?)")) {
                for (int i = -WARMUP; i < 0; i++) insert(ps, i);
                long start = System.nanoTime();
                for (int i = 0; i < AUTOCOMMIT_ROWS; i++) insert(ps, i);
                return AUTOCOMMIT_ROWS / seconds(start);
            }
        }
    }

    /** Rows/s of COPY … FROM STDIN (text format). */
    double copyInRowsPerSecond() throws Exception {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < COPY_ROWS; i++) data.append(i).append('\t').append("row ").append(i).append('\t').append(i * 0.25).append('\n');
        try (Connection c = connect(false); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_copy (id int PRIMARY KEY, name text, amount numeric)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            long rows = copy.copyIn("COPY bench_copy FROM STDIN", new StringReader(data.toString()));
            if (rows != COPY_ROWS) throw new IllegalStateException("COPY loaded " + rows + " rows");
            return COPY_ROWS / seconds(start);
        }
    }

    /** Commit-to-consumer latencies and streaming throughput, through a pgoutput walsender. */
    record Replication(long[] commitToConsumerNanos, double streamedRowsPerSecond) {}

    Replication replication() throws Exception {
        try (Connection c = connect(false); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_repl (id int PRIMARY KEY, note text)");
            st.execute("CREATE PUBLICATION bench_pub FOR TABLE bench_repl");
            try (Connection repl = replicationConnection()) {
                PGConnection pg = repl.unwrap(PGConnection.class);
                pg.getReplicationAPI().createReplicationSlot().logical().withSlotName("bench_slot")
                        .withOutputPlugin("pgoutput").make();
                try (PGReplicationStream stream = pg.getReplicationAPI().replicationStream().logical()
                        .withSlotName("bench_slot").withStartPosition(LogSequenceNumber.valueOf(0L))
                        .withSlotOption("proto_version", "1").withSlotOption("publication_names", "bench_pub")
                        .withStatusInterval(1, TimeUnit.SECONDS).start();
                     PreparedStatement ps = c.prepareStatement("INSERT INTO bench_repl VALUES (?, 'x')")) {
                    long[] latencies = new long[REPLICATED_COMMITS];
                    for (int i = -WARMUP / 10; i < REPLICATED_COMMITS; i++) {
                        ps.setInt(1, i);
                        long start = System.nanoTime();
                        ps.executeUpdate();
                        awaitCommit(stream);
                        if (i >= 0) latencies[i] = System.nanoTime() - start;
                    }
                    c.setAutoCommit(false);
                    try (PreparedStatement bulk = c.prepareStatement("INSERT INTO bench_repl VALUES (?, 'bulk')")) {
                        for (int i = 0; i < STREAMED_ROWS; i++) {
                            bulk.setInt(1, 1_000_000 + i);
                            bulk.addBatch();
                            if (i % 1_000 == 999) bulk.executeBatch();
                        }
                        bulk.executeBatch();
                    }
                    long start = System.nanoTime();
                    c.commit();
                    int inserts = awaitCommit(stream);
                    if (inserts != STREAMED_ROWS) throw new IllegalStateException("streamed " + inserts + " inserts");
                    double rowsPerSecond = STREAMED_ROWS / seconds(start);
                    c.setAutoCommit(true);
                    return new Replication(latencies, rowsPerSecond);
                } finally {
                    repl.close();
                    dropSlot(c);
                }
            }
        }
    }

    private void dropSlot(Connection c) throws SQLException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_drop_replication_slot('bench_slot')");
                return;
            } catch (SQLException active) {
                try {
                    Thread.sleep(100); // the walsender of the closed connection is still exiting
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Reads up to the next Commit, acknowledging it; returns the number of Insert messages seen. */
    private static int awaitCommit(PGReplicationStream stream) throws SQLException {
        int inserts = 0;
        while (true) {
            ByteBuffer message = stream.read();
            byte tag = message.get(message.position());
            if (tag == 'I') inserts++;
            if (tag == 'C') {
                stream.setFlushedLSN(stream.getLastReceiveLSN());
                stream.setAppliedLSN(stream.getLastReceiveLSN());
                return inserts;
            }
        }
    }

    private Connection replicationConnection() throws SQLException {
        Properties props = new Properties();
        PGProperty.USER.set(props, "postgres");
        PGProperty.PASSWORD.set(props, "");
        PGProperty.ASSUME_MIN_SERVER_VERSION.set(props, "9.4");
        PGProperty.REPLICATION.set(props, "database");
        PGProperty.PREFER_QUERY_MODE.set(props, "simple");
        return DriverManager.getConnection(url, props);
    }

    private static void insert(PreparedStatement ps, int i) throws SQLException {
        ps.setInt(1, i + WARMUP);
        ps.setString(2, "row " + i);
        ps.executeUpdate();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static List<Long> sorted(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) list.add(v);
        list.sort(null);
        return list;
    }
}
