package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;

/** CRUD and transaction control through pgjdbc with default settings, as an application would use them. */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcCrudAndTransactionsTest {

    @BeforeAll
    static void createTables(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE crud (id int primary key, name text not null, qty int4)");
            statement.execute("CREATE TABLE tx (id int primary key, name text)");
        }
    }

    @Test
    void insertSelectUpdateDeleteReportRowCounts(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("INSERT INTO crud (id, name, qty) VALUES (1, 'one', 10), (2, 'two', 20),"
                    + " (3, 'three', 30)")).isEqualTo(3);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO crud (id, name, qty) VALUES (?, ?, ?)")) {
                insert.setInt(1, 4);
                insert.setString(2, "four");
                insert.setInt(3, 40);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            assertThat(rows(statement.executeQuery("SELECT id, name, qty FROM crud ORDER BY id")))
                    .containsExactly("1|one|10", "2|two|20", "3|three|30", "4|four|40");

            try (PreparedStatement update = connection.prepareStatement("UPDATE crud SET qty = qty + ? WHERE id >= ?")) {
                update.setInt(1, 5);
                update.setInt(2, 3);
                assertThat(update.executeUpdate()).isEqualTo(2);
            }
            assertThat(statement.executeUpdate("UPDATE crud SET name = 'none' WHERE id = 99")).isZero();
            assertThat(statement.executeUpdate("DELETE FROM crud WHERE id = 1")).isEqualTo(1);
            assertThat(rows(statement.executeQuery("SELECT id, name, qty FROM crud ORDER BY id")))
                    .containsExactly("2|two|20", "3|three|35", "4|four|45");
            assertThat(rows(statement.executeQuery("SELECT count(*), sum(qty) FROM crud"))).containsExactly("3|100");
            assertThat(statement.executeUpdate("DELETE FROM crud")).isEqualTo(3);
            assertThat(rows(statement.executeQuery("SELECT id FROM crud"))).isEmpty();
        }
    }

    @Test
    void insertReturningHandsBackTheRow(PgTarget target) throws SQLException {
        try (Connection connection = target.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO crud (id, name, qty) VALUES (?, ?, ?) RETURNING id, name")) {
            insert.setInt(1, 100);
            insert.setString(2, "returned");
            insert.setInt(3, 1);
            assertThat(rows(insert.executeQuery())).containsExactly("100|returned");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM crud WHERE id = 100");
            }
        }
    }

    @Test
    void commitMakesRowsVisibleToOthersOnlyAfterCommit(PgTarget target) throws SQLException {
        try (Connection writer = target.connect(); Connection reader = target.connect()) {
            writer.setAutoCommit(false);
            try (Statement statement = writer.createStatement()) {
                statement.executeUpdate("INSERT INTO tx (id, name) VALUES (1, 'pending')");
                assertThat(rows(statement.executeQuery("SELECT name FROM tx WHERE id = 1"))).containsExactly("pending");
            }
            assertThat(rows(reader.createStatement().executeQuery("SELECT name FROM tx WHERE id = 1"))).isEmpty();
            writer.commit();
            assertThat(rows(reader.createStatement().executeQuery("SELECT name FROM tx WHERE id = 1")))
                    .containsExactly("pending");
        }
    }

    @Test
    void rollbackDiscardsTheTransaction(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            Statement statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (2, 'rolled back')");
            statement.executeUpdate("UPDATE tx SET name = 'changed' WHERE id = 1");
            connection.rollback();
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id = 2"))).isEmpty();
            connection.commit();
        }
    }

    @Test
    void explicitBeginCommitAndRollbackStatements(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (10, 'begin-commit')");
            statement.execute("COMMIT");
            statement.execute("BEGIN");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (11, 'begin-rollback')");
            statement.execute("ROLLBACK");
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id IN (10, 11) ORDER BY id")))
                    .containsExactly("10");
        }
    }

    @Test
    void rollbackToSavepointKeepsEarlierWork(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            Statement statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (20, 'before savepoint')");
            Savepoint savepoint = connection.setSavepoint("s1");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (21, 'after savepoint')");
            connection.rollback(savepoint);
            statement.execute("SAVEPOINT s2");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (22, 'released')");
            statement.execute("RELEASE SAVEPOINT s2");
            statement.execute("SAVEPOINT s3");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (23, 'rolled back by sql')");
            statement.execute("ROLLBACK TO SAVEPOINT s3");
            connection.commit();
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id BETWEEN 20 AND 29 ORDER BY id")))
                    .containsExactly("20", "22");
            connection.commit();
        }
    }

    @Test
    void failedTransactionRejectsCommandsWith25P02UntilRollback(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            Statement statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (30, 'lost with the failed transaction')");
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM no_such_table"))
                    .isInstanceOf(PSQLException.class).extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("42P01");
            assertThatThrownBy(() -> statement.executeQuery("SELECT 1"))
                    .isInstanceOf(PSQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25P02"))
                    .hasMessageContaining("current transaction is aborted, commands ignored until end of transaction block");
            connection.rollback();
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id = 30"))).isEmpty();
            connection.commit();
        }
    }

    @Test
    void commitOfFailedTransactionRollsBack(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (40, 'never committed')");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO tx (id, name) VALUES (40, 'duplicate')"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
            // COMMIT of a failed transaction block answers with the ROLLBACK tag.
            statement.execute("COMMIT");
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id = 40"))).isEmpty();
        }
    }

    @Test
    void rollbackToSavepointRecoversFromAnError(PgTarget target) throws SQLException {
        try (Connection connection = target.connect()) {
            connection.setAutoCommit(false);
            Statement statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (50, 'kept')");
            Savepoint savepoint = connection.setSavepoint();
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO tx (id, name) VALUES (50, 'duplicate')"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
            connection.rollback(savepoint);
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (51, 'after recovery')");
            connection.commit();
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id IN (50, 51) ORDER BY id")))
                    .containsExactly("50", "51");
            connection.commit();
        }
    }

    @Test
    void autosaveAlwaysWrapsEachStatementInASavepoint(PgTarget target) throws SQLException {
        try (Connection connection = target.connect("autosave=always")) {
            connection.setAutoCommit(false);
            Statement statement = connection.createStatement();
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (60, 'autosaved')");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO tx (id, name) VALUES (60, 'duplicate')"))
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23505");
            statement.executeUpdate("INSERT INTO tx (id, name) VALUES (61, 'still in the transaction')");
            connection.commit();
            assertThat(rows(statement.executeQuery("SELECT id FROM tx WHERE id IN (60, 61) ORDER BY id")))
                    .containsExactly("60", "61");
            connection.commit();
        }
    }

    static List<String> rows(ResultSet rs) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (rs) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
