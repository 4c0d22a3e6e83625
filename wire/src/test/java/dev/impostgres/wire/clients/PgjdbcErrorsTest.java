package dev.impostgres.wire.clients;

import static dev.impostgres.wire.clients.PgjdbcCrudAndTransactionsTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Errors reach pgjdbc with Postgres's SQLSTATE and message, through the simple and the extended protocol, and the
 * session stays usable afterwards.
 */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcErrorsTest {

    @BeforeAll
    static void createTable(PgTarget target) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE err (id int primary key, name text not null)");
            statement.execute("INSERT INTO err (id, name) VALUES (1, 'existing')");
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("23505", "INSERT INTO err (id, name) VALUES (1, 'duplicate')",
                        "duplicate key value violates unique constraint"),
                Arguments.of("23502", "INSERT INTO err (id, name) VALUES (2, NULL)",
                        "null value in column \"name\""),
                Arguments.of("42P01", "SELECT * FROM no_such_table", "relation \"no_such_table\" does not exist"),
                Arguments.of("42703", "SELECT no_such_column FROM err", "column \"no_such_column\" does not exist"),
                Arguments.of("42601", "SELEC 1", "syntax error at or near \"SELEC\""));
    }

    @ParameterizedTest(name = "{0} simple protocol: {1}")
    @MethodSource("errors")
    void simpleQueryErrorCarriesSqlStateAndSessionStaysUsable(String sqlState, String sql, String message,
                                                              PgTarget target) throws SQLException {
        try (Connection connection = target.connect("preferQueryMode=simple");
             Statement statement = connection.createStatement()) {
            PSQLException error = catchThrowableOfType(PSQLException.class, () -> statement.execute(sql));
            assertServerError(error, sqlState, message);
            assertThat(rows(statement.executeQuery("SELECT count(*) FROM err"))).containsExactly("1");
        }
    }

    @ParameterizedTest(name = "{0} extended protocol: {1}")
    @MethodSource("errors")
    void extendedQueryErrorCarriesSqlStateAndSessionStaysUsable(String sqlState, String sql, String message,
                                                                PgTarget target) throws SQLException {
        try (Connection connection = target.connect("prepareThreshold=1")) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    PSQLException error = catchThrowableOfType(PSQLException.class, statement::execute);
                    assertServerError(error, sqlState, message);
                }
                try (PreparedStatement check = connection.prepareStatement("SELECT count(*) FROM err WHERE id = ?")) {
                    check.setInt(1, 1);
                    assertThat(rows(check.executeQuery())).containsExactly("1");
                }
            }
        }
    }

    private static void assertServerError(PSQLException error, String sqlState, String message) {
        assertThat((Object) error).as("expected SQLSTATE %s", sqlState).isNotNull();
        assertThat(error.getSQLState()).as(error.getMessage()).isEqualTo(sqlState);
        ServerErrorMessage server = error.getServerErrorMessage();
        assertThat(server).as("an ErrorResponse, not a client-side failure").isNotNull();
        assertThat(server.getSeverity()).isEqualTo("ERROR");
        assertThat(server.getMessage()).contains(message).doesNotContainIgnoringCase("sqlite");
    }
}
