package dev.impostgres.wire.clients;

import static dev.impostgres.wire.clients.PgjdbcCrudAndTransactionsTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGStatement;

/**
 * The extended-protocol paths pgjdbc takes: suspended portals (fetch size), pipelined batches in one implicit
 * transaction, server-side prepared statements after the prepare threshold, and Describe of parameters and columns.
 */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcExtendedProtocolTest {

    private static final int ROWS = 95;

    @BeforeAll
    static void fillTable(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE items (id int primary key, label text, weight float8)");
                statement.execute("CREATE TABLE batch (id int primary key, label text)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO items (id, label, weight) VALUES (?, ?, ?)")) {
                for (int id = 1; id <= ROWS; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "item " + id);
                    insert.setDouble(3, id / 4.0);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertThat(counts).hasSize(ROWS).containsOnly(1);
            }
        }
    }

    @Test
    void fetchSizeReadsEveryRowThroughSuspendedPortals(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, label FROM items WHERE id >= ? ORDER BY id")) {
                select.setFetchSize(10);
                select.setInt(1, 1);
                List<Integer> ids = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                        assertThat(rs.getString(2)).isEqualTo("item " + rs.getInt(1));
                    }
                }
                assertThat(ids).hasSize(ROWS).isSorted().startsWith(1).endsWith(ROWS);
            }
            connection.commit();
        }
    }

    @Test
    void twoSuspendedPortalsInterleaveOnOneConnection(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            try (Statement ascending = connection.createStatement();
                 Statement descending = connection.createStatement()) {
                ascending.setFetchSize(7);
                descending.setFetchSize(3);
                try (ResultSet up = ascending.executeQuery("SELECT id FROM items ORDER BY id");
                     ResultSet down = descending.executeQuery("SELECT id FROM items ORDER BY id DESC")) {
                    for (int i = 1; i <= ROWS; i++) {
                        assertThat(up.next()).isTrue();
                        assertThat(down.next()).isTrue();
                        assertThat(up.getInt(1)).isEqualTo(i);
                        assertThat(down.getInt(1)).isEqualTo(ROWS + 1 - i);
                    }
                    assertThat(up.next()).isFalse();
                    assertThat(down.next()).isFalse();
                }
            }
            connection.commit();
        }
    }

    @Test
    void batchWithAFailingRowRollsBackTheWholeImplicitTransaction(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO batch (id, label) VALUES (?, ?)")) {
            for (int id : new int[] {1, 2, 1, 3}) {
                insert.setInt(1, id);
                insert.setString(2, "row " + id);
                insert.addBatch();
            }
            BatchUpdateException error = catchThrowableOfType(BatchUpdateException.class, insert::executeBatch);
            assertThat((Object) error).isNotNull();
            assertThat(error.getSQLState()).isEqualTo("23505");
            assertThat(rows(connection.createStatement().executeQuery("SELECT count(*) FROM batch WHERE id < 100")))
                    .as("the batch ran in one implicit transaction").containsExactly("0");

            insert.clearBatch();
            for (int id = 1; id <= 3; id++) {
                insert.setInt(1, id);
                insert.setString(2, "row " + id);
                insert.addBatch();
            }
            assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
            assertThat(rows(connection.createStatement().executeQuery("SELECT id, label FROM batch WHERE id < 100 ORDER BY id")))
                    .containsExactly("1|row 1", "2|row 2", "3|row 3");
        }
    }

    @Test
    void rewrittenBatchInsertStoresEveryRow(PgTarget target) throws SQLException {
        try (Connection connection = target.connect("reWriteBatchedInserts=true")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO batch (id, label) VALUES (?, ?)")) {
                for (int id = 100; id < 150; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "rewritten " + id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
            assertThat(rows(connection.createStatement().executeQuery(
                    "SELECT count(*), min(id), max(id) FROM batch WHERE id >= 100"))).containsExactly("50|100|149");
            connection.commit();
        }
    }

    @Test
    void preparedStatementReusedBeyondThresholdKeepsAnswering(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             PreparedStatement byId = connection.prepareStatement("SELECT label, weight FROM items WHERE id = ?");
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM items WHERE id <= ?")) {
            for (int i = 1; i <= 12; i++) {
                byId.setInt(1, i);
                try (ResultSet rs = byId.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("item " + i);
                    // getDouble, not getString: pgjdbc prints a binary float8 as "2.0" and a text one as "2".
                    assertThat(rs.getDouble(2)).isEqualTo(i / 4.0);
                    assertThat(rs.next()).isFalse();
                }
                count.setInt(1, i);
                assertThat(rows(count.executeQuery())).containsExactly(String.valueOf(i));
            }
            assertThat(byId.unwrap(PGStatement.class).isUseServerPrepare())
                    .as("pgjdbc switched to a named server-side statement").isTrue();
        }
    }

    @Test
    void parameterMetaDataComesFromCasts(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT ?::int4 + ?::int4, ?::text")) {
            ParameterMetaData parameters = statement.getParameterMetaData();
            assertThat(parameters.getParameterCount()).isEqualTo(3);
            assertThat(parameters.getParameterType(1)).isEqualTo(Types.INTEGER);
            assertThat(parameters.getParameterTypeName(1)).isEqualTo("int4");
            assertThat(parameters.getParameterTypeName(2)).isEqualTo("int4");
            assertThat(parameters.getParameterTypeName(3)).isEqualTo("text");
            statement.setInt(1, 40);
            statement.setInt(2, 2);
            statement.setString(3, "answer");
            assertThat(rows(statement.executeQuery())).containsExactly("42|answer");
        }
    }

    @Test
    void resultMetaDataNamesPostgresTypes(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, label, weight FROM items WHERE id = ?")) {
            ResultSetMetaData described = statement.getMetaData();
            assertThat(described.getColumnCount()).isEqualTo(3);
            assertThat(described.getColumnName(1)).isEqualTo("id");
            assertThat(described.getColumnTypeName(1)).isEqualTo("int4");
            assertThat(described.getColumnTypeName(2)).isEqualTo("text");
            assertThat(described.getColumnTypeName(3)).isEqualTo("float8");
        }
    }
}
