package dev.impostgres.wire.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

/**
 * Binary COPY through pgjdbc's CopyManager. Byte-identity with Postgres is the conformance cases' job
 * (cases/copy); here: the framing, round trips, chunking and failures that leave nothing behind.
 */
class CopyBinaryTest {
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

    private static final String HEADER = "5047434f50590aff0d0a00" + "00000000" + "00000000";

    @Test
    void binaryCopyOutFramesHeaderWithFirstTupleAndTrailerAlone() throws Exception {
        try (Connection c = connect("bin_out"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int, name text)");
            s.execute("INSERT INTO t VALUES (1, 'a'), (2, NULL)");
            CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY t TO STDOUT (FORMAT binary)");
            assertThat(out.getFormat()).isEqualTo(1);
            assertThat(HexFormat.of().formatHex(out.readFromCopy()))
                    .isEqualTo(HEADER + "0002" + "00000004" + "00000001" + "00000001" + "61");
            assertThat(HexFormat.of().formatHex(out.readFromCopy())).isEqualTo("0002" + "00000004" + "00000002" + "ffffffff");
            assertThat(HexFormat.of().formatHex(out.readFromCopy())).isEqualTo("ffff");
            assertThat(out.readFromCopy()).isNull();
            assertThat(out.getHandledRowCount()).isEqualTo(2);
        }
    }

    @Test
    void everyCommonTypeRoundTripsThroughBinaryCopyEvenFedByteByByte() throws Exception {
        try (Connection c = connect("bin_round"); Statement s = c.createStatement()) {
            String columns = "(id int, b bool, i2 int2, i8 int8, f4 float4, f8 float8, n numeric(10,3), tx text,"
                    + " vc varchar(5), bp char(3), by bytea, d date, tm time, ts timestamp, tz timestamptz,"
                    + " iv interval, u uuid, js json, jb jsonb, ai int4[], at text[])";
            s.execute("CREATE TABLE src " + columns);
            s.execute("CREATE TABLE dst " + columns);
            s.execute("INSERT INTO src VALUES (1, true, -2, 9007199254740993, 1.25, 'NaN', -12.345, 'tab\there', 'abc',"
                    + " 'x', '\\x00ff', '2024-02-29', '23:59:59.999999', '1999-12-31 23:59:59', '2000-01-01 00:00:00+00',"
                    + " '-1 mons +2 days 03:00:00', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"b\":1}', '{\"b\": 1, \"a\": 2}',"
                    + " '{1,NULL,3}', '{\"a b\",c}'), (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            byte[] stream = copyOut(copy, "COPY src TO STDOUT (FORMAT binary)");
            CopyIn in = copy.copyIn("COPY dst FROM STDIN (FORMAT binary)");
            for (byte b : stream) in.writeToCopy(new byte[] {b}, 0, 1);
            assertThat(in.endCopy()).isEqualTo(2);
            assertThat(copyOut(copy, "COPY dst TO STDOUT (FORMAT binary)")).isEqualTo(stream);
            assertThat(new String(copyOut(copy, "COPY dst TO STDOUT"))).isEqualTo(new String(copyOut(copy, "COPY src TO STDOUT")));
        }
    }

    @Test
    void badBinaryInputFailsWithBadCopyFileFormatInsertsNothingAndKeepsTheSessionUsable() throws Exception {
        try (Connection c = connect("bin_bad"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a int, b text)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String goodRow = "0002" + "00000004" + "00000001" + "00000001" + "61";
            assertCopyFails(copy, HEADER + goodRow + "0001" + "00000004" + "00000002" + "ffff", "22P04",
                    "row field count is 1, expected 2");
            assertCopyFails(copy, "5047434f50590aff0d0a01" + "0000000000000000ffff", "22P04",
                    "COPY file signature not recognized");
            assertCopyFails(copy, HEADER + goodRow + "0002" + "00000003" + "000001" + "ffffffff" + "ffff", "08P01",
                    "insufficient data left in message");
            assertCopyFails(copy, HEADER + goodRow + "0002" + "00000004", "22P04", "unexpected EOF in COPY data");
            assertCopyFails(copy, HEADER + goodRow + "ffff" + "00", "22P04", "received copy data after EOF marker");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void binaryFormatRefusesTextOnlyOptionsAsPostgresDoes() throws Exception {
        try (Connection c = connect("bin_opts"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a int)");
            assertThatThrownBy(() -> s.execute("COPY t TO STDOUT (FORMAT binary, DELIMITER ',')"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42601"));
            assertThatThrownBy(() -> s.execute("COPY t TO STDOUT (FORMAT binary, HEADER)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"));
        }
    }

    private static void assertCopyFails(CopyManager copy, String hex, String sqlState, String message) {
        assertThatThrownBy(() -> {
            CopyIn in = copy.copyIn("COPY t FROM STDIN (FORMAT binary)");
            byte[] data = HexFormat.of().parseHex(hex);
            in.writeToCopy(data, 0, data.length);
            in.endCopy();
        }).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo(sqlState);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static byte[] copyOut(CopyManager copy, String sql) throws SQLException {
        CopyOut out = copy.copyOut(sql);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk;
        while ((chunk = out.readFromCopy()) != null) all.write(chunk, 0, chunk.length);
        return Arrays.copyOf(all.toByteArray(), all.size());
    }
}
