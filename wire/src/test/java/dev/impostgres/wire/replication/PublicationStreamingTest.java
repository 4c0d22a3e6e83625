package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Delete;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Relation;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Update;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/** Publications decide what the walsender streams; replica identity decides the old tuples it sends. */
class PublicationStreamingTest {
    @TempDir Path dataDir;
    private ImpostgresServer server;
    private Connection sql;
    private Statement st;

    @BeforeEach
    void start() throws SQLException {
        server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
        sql = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
        st = sql.createStatement();
    }

    @AfterEach
    void stop() throws SQLException {
        sql.close();
        server.close();
    }

    @Test
    void tablesOutsideThePublicationAndUnpublishedOperationsStreamNothing() throws Exception {
        st.execute("CREATE TABLE items (id integer PRIMARY KEY, name text)");
        st.execute("CREATE TABLE other (id integer PRIMARY KEY)");
        st.execute("CREATE PUBLICATION ins FOR TABLE items WITH (publish = 'insert')");
        createSlot();
        st.execute("INSERT INTO other VALUES (1)");
        st.execute("UPDATE items SET name = 'x'");
        sql.setAutoCommit(false);
        st.execute("INSERT INTO items VALUES (1, 'a')");
        st.execute("UPDATE items SET name = 'b' WHERE id = 1");
        st.execute("INSERT INTO other VALUES (2)");
        sql.commit();
        st.execute("DELETE FROM items");
        st.execute("INSERT INTO items VALUES (2, 'c')");
        sql.commit();

        try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl, "ins")) {
            List<PgOutputMessage> first = readTransaction(stream);
            assertThat(first).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
            assertThat(((Relation) first.get(1)).name()).isEqualTo("items");
            List<PgOutputMessage> second = readTransaction(stream);
            assertThat(second).extracting(PgOutputMessage::tag).containsExactly('B', 'I', 'C');
            assertThat(((Insert) second.get(1)).newTuple()).containsExactly(TupleValue.Text.of("2"), TupleValue.Text.of("c"));
        }
    }

    @Test
    void replicaIdentityFullSendsWholeOldRowsAndNothingFlagsNoKey() throws Exception {
        st.execute("CREATE TABLE audit (id integer PRIMARY KEY, note text)");
        st.execute("CREATE TABLE bare (id integer PRIMARY KEY, note text)");
        st.execute("ALTER TABLE audit REPLICA IDENTITY FULL");
        st.execute("ALTER TABLE bare REPLICA IDENTITY NOTHING");
        st.execute("CREATE PUBLICATION p FOR TABLES IN SCHEMA public");
        createSlot();
        st.execute("INSERT INTO audit VALUES (1, 'a')");
        st.execute("UPDATE audit SET note = 'b'");
        st.execute("DELETE FROM audit");
        st.execute("INSERT INTO bare VALUES (1, 'a')");
        st.execute("INSERT INTO audit VALUES (2, 'z')");

        try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl, "p")) {
            List<PgOutputMessage> insert = readTransaction(stream);
            Relation relation = (Relation) insert.get(1);
            assertThat(relation.replicaIdentity()).isEqualTo('f');
            assertThat(relation.columns()).extracting(PgOutputMessage.Column::flags).containsExactly(1, 1);
            Update update = (Update) readTransaction(stream).get(1);
            assertThat(update.oldKind()).isEqualTo('O');
            assertThat(update.oldTuple()).containsExactly(TupleValue.Text.of("1"), TupleValue.Text.of("a"));
            Delete delete = (Delete) readTransaction(stream).get(1);
            assertThat(delete.oldKind()).isEqualTo('O');
            assertThat(delete.oldTuple()).containsExactly(TupleValue.Text.of("1"), TupleValue.Text.of("b"));
            List<PgOutputMessage> bareInsert = readTransaction(stream);
            assertThat(((Relation) bareInsert.get(1)).replicaIdentity()).isEqualTo('n');
            assertThat(((Relation) bareInsert.get(1)).columns()).extracting(PgOutputMessage.Column::flags).containsExactly(0, 0);
            List<PgOutputMessage> next = readTransaction(stream);
            assertThat(next).extracting(PgOutputMessage::tag).containsExactly('B', 'I', 'C');
            assertThat(((Insert) next.get(1)).relationOid()).isEqualTo(relation.relationOid());
        }
    }

    @Test
    void truncateIsOneMessageAfterTheRelationSentAgain() throws Exception {
        st.execute("CREATE TABLE items (id integer PRIMARY KEY)");
        st.execute("CREATE PUBLICATION p FOR ALL TABLES WITH (publish = 'insert, truncate')");
        createSlot();
        st.execute("INSERT INTO items VALUES (1), (2)");
        st.execute("TRUNCATE items RESTART IDENTITY");
        try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl, "p")) {
            assertThat(readTransaction(stream)).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'I', 'C');
            List<PgOutputMessage> truncate = readTransaction(stream);
            assertThat(truncate).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'T', 'C');
            assertThat(((PgOutputMessage.Truncate) truncate.get(2)).options()).isEqualTo(2);
        }
    }

    @Test
    void writesThatWouldPublishWithoutAReplicaIdentityFailAsInPostgres() throws Exception {
        st.execute("CREATE TABLE nk (a integer, b text)");
        st.execute("CREATE TABLE keyed (a integer PRIMARY KEY)");
        st.execute("CREATE PUBLICATION p FOR TABLE nk, keyed WITH (publish = 'insert, delete')");
        st.execute("INSERT INTO nk VALUES (1, 'x')");
        assertThat(st.executeUpdate("UPDATE nk SET b = 'y'")).isEqualTo(1);
        assertState(() -> st.execute("DELETE FROM nk WHERE false"), "55000",
                "cannot delete from table \"nk\" because it does not have a replica identity and publishes deletes");
        st.execute("DELETE FROM keyed");
        st.execute("ALTER PUBLICATION p SET (publish = 'update')");
        assertState(() -> st.execute("UPDATE ONLY public.nk SET b = 'z'"), "55000",
                "cannot update table \"nk\" because it does not have a replica identity and publishes updates");
        st.execute("ALTER TABLE nk REPLICA IDENTITY FULL");
        assertThat(st.executeUpdate("UPDATE nk SET b = 'z'")).isEqualTo(1);
    }

    @Test
    void anUnknownPublicationFailsAtTheFirstChange() throws Exception {
        st.execute("CREATE TABLE items (id integer PRIMARY KEY)");
        createSlot();
        st.execute("INSERT INTO items VALUES (1)");
        try (Connection repl = replicationConnection()) {
            PGReplicationStream stream = start(repl, "nope");
            assertThatThrownBy(stream::read).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("42704");
                assertThat(e.getMessage()).contains("publication \"nope\" does not exist");
            });
        }
    }

    @Test
    void publicationDdlAnswersAsPostgres() throws Exception {
        st.execute("CREATE TABLE t (id integer PRIMARY KEY, v text NOT NULL UNIQUE)");
        st.execute("CREATE PUBLICATION p FOR TABLE t");
        assertState(() -> st.execute("CREATE PUBLICATION p"), "42710", "publication \"p\" already exists");
        assertState(() -> st.execute("CREATE PUBLICATION q FOR TABLE nope"), "42P01", "relation \"nope\" does not exist");
        assertState(() -> st.execute("ALTER PUBLICATION p ADD TABLE t"), "42710",
                "relation \"t\" is already member of publication \"p\"");
        assertState(() -> st.execute("ALTER PUBLICATION nope SET (publish = 'insert')"), "42704",
                "publication \"nope\" does not exist");
        assertState(() -> st.execute("CREATE PUBLICATION q WITH (publish = 'insert, upsert')"), "42601",
                "unrecognized value for publication option \"publish\": \"upsert\"");
        st.execute("ALTER PUBLICATION p DROP TABLE t");
        assertState(() -> st.execute("ALTER PUBLICATION p DROP TABLE t"), "42704", "relation \"t\" is not part of the publication");
        st.execute("ALTER PUBLICATION p RENAME TO p2");
        st.execute("DROP PUBLICATION IF EXISTS p, p2");
        SQLWarning warning = st.getWarnings();
        assertThat((Object) warning).isNotNull();
        assertThat(warning.getMessage()).contains("publication \"p\" does not exist, skipping");
        assertState(() -> st.execute("DROP PUBLICATION p2"), "42704", "publication \"p2\" does not exist");
        st.execute("ALTER TABLE t REPLICA IDENTITY USING INDEX t_v_key");
        assertState(() -> st.execute("ALTER TABLE t REPLICA IDENTITY USING INDEX nope"), "42704",
                "index \"nope\" for table \"t\" does not exist");
        try (var rs = st.executeQuery("SELECT relreplident FROM _pg_class WHERE relname = 't'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("i");
        }
        st.execute("CREATE PUBLICATION q FOR TABLE t");
        st.execute("DROP TABLE t");
        try (var rs = st.executeQuery("SELECT count(*) FROM _pg_publication_rel")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero(); // the membership went with the table, as pg_publication_rel's
        }
    }

    @Test
    void replicaIdentityUsingIndexMakesItsColumnsTheKey() throws Exception {
        st.execute("CREATE TABLE t (id integer PRIMARY KEY, v text NOT NULL UNIQUE, n integer)");
        st.execute("ALTER TABLE t REPLICA IDENTITY USING INDEX t_v_key");
        st.execute("CREATE PUBLICATION p FOR ALL TABLES");
        createSlot();
        st.execute("INSERT INTO t VALUES (1, 'a', 0)");
        st.execute("DELETE FROM t");
        try (Connection repl = replicationConnection(); PGReplicationStream stream = start(repl, "p")) {
            Relation relation = (Relation) readTransaction(stream).get(1);
            assertThat(relation.replicaIdentity()).isEqualTo('i');
            assertThat(relation.columns()).extracting(PgOutputMessage.Column::flags).containsExactly(0, 1, 0);
            Delete delete = (Delete) readTransaction(stream).get(1);
            assertThat(delete.oldKind()).isEqualTo('K');
            assertThat(delete.oldTuple()).containsExactly(TupleValue.NULL, TupleValue.Text.of("a"), TupleValue.NULL);
        }
    }

    private interface Call {
        void run() throws SQLException;
    }

    private static void assertState(Call call, String state, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo(state);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private void createSlot() throws SQLException {
        try (Connection repl = replicationConnection()) {
            repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot().logical()
                    .withSlotName("s1").withOutputPlugin("pgoutput").make();
        }
    }

    private PGReplicationStream start(Connection repl, String publication) throws SQLException {
        return repl.unwrap(PGConnection.class).getReplicationAPI().replicationStream().logical()
                .withSlotName("s1").withStartPosition(LogSequenceNumber.valueOf(0))
                .withSlotOption("proto_version", 1).withSlotOption("publication_names", publication).start();
    }

    private static List<PgOutputMessage> readTransaction(PGReplicationStream stream) throws SQLException {
        return ReplicationClients.readTransaction(stream, new PgOutputReader());
    }

    private Connection replicationConnection() throws SQLException {
        return ReplicationClients.connect(server.jdbcUrl("postgres"));
    }
}
