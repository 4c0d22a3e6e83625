package dev.impostgres.tracking.functions;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An in-memory SQLite connection with the registered functions, answering translated Postgres queries. */
final class TranslatedQueries implements AutoCloseable {
    private final DefaultTranslator translator = new DefaultTranslator(16);
    private final Connection connection;

    TranslatedQueries() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        PgFunctions.register(connection);
    }

    /** The first column of the first row, as text. */
    String value(String postgresSql) throws SQLException {
        String sqlite = ((PgStatement.Sql) translator.translateOne(postgresSql)).sqlite();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sqlite)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs SQLite SQL as it is (test set-up). */
    void sqlite(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
