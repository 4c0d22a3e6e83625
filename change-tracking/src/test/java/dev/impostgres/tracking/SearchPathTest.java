package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.settings.SessionSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SET search_path decides where unqualified relation names of queries and DML resolve. */
class SearchPathTest {
    @TempDir Path dataDir;
    final DefaultTranslator translator = new DefaultTranslator();
    final SessionSettings settings = new SessionSettings();
    SqliteDatabaseManager manager;
    Session session;

    @BeforeEach
    void open() {
        manager = new SqliteDatabaseManager(dataDir);
        session = manager.openSession("app");
        session.attachSettings(settings, 1);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private QueryResult run(String sql) {
        return session.execute((PgStatement.Sql) translator.translateOne(sql), List.of());
    }

    @Test
    void unqualifiedNamesResolveThroughTheSessionSearchPath() {
        run("CREATE SCHEMA s1");
        run("CREATE SCHEMA s2");
        run("CREATE TABLE s1.t (v text)");
        run("CREATE TABLE s2.t (v text)");
        run("CREATE TABLE p (v text)");
        run("INSERT INTO s1.t VALUES ('one')");
        settings.set("search_path", "s2, public", false);
        run("INSERT INTO t VALUES ('two')");
        run("INSERT INTO p VALUES ('public')");
        assertThat(run("SELECT t.v, p.v FROM t JOIN p ON true").rows().get(0)).containsExactly("two", "public");
        settings.set("search_path", "s1, public", false);
        assertThat(run("WITH t AS (SELECT 'cte' AS v) SELECT v FROM t").rows().get(0)[0]).isEqualTo("cte");
        assertThat(run("SELECT v FROM t").rows().get(0)[0]).isEqualTo("one");
    }
}
