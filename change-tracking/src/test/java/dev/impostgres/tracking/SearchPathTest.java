package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.settings.SessionSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SET search_path decides where unqualified relation names of queries and DML resolve. */
class SearchPathTest extends AppSessionFixture {
    final SessionSettings settings = new SessionSettings();

    @BeforeEach
    void attachSettings() {
        session.attachSettings(settings, 1);
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
