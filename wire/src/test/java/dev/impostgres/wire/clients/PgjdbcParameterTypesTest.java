package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scalar type of issue #2 through pgjdbc as parameter and result, in each of pgjdbc's transfer modes: unnamed
 * statements with text results, the default threshold crossed into named statements with binary results,
 * {@code prepareThreshold=1}, forced binary from the first execution, and binary transfer switched off.
 */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcParameterTypesTest {

    private static final String COLUMNS = "id, c_int2, c_int4, c_int8, c_float4, c_float8, c_bool, c_text, c_varchar,"
            + " c_bytea, c_uuid, c_date, c_ts, c_tstz, c_numeric";

    /** Executions per statement: more than the default prepareThreshold of 5, so every mode reaches its last stage. */
    private static final int EXECUTIONS = 7;

    record Row(int id, short int2, int int4, long int8, float float4, double float8, boolean bool, String text,
               String varchar, byte[] bytea, UUID uuid, LocalDate date, LocalDateTime ts, OffsetDateTime tstz,
               BigDecimal numeric) {
    }

    private static final Row HIGH = new Row(1, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, 0.1f, 0.1,
            true, "héllo 'quoted' ✓ 𝄞", "varchar value", new byte[] {0, 1, 2, (byte) 0xff, '\\'},
            UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000),
            OffsetDateTime.of(2024, 2, 29, 13, 45, 30, 123_456_000, ZoneOffset.ofHours(2)),
            new BigDecimal("12345678901234567890.123456789"));

    private static final Row LOW = new Row(2, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, -3.25e30f,
            -1.5e-300, false, "", "", new byte[0], UUID.fromString("00000000-0000-0000-0000-000000000000"),
            LocalDate.of(1970, 1, 1), LocalDateTime.of(1999, 12, 31, 23, 59, 59),
            OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(-8)), new BigDecimal("-0.50"));

    static Stream<Arguments> transferModes() {
        return Stream.of(
                Arguments.of("unnamedTextResults", new String[] {"prepareThreshold=0"}),
                Arguments.of("defaultSettings", new String[] {}),
                Arguments.of("prepareThreshold1", new String[] {"prepareThreshold=1"}),
                Arguments.of("forcedBinary", new String[] {"prepareThreshold=-1"}),
                Arguments.of("binaryTransferOff", new String[] {"prepareThreshold=1", "binaryTransfer=false"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transferModes")
    void everyTypeRoundTripsAsParameterAndResult(String mode, String[] options, PgTarget target) throws SQLException {
        String table = "types_" + mode.toLowerCase();
        try (Connection connection = target.connect(options)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + table + " (id int primary key, c_int2 int2, c_int4 int4,"
                        + " c_int8 int8, c_float4 float4, c_float8 float8, c_bool bool, c_text text,"
                        + " c_varchar varchar(40), c_bytea bytea, c_uuid uuid, c_date date, c_ts timestamp,"
                        + " c_tstz timestamptz, c_numeric numeric)");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row row : new Row[] {HIGH, LOW}) {
                    bind(insert, row);
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
                insert.setInt(1, 3);
                for (int i = 2; i <= 15; i++) {
                    insert.setNull(i, Types.NULL);
                }
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }

            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?")) {
                for (int execution = 0; execution < EXECUTIONS; execution++) {
                    for (Row expected : new Row[] {HIGH, LOW}) {
                        select.setInt(1, expected.id());
                        try (ResultSet rs = select.executeQuery()) {
                            assertThat(rs.next()).isTrue();
                            assertRow(rs, expected, mode + " execution " + execution);
                            assertThat(rs.next()).isFalse();
                        }
                    }
                    select.setInt(1, 3);
                    try (ResultSet rs = select.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        for (int i = 2; i <= 15; i++) {
                            assertThat(rs.getObject(i)).as("column %d of the all-null row", i).isNull();
                            assertThat(rs.wasNull()).isTrue();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transferModes")
    void everyTypeWorksAsParameterInWhereClause(String mode, String[] options, PgTarget target) throws SQLException {
        String table = "filter_" + mode.toLowerCase();
        try (Connection connection = target.connect(options)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + table + " (id int primary key, c_int2 int2, c_int4 int4,"
                        + " c_int8 int8, c_float4 float4, c_float8 float8, c_bool bool, c_text text,"
                        + " c_varchar varchar(40), c_bytea bytea, c_uuid uuid, c_date date, c_ts timestamp,"
                        + " c_tstz timestamptz, c_numeric numeric)");
            }
            // With binary transfer off pgjdbc sends setFloat as float8 text, and Postgres compares a float4 column
            // with it in float8: only exactly representable float4 values can be found by equality.
            Row[] rows = {exactFloat4(HIGH, 1.5f), exactFloat4(LOW, -0.25f)};
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    bind(insert, row);
                    insert.executeUpdate();
                }
            }
            String[] columns = COLUMNS.split(", ");
            for (int column = 2; column <= 15; column++) {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM " + table + " WHERE " + columns[column - 1] + " = ?")) {
                    for (int execution = 0; execution < EXECUTIONS; execution++) {
                        for (Row row : rows) {
                            bindOne(select, 1, column, row);
                            try (ResultSet rs = select.executeQuery()) {
                                assertThat(rs.next()).as("%s finds row %d by %s", mode, row.id(), columns[column - 1])
                                        .isTrue();
                                assertThat(rs.getInt(1)).isEqualTo(row.id());
                                assertThat(rs.next()).isFalse();
                            }
                        }
                    }
                }
            }
        }
    }

    /** With text results, the client sees Postgres's own output format for every type. */
    @Test
    void textResultsUsePostgresOutputFormat(PgTarget target) throws SQLException {
        try (Connection connection = target.connect("prepareThreshold=0");
             Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone TO 'UTC'");
            statement.execute("CREATE TABLE text_format (id int primary key, c_int2 int2, c_int4 int4,"
                    + " c_int8 int8, c_float4 float4, c_float8 float8, c_bool bool, c_text text,"
                    + " c_varchar varchar(40), c_bytea bytea, c_uuid uuid, c_date date, c_ts timestamp,"
                    + " c_tstz timestamptz, c_numeric numeric)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO text_format (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, HIGH);
                insert.executeUpdate();
                bind(insert, LOW);
                insert.executeUpdate();
            }
            try (ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + " FROM text_format ORDER BY id")) {
                String[] typeNames = new String[15];
                for (int i = 1; i <= 15; i++) {
                    typeNames[i - 1] = rs.getMetaData().getColumnTypeName(i);
                }
                assertThat(typeNames).as("RowDescription type OIDs").containsExactly("int4", "int2", "int4", "int8",
                        "float4", "float8", "bool", "text", "varchar", "bytea", "uuid", "date", "timestamp",
                        "timestamptz", "numeric");
                assertThat(rs.next()).isTrue();
                assertThat(strings(rs)).containsExactly("1", "32767", "2147483647", "9223372036854775807", "0.1",
                        "0.1", "t", "héllo 'quoted' ✓ 𝄞", "varchar value", "\\x000102ff5c",
                        "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "2024-02-29", "2024-02-29 13:45:30.123456",
                        "2024-02-29 11:45:30.123456+00", "12345678901234567890.123456789");
                assertThat(rs.next()).isTrue();
                assertThat(strings(rs)).containsExactly("2", "-32768", "-2147483648", "-9223372036854775808",
                        "-3.25e+30", "-1.5e-300", "f", "", "", "\\x", "00000000-0000-0000-0000-000000000000",
                        "1970-01-01", "1999-12-31 23:59:59", "2000-01-01 07:59:59+00", "-0.50");
            }
        }
    }

    private static Row exactFloat4(Row row, float float4) {
        return new Row(row.id(), row.int2(), row.int4(), row.int8(), float4, row.float8(), row.bool(), row.text(),
                row.varchar(), row.bytea(), row.uuid(), row.date(), row.ts(), row.tstz(), row.numeric());
    }

    private static String[] strings(ResultSet rs) throws SQLException {
        String[] values = new String[15];
        for (int i = 1; i <= 15; i++) {
            values[i - 1] = rs.getString(i);
        }
        return values;
    }

    private static void bind(PreparedStatement statement, Row row) throws SQLException {
        statement.setInt(1, row.id());
        for (int column = 2; column <= 15; column++) {
            bindOne(statement, column, column, row);
        }
    }

    private static void bindOne(PreparedStatement statement, int index, int column, Row row) throws SQLException {
        switch (column) {
            case 2 -> statement.setShort(index, row.int2());
            case 3 -> statement.setInt(index, row.int4());
            case 4 -> statement.setLong(index, row.int8());
            case 5 -> statement.setFloat(index, row.float4());
            case 6 -> statement.setDouble(index, row.float8());
            case 7 -> statement.setBoolean(index, row.bool());
            case 8 -> statement.setString(index, row.text());
            case 9 -> statement.setString(index, row.varchar());
            case 10 -> statement.setBytes(index, row.bytea());
            case 11 -> statement.setObject(index, row.uuid());
            case 12 -> statement.setObject(index, row.date());
            case 13 -> statement.setObject(index, row.ts());
            case 14 -> statement.setObject(index, row.tstz());
            case 15 -> statement.setBigDecimal(index, row.numeric());
            default -> throw new IllegalArgumentException("column " + column);
        }
    }

    private static void assertRow(ResultSet rs, Row expected, String where) throws SQLException {
        String row = where + " row " + expected.id() + " ";
        assertThat(rs.getInt(1)).as(row + "id").isEqualTo(expected.id());
        assertThat(rs.getShort(2)).as(row + "int2").isEqualTo(expected.int2());
        assertThat(rs.getInt(3)).as(row + "int4").isEqualTo(expected.int4());
        assertThat(rs.getLong(4)).as(row + "int8").isEqualTo(expected.int8());
        assertThat(rs.getFloat(5)).as(row + "float4").isEqualTo(expected.float4());
        assertThat(rs.getDouble(6)).as(row + "float8").isEqualTo(expected.float8());
        assertThat(rs.getBoolean(7)).as(row + "bool").isEqualTo(expected.bool());
        assertThat(rs.getString(8)).as(row + "text").isEqualTo(expected.text());
        assertThat(rs.getString(9)).as(row + "varchar").isEqualTo(expected.varchar());
        assertThat(rs.getBytes(10)).as(row + "bytea").isEqualTo(expected.bytea());
        assertThat(rs.getObject(11, UUID.class)).as(row + "uuid").isEqualTo(expected.uuid());
        assertThat(rs.getObject(12, LocalDate.class)).as(row + "date").isEqualTo(expected.date());
        assertThat(rs.getObject(13, LocalDateTime.class)).as(row + "timestamp").isEqualTo(expected.ts());
        OffsetDateTime tstz = rs.getObject(14, OffsetDateTime.class);
        assertThat(tstz.toInstant()).as(row + "timestamptz").isEqualTo(expected.tstz().toInstant());
        assertThat(rs.getBigDecimal(15)).as(row + "numeric keeps its scale").isEqualTo(expected.numeric());
    }
}
