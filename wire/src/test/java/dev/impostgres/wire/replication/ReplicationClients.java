package dev.impostgres.wire.replication;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGProperty;
import org.postgresql.replication.PGReplicationStream;

/** pgjdbc as a logical-replication consumer, shared by the replication tests. */
final class ReplicationClients {
    private ReplicationClients() {}

    /** A {@code replication=database} connection as pgjdbc's replication API needs it. */
    static Connection connect(String jdbcUrl) throws SQLException {
        Properties props = new Properties();
        PGProperty.USER.set(props, "postgres");
        PGProperty.PASSWORD.set(props, "");
        PGProperty.ASSUME_MIN_SERVER_VERSION.set(props, "9.4");
        PGProperty.REPLICATION.set(props, "database");
        PGProperty.PREFER_QUERY_MODE.set(props, "simple");
        PGProperty.SOCKET_TIMEOUT.set(props, "60");
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /** Messages up to and including the next Commit, decoded by {@code reader} (which keeps its state). */
    static List<PgOutputMessage> readTransaction(PGReplicationStream stream, PgOutputReader reader)
            throws SQLException {
        List<PgOutputMessage> messages = new ArrayList<>();
        while (true) {
            ByteBuffer buffer = stream.read();
            byte[] payload = new byte[buffer.remaining()];
            buffer.get(payload);
            PgOutputMessage message = reader.read(payload);
            messages.add(message);
            if (message instanceof Commit) return messages;
        }
    }
}
