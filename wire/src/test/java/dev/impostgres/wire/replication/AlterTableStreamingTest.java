package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Relation;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

/** After ALTER TABLE, the walsender describes the table's new shape in a fresh Relation message (zero-cache needs it). */
class AlterTableStreamingTest {
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
    void addColumnSendsARelationWithTheNewColumnBeforeTheNextChange() throws Exception {
        st.execute("CREATE TABLE items (id integer PRIMARY KEY, name text, gone text)");
        st.execute("CREATE PUBLICATION p FOR ALL TABLES");
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"))) {
            repl.unwrap(PGConnection.class).getReplicationAPI().createReplicationSlot().logical()
                    .withSlotName("s1").withOutputPlugin("pgoutput").make();
        }
        st.execute("INSERT INTO items VALUES (1, 'a', 'x')");
        PgOutputReader reader = new PgOutputReader();
        try (Connection repl = ReplicationClients.connect(server.jdbcUrl("postgres"));
             PGReplicationStream stream = repl.unwrap(PGConnection.class).getReplicationAPI().replicationStream()
                     .logical().withSlotName("s1").withStartPosition(LogSequenceNumber.valueOf(0))
                     .withSlotOption("proto_version", 1).withSlotOption("publication_names", "p").start()) {
            List<PgOutputMessage> first = ReplicationClients.readTransaction(stream, reader);
            Relation before = (Relation) first.get(1);
            assertThat(before.columns()).extracting(PgOutputMessage.Column::name).containsExactly("id", "name", "gone");

            st.execute("ALTER TABLE items ADD COLUMN qty bigint NOT NULL DEFAULT 3");
            st.execute("ALTER TABLE items DROP COLUMN gone");
            st.execute("ALTER TABLE items RENAME COLUMN name TO title");
            st.execute("INSERT INTO items (id, title) VALUES (2, 'b')");

            List<PgOutputMessage> second = ReplicationClients.readTransaction(stream, reader);
            assertThat(second).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
            Relation after = (Relation) second.get(1);
            assertThat(after.relationOid()).isEqualTo(before.relationOid());
            assertThat(after.columns()).extracting(PgOutputMessage.Column::name).containsExactly("id", "title", "qty");
            assertThat(after.columns()).extracting(PgOutputMessage.Column::typeOid).containsExactly(23, 25, 20);
            assertThat(((Insert) second.get(2)).newTuple())
                    .containsExactly(TupleValue.Text.of("2"), TupleValue.Text.of("b"), TupleValue.Text.of("3"));
        }
    }
}
