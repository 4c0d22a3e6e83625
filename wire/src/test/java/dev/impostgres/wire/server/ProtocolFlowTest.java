package dev.impostgres.wire.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol state machine seen from the wire: exact message sequences for the flows clients rely on. */
class ProtocolFlowTest {
    @TempDir
    static Path dataDir;
    static ImpostgresServer server;

    @BeforeAll
    static void start() {
        server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private RawClient connect(String db) throws Exception {
        RawClient c = new RawClient(server.port());
        List<String> startup = c.startup("postgres", db);
        assertThat(startup).first().isEqualTo("R:4");
        assertThat(startup).last().isEqualTo("Z:I");
        return c;
    }

    @Test
    void startupSendsAuthOkParameterStatusKeyDataAndReady() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            List<String> messages = c.startup("postgres", "postgres");
            assertThat(messages).first().isEqualTo("R:4");
            assertThat(messages.stream().filter(m -> m.startsWith("S:")).count()).isGreaterThanOrEqualTo(13);
            assertThat(messages.get(messages.size() - 2)).isEqualTo("K:8");
            assertThat(messages).last().isEqualTo("Z:I");
        }
    }

    @Test
    void aNewerMinorVersionAndUnknownProtocolOptionsAreNegotiatedDown() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            List<String> messages = c.startup((3 << 16) | 2, java.util.Map.of("user", "postgres", "database",
                    "postgres", "_pq_.future_option", "on"));
            assertThat(messages.get(0)).startsWith("v:");
            assertThat(messages.get(1)).isEqualTo("R:4");
            assertThat(messages).last().isEqualTo("Z:I");
        }
    }

    @Test
    void sslRequestIsRefusedWithASingleN() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.raw(new byte[] {0, 0, 0, 8, 0x04, (byte) 0xd2, 0x16, 0x2f});
            assertThat(c.readByte()).isEqualTo((int) 'N');
            assertThat(c.startup("postgres", "postgres")).last().isEqualTo("Z:I");
        }
    }

    @Test
    void emptyQueryGetsEmptyQueryResponse() throws Exception {
        try (RawClient c = connect("postgres")) {
            c.query("  -- nothing\n ");
            assertThat(c.readUntilReady()).containsExactly("I:0", "Z:I");
        }
    }

    @Test
    void frameWithImpossibleLengthIsAFatalProtocolViolationAndOthersAreUnaffected() throws Exception {
        try (RawClient c = connect("postgres")) {
            c.raw(new byte[] {'Q', 0, 0, 0, 2});
            assertThat(c.readUntilReady()).singleElement().asString().startsWith("E:S=FATAL C=08P01");
            assertThat(c.read()).isNull();
        }
        try (RawClient other = connect("postgres")) {
            other.query("SELECT 1");
            assertThat(other.readUntilReady()).contains("D:1", "C:SELECT 1", "Z:I");
        }
    }

    @Test
    void unknownMessageTypeIsAFatalProtocolViolation() throws Exception {
        try (RawClient c = connect("postgres")) {
            c.message('x', new byte[0]);
            assertThat(c.readUntilReady()).singleElement().asString().startsWith("E:S=FATAL C=08P01");
        }
    }

    @Test
    void afterAnErrorTheExtendedProtocolDiscardsUntilSync() throws Exception {
        try (RawClient c = connect("postgres")) {
            c.parse("", "SELEC 1");
            c.bind("", "");
            c.execute("", 0);
            c.sync();
            List<String> messages = c.readUntilReady();
            assertThat(messages).hasSize(2);
            assertThat(messages.get(0)).startsWith("E:S=ERROR C=42601");
            assertThat(messages.get(1)).isEqualTo("Z:I");
            c.query("SELECT 2");
            assertThat(c.readUntilReady()).contains("D:2", "Z:I");
        }
    }

    @Test
    void executeWithARowLimitSuspendsThePortalAndResumes() throws Exception {
        try (RawClient c = connect("portal_db")) {
            c.query("CREATE TABLE n (i int); INSERT INTO n VALUES (1), (2), (3), (4), (5)");
            c.readUntilReady();
            c.parse("", "SELECT i FROM n ORDER BY i");
            c.bind("", "");
            c.execute("", 2);
            c.execute("", 2);
            c.execute("", 2);
            c.sync();
            assertThat(c.readUntilReady()).containsExactly("1:0", "2:0", "D:1", "D:2", "s:0", "D:3", "D:4", "s:0",
                    "D:5", "C:SELECT 1", "Z:I");
        }
    }

    @Test
    void describeStatementReportsParameterTypesAndNoDataForDml() throws Exception {
        try (RawClient c = connect("describe_db")) {
            c.query("CREATE TABLE d (i int)");
            c.readUntilReady();
            c.parse("s1", "INSERT INTO d VALUES ($1::int4)");
            c.describe('S', "s1");
            c.sync();
            assertThat(c.readUntilReady()).containsExactly("1:0", "t:6", "n:0", "Z:I");
        }
    }

    @Test
    void aFailedBlockRejectsEverythingUntilRollback() throws Exception {
        try (RawClient c = connect("postgres")) {
            c.query("BEGIN");
            assertThat(c.readUntilReady()).containsExactly("C:BEGIN", "Z:T");
            c.query("SELECT * FROM no_such_table");
            assertThat(c.readUntilReady()).last().isEqualTo("Z:E");
            c.query("SELECT 1");
            List<String> rejected = c.readUntilReady();
            assertThat(rejected.get(0)).startsWith("E:S=ERROR C=25P02");
            assertThat(rejected).last().isEqualTo("Z:E");
            c.query("COMMIT");
            assertThat(c.readUntilReady()).containsExactly("C:ROLLBACK", "Z:I");
        }
    }

    @Test
    void aMultiStatementQueryIsOneImplicitTransaction() throws Exception {
        try (RawClient c = connect("implicit_db")) {
            c.query("CREATE TABLE u (id int PRIMARY KEY)");
            c.readUntilReady();
            c.query("INSERT INTO u VALUES (1); INSERT INTO u VALUES (1)");
            List<String> failed = c.readUntilReady();
            assertThat(failed).contains("C:INSERT 0 1");
            assertThat(failed.get(failed.size() - 2)).startsWith("E:S=ERROR C=23505");
            assertThat(failed).last().isEqualTo("Z:I");
            c.query("SELECT count(*) FROM u");
            assertThat(c.readUntilReady()).contains("D:0");
        }
    }

    @Test
    void cancelRequestWithAWrongKeyDoesNothing() throws Exception {
        try (RawClient c = connect("postgres"); RawClient canceller = new RawClient(server.port())) {
            ByteBuffer cancel = ByteBuffer.allocate(16).putInt(16).putInt(80877102).putInt(12345).putInt(999);
            canceller.raw(cancel.array());
            assertThat(canceller.read()).isNull();
            c.query("SELECT 3");
            assertThat(c.readUntilReady()).contains("D:3", "Z:I");
        }
    }
}
