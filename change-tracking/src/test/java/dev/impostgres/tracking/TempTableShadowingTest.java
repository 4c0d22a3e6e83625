package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TEMP table hides a permanent one from unqualified names only; DROP removes the TEMP one first. */
class TempTableShadowingTest {
    @TempDir Path dataDir;
    final DefaultTranslator translator = new DefaultTranslator();
    SqliteDatabaseManager manager;
    Session session;

    @BeforeEach
    void open() {
        manager = new SqliteDatabaseManager(dataDir);
        session = manager.openSession("app");
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private QueryResult run(String sql) {
        return session.execute((PgStatement.Sql) translator.translateOne(sql), List.of());
    }

    @Test
    void publicQualifiedNameReachesThePermanentTableAndDropTakesTheTemporaryFirst() {
        run("CREATE TABLE t (v text)");
        run("INSERT INTO t VALUES ('permanent')");
        run("CREATE TEMP TABLE t (v text)");
        run("INSERT INTO t VALUES ('temporary')");
        assertThat(run("SELECT v FROM t").rows().get(0)[0]).isEqualTo("temporary");
        assertThat(run("SELECT v FROM public.t").rows().get(0)[0]).isEqualTo("permanent");
        run("DROP TABLE t");
        assertThat(run("SELECT v FROM t").rows().get(0)[0]).isEqualTo("permanent");
        run("DROP TABLE t");
        assertThat(run("SELECT count(*) FROM pg_class WHERE relname = 't'").rows().get(0)[0]).isEqualTo(0L);
    }
}
