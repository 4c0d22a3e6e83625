package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Begin;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
import org.postgresql.util.PSQLException;

/** The SQL side of replication slots, and pg_terminate_backend taking a walsender's slot over. */
class SqlSlotFunctionsTest {
    private static final String OPTIONS = "'proto_version', '1', 'publication_names', 'pub'";

    @TempDir Path dataDir;
    private ImpostgresServer server;
    private Connection sql;
    private Statement st;

    @BeforeEach
    void start() throws SQLException {
        server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
        sql = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
        st = sql.createStatement();
        st.execute("CREATE TABLE items (id integer PRIMARY KEY, name text)");
        st.execute("CREATE PUBLICATION pub FOR TABLE items");
    }

    @AfterEach
    void stop() throws SQLException {
        sql.close();
        server.close();
    }

    @Test
    void createReturnsSlotNameAndLsnAndTheSlotIsListedInactive() throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT * FROM pg_create_logical_replication_slot('s1', 'pgoutput')")) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnName(1)).isEqualTo("slot_name");
            assertThat(md.getColumnTypeName(1)).isEqualTo("name");
            assertThat(md.getColumnName(2)).isEqualTo("lsn");
            assertThat(md.getColumnTypeName(2)).isEqualTo("pg_lsn");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("s1");
            assertThat(rs.getString(2)).isEqualTo(scalar("SELECT pg_current_wal_lsn()::text"));
        }
        assertThat(scalar("SELECT pg_create_logical_replication_slot('s2', 'pgoutput')")).matches("\\(s2,[0-9A-F]+/[0-9A-F]+\\)");
        assertThat(scalar("SELECT active FROM pg_replication_slots WHERE slot_name = 's1'"))
                .isEqualTo("f");
        assertThatThrownBy(() -> st.execute("SELECT pg_create_logical_replication_slot('s1', 'pgoutput')"))
                .hasMessageContaining("replication slot \"s1\" already exists")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42710"));
    }

    @Test
    void dropRemovesTheSlotAndAMissingSlotIs42704() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('gone', 'pgoutput')");
        st.execute("SELECT pg_drop_replication_slot('gone')");
        assertThat(scalar("SELECT count(*) FROM pg_replication_slots")).isEqualTo("0");
        assertThatThrownBy(() -> st.execute("SELECT pg_drop_replication_slot('gone')"))
                .hasMessageContaining("replication slot \"gone\" does not exist")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42704"));
    }

    @Test
    void peekReturnsPgoutputRowsAndGetConsumesThem() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        st.execute("INSERT INTO items VALUES (1, 'a')");
        st.execute("INSERT INTO items VALUES (2, 'b')");

        List<PgOutputMessage> peeked = changes("pg_logical_slot_peek_binary_changes('s', NULL, NULL, " + OPTIONS + ")");
        assertThat(peeked).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C', 'B', 'I', 'C');
        assertThat(((Insert) peeked.get(2)).newTuple()).containsExactly(TupleValue.Text.of("1"), TupleValue.Text.of("a"));
        // peek leaves the slot where it was; each call is a new decoding session, so the Relation comes again
        assertThat(changes("pg_logical_slot_peek_binary_changes('s', NULL, NULL, " + OPTIONS + ")"))
                .extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C', 'B', 'I', 'C');

        // upto_nchanges stops after the transaction that reached it; get confirms what it returned
        List<PgOutputMessage> first = changes("pg_logical_slot_get_binary_changes('s', NULL, 1, " + OPTIONS + ")");
        assertThat(first).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
        assertThat(scalar("SELECT confirmed_flush_lsn::text FROM pg_replication_slots WHERE slot_name = 's'"))
                .isEqualTo(org.postgresql.replication.LogSequenceNumber.valueOf(((Commit) first.get(3)).endLsn()).asString());
        List<PgOutputMessage> rest = changes("pg_logical_slot_get_binary_changes('s', NULL, NULL, " + OPTIONS + ")");
        assertThat(rest).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
        assertThat(((Insert) rest.get(2)).newTuple()).containsExactly(TupleValue.Text.of("2"), TupleValue.Text.of("b"));
        assertThat(changes("pg_logical_slot_get_binary_changes('s', NULL, NULL, " + OPTIONS + ")")).isEmpty();
        assertThat(scalar("SELECT confirmed_flush_lsn = pg_current_wal_lsn() FROM pg_replication_slots")).isEqualTo("t");
    }

    @Test
    void rowsCarryTheLsnsAndXidPostgresReports() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        st.execute("INSERT INTO items VALUES (1, 'a')");
        List<String[]> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT lsn, xid, data FROM pg_logical_slot_peek_binary_changes('s', NULL, "
                + "NULL, " + OPTIONS + ")")) {
            assertThat(rs.getMetaData().getColumnTypeName(1)).isEqualTo("pg_lsn");
            assertThat(rs.getMetaData().getColumnTypeName(2)).isEqualTo("xid");
            assertThat(rs.getMetaData().getColumnTypeName(3)).isEqualTo("bytea");
            while (rs.next()) rows.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        assertThat(rows).hasSize(4);
        // Begin, Relation and Insert at the transaction's first record; Commit at the end of the commit record
        assertThat(rows.get(1)[0]).isEqualTo(rows.get(2)[0]);
        assertThat(rows.get(3)[0]).isEqualTo(scalar("SELECT pg_current_wal_lsn()::text"));
        assertThat(rows).extracting(r -> r[1]).containsOnly(rows.get(0)[1]);
        assertThat(Long.parseLong(rows.get(0)[1])).isPositive();
    }

    @Test
    void decodingOptionsAreCheckedAsPgoutputChecksThem() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        assertThatThrownBy(() -> st.executeQuery("SELECT * FROM pg_logical_slot_peek_binary_changes('s', NULL, NULL, "
                + "'proto_version', '1')"))
                .hasMessageContaining("option \"publication_names\" missing");
        assertThatThrownBy(() -> st.executeQuery("SELECT * FROM pg_logical_slot_peek_binary_changes('nope', NULL, NULL, "
                + OPTIONS + ")"))
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42704"));
    }

    @Test
    void theTextVariantsRefusePgoutputAfterItsOptionsWereCheckedAndLeaveTheSlot() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        st.execute("INSERT INTO items VALUES (1, 'a')");
        assertThatThrownBy(() -> st.executeQuery("SELECT * FROM pg_logical_slot_get_changes('s', NULL, NULL, " + OPTIONS + ")"))
                .hasMessageContaining("logical decoding output plugin \"pgoutput\" produces binary output, but function "
                        + "\"pg_logical_slot_get_changes(name,pg_lsn,integer,text[])\" expects textual data")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> st.executeQuery("SELECT * FROM pg_logical_slot_peek_changes('s', NULL, NULL, 'proto_version', '1')"))
                .hasMessageContaining("option \"publication_names\" missing");
        assertThat(changes("pg_logical_slot_peek_binary_changes('s', NULL, NULL, " + OPTIONS + ")")).hasSize(4);
    }

    @Test
    void aNegativeChangeLimitReturnsNothing() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        st.execute("INSERT INTO items VALUES (1, 'a')");
        assertThat(changes("pg_logical_slot_get_binary_changes('s', NULL, -1, " + OPTIONS + ")")).isEmpty();
        assertThat(changes("pg_logical_slot_peek_binary_changes('s', NULL, NULL, " + OPTIONS + ")")).hasSize(4);
    }

    @Test
    void advanceMovesTheConfirmedPositionWithoutDecoding() throws SQLException {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        st.execute("INSERT INTO items VALUES (1, 'a')");
        String current = scalar("SELECT pg_current_wal_lsn()::text");
        try (ResultSet rs = st.executeQuery("SELECT * FROM pg_replication_slot_advance('s', pg_current_wal_lsn())")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("slot_name")).isEqualTo("s");
            assertThat(rs.getString("end_lsn")).isEqualTo(current);
        }
        assertThat(changes("pg_logical_slot_peek_binary_changes('s', NULL, NULL, " + OPTIONS + ")")).isEmpty();
    }

    @Test
    void terminatingAWalsenderEndsItWith57P01AndFreesTheSlotForATakeover() throws Exception {
        st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        st.execute("INSERT INTO items VALUES (1, 'a')");
        Connection first = ReplicationClients.connect(server.jdbcUrl("postgres"));
        PGReplicationStream stream = start(first);
        List<PgOutputMessage> tx = ReplicationClients.readTransaction(stream, new PgOutputReader());
        assertThat(tx.get(0)).isInstanceOf(Begin.class);
        int walsenderPid = Integer.parseInt(scalar("SELECT active_pid FROM pg_replication_slots WHERE slot_name = 's'"));
        assertThat(walsenderPid).isPositive();

        assertThatThrownBy(() -> st.execute("SELECT pg_drop_replication_slot('s')"))
                .hasMessageContaining("replication slot \"s\" is active for PID " + walsenderPid)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("55006"));
        assertThat(scalar("SELECT pg_terminate_backend(" + walsenderPid + ")")).isEqualTo("t");
        // pgjdbc reports the end of the copy as 08006 (the FATAL 57P01 before it: TerminateBackendTest, on the wire)
        assertThatThrownBy(() -> {
            while (true) stream.read();
        }).isInstanceOf(PSQLException.class);
        first.close();
        assertThat(scalar("SELECT active FROM pg_replication_slots WHERE slot_name = 's'")).isEqualTo("f");

        try (Connection second = ReplicationClients.connect(server.jdbcUrl("postgres"));
             PGReplicationStream takeover = start(second)) {
            List<PgOutputMessage> again = ReplicationClients.readTransaction(takeover, new PgOutputReader());
            assertThat(((Insert) again.get(2)).newTuple().get(0)).isEqualTo(TupleValue.Text.of("1"));
        }
        assertThat(scalar("SELECT pg_terminate_backend(999999)")).isEqualTo("f");
    }

    @Test
    void terminatingAnOrdinaryBackendClosesItsConnection() throws SQLException {
        try (Connection other = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "")) {
            int pid = other.unwrap(PGConnection.class).getBackendPID();
            assertThat(scalar("SELECT pg_terminate_backend(" + pid + ")")).isEqualTo("t");
            assertThatThrownBy(() -> other.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
        }
    }

    private PGReplicationStream start(Connection replication) throws SQLException {
        return replication.unwrap(PGConnection.class).getReplicationAPI().replicationStream().logical()
                .withSlotName("s").withStartPosition(LogSequenceNumber.valueOf(0L))
                .withSlotOption("proto_version", "1").withSlotOption("publication_names", "pub").start();
    }

    private List<PgOutputMessage> changes(String call) throws SQLException {
        PgOutputReader reader = new PgOutputReader();
        List<PgOutputMessage> messages = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT data FROM " + call)) {
            while (rs.next()) messages.add(reader.read(rs.getBytes(1)));
        }
        return messages;
    }

    private String scalar(String query) throws SQLException {
        try (ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
