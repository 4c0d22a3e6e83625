package dev.impostgres.tracking.functions;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An in-memory SQLite connection with Impostgres's functions registered, as every session's connection has them. */
abstract class RegisteredFunctionsFixture {
    private final DefaultTranslator translator = new DefaultTranslator(16);
    protected Connection connection;
    protected PgFunctions functions;

    @BeforeEach
    void openConnection() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        functions = PgFunctions.register(connection);
    }

    @AfterEach
    void closeConnection() throws SQLException {
        connection.close();
    }

    /** The first column of the first row, as SQLite hands it back. */
    protected Object value(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    /** A Postgres query translated as a session translates it; the first column of the first row, as text. */
    protected String postgresValue(String postgresSql) throws SQLException {
        String sqlite = ((PgStatement.Sql) translator.translateOne(postgresSql)).sqlite();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sqlite)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs SQLite SQL as it is (test set-up). */
    protected void sqlite(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
