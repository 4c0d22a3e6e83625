package dev.impostgres.wire.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** COPY TO STDOUT and FROM STDIN in text and CSV, through pgjdbc's CopyManager (the same messages psql uses). */
class CopyTest {
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

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(db) + "?user=postgres");
    }

    @Test
    void textFormatRoundTripsEscapesNullsAndTypes() throws Exception {
        try (Connection c = connect("copy_text"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone TO 'UTC'");
            s.execute("CREATE TABLE t (id int PRIMARY KEY, name text, n numeric(6,2), ok bool, ts timestamptz)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long in = copy.copyIn("COPY t FROM STDIN", new StringReader(
                    "1\talpha\t1.5\tt\t2024-01-01 10:00:00+02\n2\ttab\\there\\\\back\t\\N\tf\t\\N\n"));
            assertThat(in).isEqualTo(2);
            StringWriter out = new StringWriter();
            long n = copy.copyOut("COPY t TO STDOUT", out);
            assertThat(n).isEqualTo(2);
            assertThat(out.toString()).isEqualTo("1\talpha\t1.50\tt\t2024-01-01 08:00:00+00\n"
                    + "2\ttab\\there\\\\back\t\\N\tf\t\\N\n");
        }
    }

    @Test
    void csvWithHeaderQuotesAndForceQuote() throws Exception {
        try (Connection c = connect("copy_csv"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int PRIMARY KEY, name text)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY t (id, name) FROM STDIN WITH (FORMAT csv, HEADER)",
                    new StringReader("id,name\n3,\"quoted, \"\"x\"\"\"\n4,\n5,\"multi\nline\"\n"));
            StringWriter out = new StringWriter();
            copy.copyOut("COPY (SELECT id, name FROM t ORDER BY id) TO STDOUT WITH CSV HEADER", out);
            assertThat(out.toString()).isEqualTo("id,name\n3,\"quoted, \"\"x\"\"\"\n4,\n5,\"multi\nline\"\n");
            StringWriter forced = new StringWriter();
            copy.copyOut("COPY t (id) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)", forced);
            assertThat(forced.toString()).isEqualTo("\"3\"\n\"4\"\n\"5\"\n");
        }
    }

    @Test
    void aBadRowFailsTheCopyAndInsertsNothing() throws Exception {
        try (Connection c = connect("copy_bad"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int PRIMARY KEY, n int)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            assertThatThrownBy(() -> copy.copyIn("COPY t FROM STDIN", new StringReader("1\t1\n2\tnope\n3\t3\n")))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("22P02"));
            assertThatThrownBy(() -> copy.copyIn("COPY t FROM STDIN", new StringReader("1\t1\t9\n")))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("22P04"));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void serverSideFilesAreRefusedNotRead() throws Exception {
        try (Connection c = connect("copy_file"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int)");
            assertThatThrownBy(() -> s.execute("COPY t FROM '/etc/passwd'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"));
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }
}
