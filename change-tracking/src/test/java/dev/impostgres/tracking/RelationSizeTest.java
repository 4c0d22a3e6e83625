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

class RelationSizeTest {
    private static final DefaultTranslator TRANSLATOR = new DefaultTranslator();
    @TempDir Path dataDir;
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

    private void run(String sql) {
        session.execute((PgStatement.Sql) TRANSLATOR.translateOne(sql), List.of());
    }

    private Object value(String sql) {
        return session.execute((PgStatement.Sql) TRANSLATOR.translateOne(sql), List.of()).rows().get(0)[0];
    }

    @Test
    void sizesAreTheBytesTheTableAndItsIndexesOccupyAndGrowWithIt() {
        run("CREATE TABLE t (id int PRIMARY KEY, body text)");
        long empty = (Long) value("SELECT pg_table_size('t'::regclass)");
        run("INSERT INTO t SELECT g, repeat('x', 500) FROM generate_series(1, 200) g");
        long filled = (Long) value("SELECT pg_table_size('t'::regclass)");
        long total = (Long) value("SELECT pg_total_relation_size('t'::regclass)");
        assertThat(filled).isGreaterThan(empty).isGreaterThan(200 * 500);
        assertThat(total).isGreaterThan(filled); // the primary key index
        assertThat((Long) value("SELECT pg_indexes_size('t'::regclass)")).isEqualTo(total - filled);
        assertThat((Long) value("SELECT pg_database_size('app')")).isGreaterThanOrEqualTo(total);
    }
}
