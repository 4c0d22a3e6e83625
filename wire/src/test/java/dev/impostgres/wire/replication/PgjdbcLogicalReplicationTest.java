package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Relation;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/** pgjdbc's replication API against the server: slot, stream, flushed LSN and resuming after a reconnect. */
class PgjdbcLogicalReplicationTest {
    @TempDir Path dataDir;
    private ImpostgresServer server;

    @BeforeEach
    void start() {
        server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void streamsCommittedTransactionsAndResumesAfterTheFlushedLsn() throws Exception {
        long walLsnAfterWrites;
        try (Connection sql = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             Statement st = sql.createStatement()) {
            st.execute("CREATE TABLE items (id integer PRIMARY KEY, name text)");
            st.execute("CREATE PUBLICATION pub FOR ALL TABLES");
            try (Connection repl = replicationConnection()) {
                repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot().logical()
                        .withSlotName("s1").withOutputPlugin("pgoutput").make();
            }
            sql.setAutoCommit(false);
            st.execute("INSERT INTO items VALUES (1, 'a')");
            st.execute("INSERT INTO items VALUES (2, 'b')");
            st.execute("UPDATE items SET name = 'c' WHERE id = 1");
            st.execute("DELETE FROM items WHERE id = 2");
            sql.commit();
            st.execute("INSERT INTO items VALUES (3, 'd')");
            sql.commit();
            try (var rs = st.executeQuery("SELECT pg_current_wal_lsn()")) {
                rs.next();
                walLsnAfterWrites = LogSequenceNumber.valueOf(rs.getString(1)).asLong();
            }
        }

        long firstEnd;
        try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl)) {
            List<PgOutputMessage> first = readTransaction(stream);
            assertThat(first).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'I', 'U', 'D', 'C');
            Relation relation = (Relation) first.get(1);
            assertThat(relation.name()).isEqualTo("items");
            assertThat(((Insert) first.get(2)).newTuple()).containsExactly(TupleValue.Text.of("1"), TupleValue.Text.of("a"));
            List<PgOutputMessage> second = readTransaction(stream);
            assertThat(second).extracting(PgOutputMessage::tag).containsExactly('B', 'I', 'C');
            assertThat(((Commit) second.get(2)).endLsn()).as("pg_current_wal_lsn() agrees with the stream")
                    .isEqualTo(walLsnAfterWrites);
            firstEnd = ((Commit) first.get(6)).endLsn();
            stream.setFlushedLSN(LogSequenceNumber.valueOf(firstEnd));
            stream.setAppliedLSN(LogSequenceNumber.valueOf(firstEnd));
            stream.forceUpdateStatus();
        }

        try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl)) {
            List<PgOutputMessage> resent = readTransaction(stream);
            assertThat(resent).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
            assertThat(((Insert) resent.get(2)).newTuple()).containsExactly(TupleValue.Text.of("3"), TupleValue.Text.of("d"));
        }
    }

    @Test
    void identifySystemAndSlotErrorsAnswerAsPostgres() throws Exception {
        try (Connection repl = replicationConnection(); Statement st = repl.createStatement()) {
            try (ResultSet rs = st.executeQuery("IDENTIFY_SYSTEM")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("systemid")).matches("\\d+");
                assertThat(rs.getInt("timeline")).isEqualTo(1);
                assertThat(rs.getString("xlogpos")).matches("[0-9A-F]+/[0-9A-F]+");
                assertThat(rs.getString("dbname")).isEqualTo("postgres");
            }
            assertThatThrownBy(() -> st.execute("DROP_REPLICATION_SLOT nope"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42704"));
            st.execute("CREATE_REPLICATION_SLOT t1 TEMPORARY LOGICAL pgoutput");
            assertThatThrownBy(() -> st.execute("CREATE_REPLICATION_SLOT t1 LOGICAL pgoutput"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42710"));
            try (ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
        try (Connection repl = replicationConnection(); Statement st = repl.createStatement()) {
            // the temporary slot went with its connection
            st.execute("CREATE_REPLICATION_SLOT t1 LOGICAL pgoutput");
            st.execute("DROP_REPLICATION_SLOT t1");
        }
    }

    @Test
    void pgReplicationSlotsShowsEachSlotAndWhetherItIsStreaming() throws Exception {
        try (Connection sql = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             Statement st = sql.createStatement()) {
            st.execute("CREATE TABLE items (id int PRIMARY KEY, name text)");
            st.execute("CREATE PUBLICATION pub FOR ALL TABLES");
            try (Connection repl = replicationConnection()) {
                repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot().logical()
                        .withSlotName("s1").withOutputPlugin("pgoutput").make();
            }
            String query = "SELECT slot_name, plugin, slot_type, database, temporary, active, "
                    + "confirmed_flush_lsn = pg_current_wal_lsn() FROM pg_replication_slots";
            try (ResultSet rs = st.executeQuery(query)) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .containsExactly("s1", "pgoutput", "logical", "postgres");
                assertThat(rs.getBoolean(5)).isFalse();
                assertThat(rs.getBoolean(6)).isFalse();
                assertThat(rs.next()).isFalse();
            }
            try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl)) {
                stream.forceUpdateStatus();
                try (ResultSet rs = st.executeQuery("SELECT active, active_pid IS NOT NULL FROM pg_replication_slots")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).isTrue();
                    assertThat(rs.getBoolean(2)).isTrue();
                }
            }
        }
    }

    @Test
    void logicalMessagesStreamTransactionalInsideBeginCommitAndNonTransactionalAlone() throws Exception {
        try (Connection sql = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             Statement st = sql.createStatement()) {
            st.execute("CREATE PUBLICATION pub FOR ALL TABLES");
            try (Connection repl = replicationConnection()) {
                repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot().logical()
                        .withSlotName("s1").withOutputPlugin("pgoutput").make();
            }
            st.execute("SELECT pg_logical_emit_message(true, 'app', 'hello')");
            st.execute("SELECT pg_logical_emit_message(false, 'lag', 'now')");
            sql.setAutoCommit(false);
            assertThatThrownBy(() -> st.execute("SELECT pg_logical_emit_message(false, 'lag', 'in a block')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"));
            sql.rollback();
        }
        try (Connection repl = replicationConnection();
             PGReplicationStream stream = repl.unwrap(PGConnection.class).getReplicationAPI().replicationStream()
                     .logical().withSlotName("s1").withStartPosition(LogSequenceNumber.valueOf(0))
                     .withSlotOption("proto_version", 1).withSlotOption("publication_names", "pub")
                     .withSlotOption("messages", true).start()) {
            PgOutputReader reader = new PgOutputReader();
            List<PgOutputMessage> messages = new ArrayList<>();
            while (messages.size() < 4) {
                ByteBuffer buffer = stream.read();
                byte[] payload = new byte[buffer.remaining()];
                buffer.get(payload);
                messages.add(reader.read(payload));
            }
            assertThat(messages).extracting(PgOutputMessage::tag).containsExactly('B', 'M', 'C', 'M');
            PgOutputMessage.Message hello = (PgOutputMessage.Message) messages.get(1);
            assertThat(hello.transactional()).isTrue();
            assertThat(hello.prefix()).isEqualTo("app");
            assertThat(new String(hello.content(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hello");
            PgOutputMessage.Message lag = (PgOutputMessage.Message) messages.get(3);
            assertThat(lag.transactional()).isFalse();
            assertThat(new String(lag.content(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("now");
        }
    }

    private PGReplicationStream start(Connection repl) throws SQLException {
        return repl.unwrap(PGConnection.class).getReplicationAPI().replicationStream().logical()
                .withSlotName("s1").withStartPosition(LogSequenceNumber.valueOf(0))
                .withSlotOption("proto_version", 1).withSlotOption("publication_names", "pub").start();
    }

    private static List<PgOutputMessage> readTransaction(PGReplicationStream stream) throws SQLException {
        return ReplicationClients.readTransaction(stream, new PgOutputReader());
    }

    private Connection replicationConnection() throws SQLException {
        return ReplicationClients.connect(server.jdbcUrl("postgres"));
    }
}
