package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes through a simple single-table view reach its table; other views refuse them. */
class ViewWritesTest {
    @TempDir Path dataDir;
    final DefaultTranslator translator = new DefaultTranslator();
    SqliteDatabaseManager manager;
    Session session;

    @BeforeEach
    void open() {
        manager = new SqliteDatabaseManager(dataDir);
        session = manager.openSession("app");
        run("CREATE TABLE t (id int, v text, n numeric DEFAULT 1.5)");
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private QueryResult run(String sql) {
        return session.execute((PgStatement.Sql) translator.translateOne(sql), List.of());
    }

    @Test
    void insertUpdateDeleteThroughASimpleViewCountRowsAndWriteTheTable() {
        run("CREATE VIEW tv AS SELECT v, id FROM t");
        assertThat(run("INSERT INTO tv VALUES ('a', 1), ('b', 2)").rowCount()).isEqualTo(2);
        assertThat(run("UPDATE tv SET v = 'B' WHERE tv.id = 2").rowCount()).isEqualTo(1);
        assertThat(run("DELETE FROM tv WHERE id = 1").rowCount()).isEqualTo(1);
        QueryResult r = run("SELECT id, v, n FROM t");
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0)).containsExactly(2L, "B", "1.5");
    }

    @Test
    void viewsThatAreNotSimpleRefuseWrites() {
        run("CREATE VIEW filtered AS SELECT id FROM t WHERE id > 1");
        run("CREATE VIEW counted AS SELECT count(*) AS c FROM t");
        for (String sql : List.of("INSERT INTO counted VALUES (1)", "DELETE FROM filtered")) {
            try {
                run(sql);
                throw new AssertionError("no error from " + sql);
            } catch (PgException e) {
                assertThat(e.sqlState()).isEqualTo("0A000");
            }
        }
    }
}
