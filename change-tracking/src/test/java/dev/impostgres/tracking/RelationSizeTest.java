package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelationSizeTest extends AppSessionFixture {
    private Object value(String sql) {
        return run(sql).rows().get(0)[0];
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
