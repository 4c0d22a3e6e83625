package dev.impostgres.conformance.psql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.DifferentialTargets;
import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.conformance.script.CaseParser;
import dev.impostgres.conformance.targets.ImpostgresLauncher;
import dev.impostgres.conformance.targets.ImpostgresTarget;
import dev.impostgres.conformance.targets.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * psql's {@code \l} as psql 17 sends it to a Postgres 17 server (describe.c listAllDbs: no pattern, not verbose),
 * run through pgjdbc on real Postgres 17 and on Impostgres, each holding one database besides the standard ones.
 * No psql 17 client is installable on this machine (Debian 12 ships psql 15, which asks for
 * pg_database.daticulocale and fails on both servers), so the query stands in for the client: psql prints exactly
 * these columns and rows.
 */
class PsqlListDatabasesQueryTest {

    /** The query, from the conformance case that runs it too. */
    private static final Path CASE = Path.of("cases/catalog/psql17_list_databases.sql");

    private static final String EXTRA_DATABASE = "psql_list_shop";

    private static Target postgres;
    private static Target impostgres;

    @BeforeAll
    static void startTargets(@TempDir Path impostgresData) {
        postgres = DifferentialTargets.startReference();
        impostgres = ImpostgresTarget.start(ImpostgresLauncher.inProcess(), impostgresData);
        assertThat(impostgres.unavailable()).isEmpty();
    }

    @AfterAll
    static void stopTargets() {
        DifferentialTargets.stop(impostgres, postgres);
    }

    @Test
    void listDatabasesQueryAnswersAsOnPostgres() throws Exception {
        List<String> statements = CaseParser.parse("catalog", "psql17_list_databases", Files.readString(CASE))
                .statements();
        assertThat(statements).hasSize(1);
        List<String> expected = listDatabases(postgres.endpoint(), statements.get(0));
        List<String> actual = listDatabases(impostgres.endpoint(), statements.get(0));
        // The reference really lists the databases with their privileges, so an empty answer cannot pass.
        assertThat(expected).anySatisfy(row -> assertThat(row).startsWith("template0|postgres|UTF8|libc|")
                .endsWith("|=c/postgres\npostgres=CTc/postgres"));
        assertThat(expected).anySatisfy(row -> assertThat(row).startsWith(EXTRA_DATABASE + "|"));
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * The column header line, then each row as psql -A prints it (| between values, NULL as nothing). Asked from the
     * maintenance database, so nothing is connected to the extra database when it is dropped again.
     */
    private static List<String> listDatabases(PgEndpoint admin, String query) throws SQLException {
        try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + EXTRA_DATABASE);
            statement.execute("CREATE DATABASE " + EXTRA_DATABASE);
            try (ResultSet rows = statement.executeQuery(query)) {
                return render(rows);
            } finally {
                statement.execute("DROP DATABASE " + EXTRA_DATABASE);
            }
        }
    }

    private static List<String> render(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.add(meta.getColumnLabel(i) + ":" + meta.getColumnTypeName(i));
        }
        lines.add(String.join("|", header));
        while (rows.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String value = rows.getString(i);
                values.add(value == null ? "" : value);
            }
            lines.add(String.join("|", values));
        }
        return lines;
    }

    private static Connection connect(PgEndpoint endpoint) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", endpoint.user());
        if (endpoint.password() != null) {
            properties.setProperty("password", endpoint.password());
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection("jdbc:postgresql://" + endpoint.host() + ":" + endpoint.port() + "/"
                + endpoint.database(), properties);
    }
}
