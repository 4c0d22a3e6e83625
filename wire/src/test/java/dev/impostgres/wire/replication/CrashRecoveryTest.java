package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Begin;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/**
 * Impostgres as its own process, killed with SIGKILL in the middle of a write burst, then restarted on the same data
 * directory: every transaction a client saw commit is still there and streams to the slot whole and in order, and no
 * transaction streams half.
 */
class CrashRecoveryTest {
    private static final int ROWS_PER_TRANSACTION = 5;

    @TempDir
    Path dir;

    @Test
    void killDashNineDuringAWriteBurstLosesNoCommittedTransactionAndHalfSendsNone() throws Exception {
        int port = freePort();
        Process server = startServer(port);
        try {
            try (Connection c = connect(port); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE burst (id int PRIMARY KEY, batch int NOT NULL)");
                s.execute("CREATE PUBLICATION pub FOR ALL TABLES");
            }
            try (Connection repl = replicationConnection(port)) {
                repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot().logical()
                        .withSlotName("crash").withOutputPlugin("pgoutput").make();
            }
            List<Integer> acknowledged = new ArrayList<>();
            Thread writer = new Thread(() -> writeUntilTheServerDies(port, acknowledged));
            writer.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && size(acknowledged) < 40) Thread.sleep(10);
            server.destroyForcibly(); // SIGKILL, mid-burst
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            writer.join(30_000);
            assertThat(size(acknowledged)).as("the burst was running when the server died").isGreaterThanOrEqualTo(40);

            server = startServer(port);
            List<Integer> streamed = new ArrayList<>();
            try (Connection repl = replicationConnection(port);
                 PGReplicationStream stream = repl.unwrap(PGConnection.class).getReplicationAPI()
                         .replicationStream().logical().withSlotName("crash")
                         .withStartPosition(LogSequenceNumber.valueOf(0)).withSlotOption("proto_version", 1)
                         .withSlotOption("publication_names", "pub").start()) {
                PgOutputReader reader = new PgOutputReader();
                int last = acknowledged.get(acknowledged.size() - 1);
                while (streamed.isEmpty() || streamed.get(streamed.size() - 1) < last) {
                    streamed.add(readWholeTransaction(stream, reader));
                }
            }
            // in commit order, from the first, with no gap and no repeat: nothing lost, nothing split or merged
            for (int i = 0; i < streamed.size(); i++) assertThat(streamed.get(i)).isEqualTo(i + 1);
            assertThat(streamed).containsAll(acknowledged);
            try (Connection c = connect(port); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*), max(batch) FROM burst")) {
                rs.next();
                int committedBatches = rs.getInt(2);
                assertThat(committedBatches).isGreaterThanOrEqualTo(acknowledged.get(acknowledged.size() - 1));
                assertThat(rs.getLong(1)).isEqualTo((long) committedBatches * ROWS_PER_TRANSACTION);
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** One transaction from the stream: Begin, (Relation), exactly ROWS inserts of one batch, Commit. */
    private static int readWholeTransaction(PGReplicationStream stream, PgOutputReader reader) throws SQLException {
        List<PgOutputMessage> messages = ReplicationClients.readTransaction(stream, reader);
        assertThat(messages.get(0)).isInstanceOf(Begin.class);
        List<Integer> batches = new ArrayList<>();
        for (PgOutputMessage m : messages) {
            if (m instanceof Insert insert) {
                batches.add(Integer.parseInt(((TupleValue.Text) insert.newTuple().get(1)).text()));
            }
        }
        assertThat(batches).hasSize(ROWS_PER_TRANSACTION);
        assertThat(batches).containsOnly(batches.get(0));
        return batches.get(0);
    }

    private static void writeUntilTheServerDies(int port, List<Integer> acknowledged) {
        try (Connection c = connect(port); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int batch = 1; ; batch++) {
                for (int row = 0; row < ROWS_PER_TRANSACTION; row++) {
                    s.execute("INSERT INTO burst VALUES (" + (batch * ROWS_PER_TRANSACTION + row) + ", " + batch + ")");
                }
                c.commit();
                synchronized (acknowledged) {
                    acknowledged.add(batch);
                }
            }
        } catch (SQLException expected) {
            // the server was killed
        }
    }

    private static int size(List<Integer> list) {
        synchronized (list) {
            return list.size();
        }
    }

    private Process startServer(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.impostgres.wire.cli.Main", "--port", Integer.toString(port), "--data-dir",
                dir.resolve("data").toString(), "--log-level", "warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server-" + System.nanoTime() + ".log").toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return p;
            } catch (java.io.IOException notYet) {
                if (!p.isAlive()) throw new IllegalStateException("server exited with " + p.exitValue());
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("server did not start");
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres"
                + "&connectTimeout=10&socketTimeout=60");
    }

    private static Connection replicationConnection(int port) throws SQLException {
        return ReplicationClients.connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
