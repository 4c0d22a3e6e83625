package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.replication.ReplicationSlotInfo;

/**
 * CREATE_REPLICATION_SLOT exports a snapshot; other connections import it with SET TRANSACTION SNAPSHOT and read the
 * database exactly as it was at the slot's consistent point while a writer keeps writing.
 */
class ExportedSnapshotTest {
    @TempDir Path dataDir;
    private ImpostgresServer server;
    private Connection sql;
    private Statement st;

    @BeforeEach
    void start() throws SQLException {
        server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
        sql = connect();
        st = sql.createStatement();
        st.execute("CREATE TABLE items (id integer PRIMARY KEY, v integer NOT NULL)");
        st.execute("INSERT INTO items SELECT g, 0 FROM generate_series(1, 200) g");
        st.execute("CREATE PUBLICATION p FOR ALL TABLES");
    }

    @AfterEach
    void stop() throws SQLException {
        sql.close();
        server.close();
    }

    @Test
    void sixImportersCopyTheSlotsStateWhileAWriterKeepsWriting() throws Exception {
        try (ContinuousWriter writer = ContinuousWriter.start(connect(), 201);
             Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
            ReplicationSlotInfo slot = repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot()
                    .logical().withSlotName("s1").withOutputPlugin("pgoutput").make();
            assertThat(slot.getSnapshotName()).matches("[0-9A-F]{8}-[0-9A-F]{8}-1");
            writer.awaitMoreCommits(10); // the database has moved on before anyone copies

            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<String>> copies = new ArrayList<>();
                for (int i = 0; i < 6; i++) copies.add(pool.submit(() -> copyUnder(slot.getSnapshotName())));
                String first = copies.get(0).get();
                for (Future<String> copy : copies) assertThat(copy.get()).isEqualTo(first);
                String[] rounds = first.split("\n\\d+ \\d+\n");
                assertThat(rounds[0]).isEqualTo(rounds[1]); // the same rows before and after the writer's commits
                StringWriter now = new StringWriter();
                sql.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY items TO STDOUT", now);
                assertThat(now.toString()).isNotEqualTo(rounds[0] + "\n"); // while the table itself moved on
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** COPY and SELECT under the snapshot, twice with writes in between; both must show the same rows. */
    private String copyUnder(String snapshot) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            s.execute("SET LOCAL statement_timeout = 0");
            s.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            StringBuilder out = new StringBuilder();
            for (int round = 0; round < 2; round++) {
                StringWriter copy = new StringWriter();
                c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY items TO STDOUT", copy);
                out.append(copy);
                try (ResultSet rs = s.executeQuery("SELECT count(*), sum(v) FROM items")) {
                    rs.next();
                    out.append(rs.getLong(1)).append(' ').append(rs.getLong(2)).append('\n');
                }
            }
            s.execute("COMMIT");
            return out.toString();
        }
    }

    @Test
    void copyUnderTheSnapshotThenStreamingFromTheSlotRebuildsTheTableWithNoOverlapAndNoGap() throws Exception {
        TreeMap<Integer, Integer> replica;
        String slotName = "s1";
        try (ContinuousWriter writer = ContinuousWriter.start(connect(), 201)) {
            writer.awaitMoreCommits(5); // writing while the slot is created
            try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
                ReplicationSlotInfo slot = repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot()
                        .logical().withSlotName(slotName).withOutputPlugin("pgoutput").make();
                writer.awaitMoreCommits(10);
                assertThat(walLsnUnder(slot.getSnapshotName())).isEqualTo(slot.getConsistentPoint());
                replica = InitialSync.copy(connect(), slot.getSnapshotName());
            }
            writer.awaitMoreCommits(10);
        }
        TreeMap<Integer, Integer> table = InitialSync.read(sql, "SELECT id, v FROM items");
        assertThat(replica).isNotEqualTo(table); // the copy alone misses what was written after the slot
        long end;
        try (ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            end = org.postgresql.replication.LogSequenceNumber.valueOf(rs.getString(1)).asLong();
        }
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
            int applied = InitialSync.applyStream(repl, slotName, end, replica);
            assertThat(applied).isPositive();
        }
        assertThat(replica).isEqualTo(table);
    }

    @Test
    void theSnapshotEndsWithTheExportersNextCommandButImportersKeepReading() throws Exception {
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"));
             Connection early = connect(); Statement e = early.createStatement()) {
            String name = createSlotWithSnapshot(repl);
            e.execute("BEGIN ISOLATION LEVEL REPEATABLE READ");
            e.execute("SET TRANSACTION SNAPSHOT '" + name + "'");
            try (Statement r = repl.createStatement()) {
                r.execute("IDENTIFY_SYSTEM");
            }
            st.execute("DELETE FROM items");
            assertThat(count(e)).isEqualTo(200); // imported before the exporter moved on: still the old state
            assertImportFails(name, "REPEATABLE READ", "42704", "snapshot \"" + name + "\" does not exist");
            e.execute("COMMIT");
            assertThat(count(e)).isZero();
        }
    }

    @Test
    void theSnapshotEndsWhenTheExporterDisconnects() throws Exception {
        String name;
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
            name = createSlotWithSnapshot(repl);
        }
        assertImportFails(name, "REPEATABLE READ", "42704", "snapshot \"" + name + "\" does not exist");
    }

    @Test
    void importsRefusedAsPostgresRefusesThem() throws Exception {
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
            String name = createSlotWithSnapshot(repl);
            assertImportFails(name, "READ COMMITTED", "0A000",
                    "a snapshot-importing transaction must have isolation level SERIALIZABLE or REPEATABLE READ");
            assertImportFails(name, "SERIALIZABLE READ ONLY", "0A000",
                    "a serializable transaction cannot import a snapshot from a non-serializable transaction");
            assertImportFails("00000003-00000002-1", "REPEATABLE READ", "42704",
                    "snapshot \"00000003-00000002-1\" does not exist");
            assertImportFails("zz", "REPEATABLE READ", "22023", "invalid snapshot identifier: \"zz\"");
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ");
                s.execute("SELECT 1");
                assertFails(s, "SET TRANSACTION SNAPSHOT '" + name + "'", "25001",
                        "SET TRANSACTION SNAPSHOT must be called before any query");
                s.execute("ROLLBACK");
                assertFails(s, "SET TRANSACTION SNAPSHOT '" + name + "'", "0A000",
                        "a snapshot-importing transaction must have isolation level SERIALIZABLE or REPEATABLE READ");
                assertThat(s.getWarnings().getMessage()).isEqualTo("SET TRANSACTION can only be used in transaction blocks");
            }
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ");
                s.execute("SET TRANSACTION SNAPSHOT '" + name + "'");
                assertFails(s, "INSERT INTO items VALUES (999, 1)", "0A000",
                        "cannot execute INSERT in a transaction that imported a snapshot");
                s.execute("ROLLBACK");
            }
            assertThat(count(st)).isEqualTo(200); // still importable after all those failures
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ");
                s.execute("SET TRANSACTION SNAPSHOT '" + name + "'");
                assertThat(count(s)).isEqualTo(200);
            }
        }
    }

    @Test
    void debeziumStyleImportWithAutocommitOffAndMetadataQueriesUnderTheSnapshot() throws Exception {
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres")); Connection c = connect()) {
            String name = createSlotWithSnapshot(repl);
            st.execute("CREATE TABLE later (id integer)");
            st.execute("DELETE FROM items WHERE id > 100");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SET TRANSACTION SNAPSHOT '" + name + "'");
                try (ResultSet tables = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                    List<String> names = new ArrayList<>();
                    while (tables.next()) names.add(tables.getString("TABLE_NAME"));
                    assertThat(names).containsExactly("items"); // "later" was created after the export
                }
                assertThat(count(s)).isEqualTo(200);
            }
            c.rollback();
        }
    }

    /** pg_current_wal_lsn() inside a transaction that imported the snapshot (Debezium streams from it). */
    private org.postgresql.replication.LogSequenceNumber walLsnUnder(String snapshot) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("BEGIN ISOLATION LEVEL REPEATABLE READ");
            s.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            try (ResultSet rs = s.executeQuery("SELECT pg_current_wal_lsn()::text")) {
                rs.next();
                return org.postgresql.replication.LogSequenceNumber.valueOf(rs.getString(1));
            }
        }
    }

    @Test
    void useSnapshotGivesTheReplicationConnectionsOwnBlockTheSlotsSnapshot() throws Exception {
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres")); Statement r = repl.createStatement()) {
            assertFails(r, "CREATE_REPLICATION_SLOT s3 LOGICAL pgoutput (SNAPSHOT 'use')", "XX000",
                    "CREATE_REPLICATION_SLOT ... (SNAPSHOT 'use') must be called inside a transaction");
            r.execute("BEGIN");
            assertFails(r, "CREATE_REPLICATION_SLOT s3 LOGICAL pgoutput", "XX000",
                    "CREATE_REPLICATION_SLOT ... (SNAPSHOT 'export') must not be called inside a transaction");
            r.execute("ROLLBACK");
            r.execute("BEGIN");
            assertFails(r, "CREATE_REPLICATION_SLOT s3 LOGICAL pgoutput (SNAPSHOT 'use')", "XX000",
                    "CREATE_REPLICATION_SLOT ... (SNAPSHOT 'use') must be called in REPEATABLE READ isolation mode transaction");
            r.execute("ROLLBACK");
            r.execute("BEGIN READ ONLY ISOLATION LEVEL REPEATABLE READ");
            try (ResultSet rs = r.executeQuery("CREATE_REPLICATION_SLOT s3 LOGICAL pgoutput (SNAPSHOT 'use')")) {
                rs.next();
                assertThat(rs.getString("snapshot_name")).isNull();
            }
            st.execute("INSERT INTO items VALUES (201, 1)");
            assertThat(count(r)).isEqualTo(200); // the slot's snapshot, not the newer state
            r.execute("COMMIT");
            assertThat(count(r)).isEqualTo(201);
        }
        TreeMap<Integer, Integer> replica = InitialSync.read(sql, "SELECT id, v FROM items WHERE id <= 200");
        long end;
        try (ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            rs.next();
            end = org.postgresql.replication.LogSequenceNumber.valueOf(rs.getString(1)).asLong();
        }
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
            assertThat(InitialSync.applyStream(repl, "s3", end, replica)).isEqualTo(1);
        }
        assertThat(replica).isEqualTo(InitialSync.read(sql, "SELECT id, v FROM items"));
    }

    @Test
    void noexportSnapshotExportsNothing() throws Exception {
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres")); Statement r = repl.createStatement();
             ResultSet rs = r.executeQuery("CREATE_REPLICATION_SLOT s2 LOGICAL pgoutput (SNAPSHOT 'nothing')")) {
            rs.next();
            assertThat(rs.getString("snapshot_name")).isNull();
        }
    }

    private String createSlotWithSnapshot(Connection repl) throws SQLException {
        try (Statement r = repl.createStatement();
             ResultSet rs = r.executeQuery("CREATE_REPLICATION_SLOT s1 LOGICAL pgoutput (SNAPSHOT 'export')")) {
            rs.next();
            return rs.getString("snapshot_name");
        }
    }

    private void assertImportFails(String name, String isolation, String sqlState, String message) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("BEGIN ISOLATION LEVEL " + isolation);
            assertFails(s, "SET TRANSACTION SNAPSHOT '" + name + "'", sqlState, message);
        }
    }

    private static void assertFails(Statement s, String command, String sqlState, String message) {
        assertThatThrownBy(() -> s.execute(command)).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo(sqlState);
            assertThat(e.getMessage()).startsWith("ERROR: " + message);
        });
    }

    private static long count(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM items")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
    }
}
