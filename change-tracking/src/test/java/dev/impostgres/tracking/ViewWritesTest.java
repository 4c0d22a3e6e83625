package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes through a simple single-table view reach its table; other views refuse them. */
class ViewWritesTest extends AppSessionFixture {
    @BeforeEach
    void createTable() {
        run("CREATE TABLE t (id int, v text, n numeric DEFAULT 1.5)");
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
