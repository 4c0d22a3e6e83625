package dev.impostgres.wire.clients;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where a client test connects: Impostgres started by {@link ImpostgresExtension}, or (only when validating the tests
 * themselves) a real Postgres given by {@code -Dimpostgres.test.realPg=host:port}.
 */
public record PgTarget(String host, int port, String database, String user, String password, boolean realPostgres) {

    /** A pgjdbc URL; {@code options} are URL parameters such as {@code "prepareThreshold=1"}. */
    public String jdbcUrl(String... options) {
        StringBuilder url = new StringBuilder("jdbc:postgresql://" + host + ":" + port + "/" + database);
        // A hung server must fail the test, not hang the build.
        url.append("?connectTimeout=10&socketTimeout=60");
        for (String option : options) {
            url.append('&').append(option);
        }
        return url.toString();
    }

    public Connection connect(String... options) throws SQLException {
        return connectAs(user, password, options);
    }

    public Connection connectAs(String user, String password, String... options) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(options), properties);
    }
}
