package dev.impostgres.wire.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pg_terminate_backend as the terminated client sees it on the wire: FATAL 57P01, then the end of the stream. */
class TerminateBackendTest {
    @TempDir Path dataDir;
    private ImpostgresServer server;
    private Connection sql;

    @BeforeEach
    void start() throws Exception {
        server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
        sql = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
    }

    @AfterEach
    void stop() throws Exception {
        sql.close();
        server.close();
    }

    @Test
    void aStreamingWalsenderGetsFatal57P01AndItsConnectionCloses() throws Exception {
        try (Statement st = sql.createStatement()) {
            st.execute("CREATE TABLE t (id int PRIMARY KEY)");
            st.execute("CREATE PUBLICATION pub FOR ALL TABLES");
            st.execute("SELECT pg_create_logical_replication_slot('s', 'pgoutput')");
        }
        try (RawClient walsender = new RawClient(server.port())) {
            walsender.startup(196608, Map.of("user", "postgres", "database", "postgres", "replication", "database"));
            walsender.query("START_REPLICATION SLOT s LOGICAL 0/0 (proto_version '1', publication_names 'pub')");
            assertThat(walsender.read()).startsWith("W:"); // CopyBothResponse
            String pid;
            try (Statement st = sql.createStatement();
                 ResultSet rs = st.executeQuery("SELECT active_pid FROM pg_replication_slots")) {
                rs.next();
                pid = rs.getString(1);
            }
            try (Statement st = sql.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            List<String> rest = new ArrayList<>();
            for (String m = walsender.read(); m != null; m = walsender.read()) {
                if (!m.startsWith("d:")) rest.add(m); // keepalives before the end
            }
            assertThat(rest).containsExactly("E:S=FATAL C=57P01 M=terminating connection due to administrator command");
        }
    }

    @Test
    void anIdleBackendGetsFatal57P01() throws Exception {
        try (RawClient other = new RawClient(server.port())) {
            other.startup("postgres", "postgres");
            other.query("SELECT pg_backend_pid()");
            int backendPid = Integer.parseInt(other.readUntilReady().stream().filter(m -> m.startsWith("D:"))
                    .findFirst().orElseThrow().substring(2));
            try (Statement st = sql.createStatement()) {
                st.execute("SELECT pg_terminate_backend(" + backendPid + ")");
            }
            assertThat(other.read()).isEqualTo("E:S=FATAL C=57P01 M=terminating connection due to administrator command");
            assertThat(other.read()).isNull();
        }
    }
}
