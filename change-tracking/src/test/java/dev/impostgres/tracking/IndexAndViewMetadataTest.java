package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CREATE/DROP INDEX and VIEW through the schema metadata: names, pg_class rows, definitions, dependents. */
class IndexAndViewMetadataTest extends AppSessionFixture {
    private List<PgNotice> notices(String sql) {
        session.drainNotices();
        run(sql);
        return session.drainNotices();
    }

    private List<Object> column(String sql) {
        return run(sql).rows().stream().map(r -> r[0]).toList();
    }

    @Test
    void unnamedIndexesGetPostgresNamesAndDefinitions() {
        run("CREATE TABLE zz (a int, b int, c text)");
        run("CREATE INDEX ON zz (a)");
        run("CREATE INDEX ON zz (a, b)");
        run("CREATE INDEX ON zz ((a + b))");
        run("CREATE INDEX ON zz (lower(c))");
        run("CREATE UNIQUE INDEX ON zz (b) WHERE a > 0");
        run("CREATE INDEX ON zz (a DESC) INCLUDE (b)");
        run("CREATE INDEX ON zz ((c::text))");
        assertThat(column("SELECT c.relname FROM _pg_index i JOIN _pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relkind = 'i' ORDER BY c.oid"))
                .containsExactly("zz_a_idx", "zz_a_b_idx", "zz_expr_idx", "zz_lower_idx", "zz_b_idx", "zz_a_b_idx1",
                        "zz_c_idx");
        assertThat(column("SELECT definition FROM _pg_index ORDER BY indexrelid")).containsExactly(
                "CREATE INDEX zz_a_idx ON public.zz USING btree (a)",
                "CREATE INDEX zz_a_b_idx ON public.zz USING btree (a, b)",
                "CREATE INDEX zz_expr_idx ON public.zz USING btree ((a + b))",
                "CREATE INDEX zz_lower_idx ON public.zz USING btree (lower(c))",
                "CREATE UNIQUE INDEX zz_b_idx ON public.zz USING btree (b) WHERE (a > 0)",
                "CREATE INDEX zz_a_b_idx1 ON public.zz USING btree (a DESC) INCLUDE (b)",
                "CREATE INDEX zz_c_idx ON public.zz USING btree ((c::text))");
        assertThat(column("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name LIKE 'zz_%'"))
                .containsExactly(7L);
    }

    @Test
    void ginAndOperatorClassesAreAcceptedAsPlainIndexesAndTempTablesKeepSqliteIndexes() {
        run("CREATE TABLE docs (id int, body jsonb, tags text[], name text)");
        run("CREATE INDEX ON docs USING gin (body jsonb_path_ops)");
        run("CREATE INDEX IF NOT EXISTS docs_tags ON ONLY docs USING gin (tags)");
        run("CREATE INDEX CONCURRENTLY ON docs (name text_pattern_ops NULLS FIRST)");
        assertThat(column("SELECT definition FROM _pg_index ORDER BY indexrelid")).containsExactly(
                "CREATE INDEX docs_body_idx ON public.docs USING gin (body)",
                "CREATE INDEX docs_tags ON public.docs USING gin (tags)",
                "CREATE INDEX docs_name_idx ON public.docs USING btree (name NULLS FIRST)");
        run("CREATE TEMP TABLE scratch (a int)");
        run("CREATE INDEX ON scratch (a)");
        run("DROP INDEX scratch_a_idx");
        assertThat(error("CREATE INDEX ON docs USING nosuch (id)").sqlState()).isEqualTo("42704");
    }

    @Test
    void existingIndexNameIs42P07AndIfNotExistsANotice() {
        run("CREATE TABLE t (a int)");
        run("CREATE INDEX t_idx ON t (a)");
        PgException e = error("CREATE INDEX t_idx ON t (a)");
        assertThat(e.sqlState()).isEqualTo("42P07");
        assertThat(e.getMessage()).isEqualTo("relation \"t_idx\" already exists");
        assertThat(notices("CREATE INDEX IF NOT EXISTS t_idx ON t (a)"))
                .extracting(PgNotice::message).containsExactly("relation \"t_idx\" already exists, skipping");
        assertThat(error("CREATE INDEX ON t (nope)").getMessage()).isEqualTo("column \"nope\" does not exist");
        assertThat(error("CREATE INDEX ON missing (a)").sqlState()).isEqualTo("42P01");
    }

    @Test
    void uniqueIndexViolationsNameTheIndex() {
        run("CREATE TABLE t (id int PRIMARY KEY, email text, code text, CONSTRAINT named_key UNIQUE (code, id))");
        run("CREATE UNIQUE INDEX users_email ON t (email)");
        run("CREATE UNIQUE INDEX users_lower ON t (lower(code))");
        run("INSERT INTO t VALUES (1, 'a', 'c')");
        assertThat(error("INSERT INTO t VALUES (2, 'a', 'd')").getMessage())
                .isEqualTo("duplicate key value violates unique constraint \"users_email\"");
        assertThat(error("INSERT INTO t VALUES (1, 'b', 'e')").getMessage())
                .isEqualTo("duplicate key value violates unique constraint \"t_pkey\"");
        assertThat(error("INSERT INTO t VALUES (3, 'b', 'C')").getMessage())
                .isEqualTo("duplicate key value violates unique constraint \"users_lower\"");
    }

    @Test
    void dropIndexRemovesItAndRefusesConstraintIndexes() {
        run("CREATE TABLE t (id int PRIMARY KEY, a int)");
        run("CREATE INDEX t_a ON t (a)");
        run("DROP INDEX t_a");
        assertThat(column("SELECT count(*) FROM _pg_class WHERE relname = 't_a'")).containsExactly(0L);
        assertThat(column("SELECT count(*) FROM sqlite_schema WHERE name = 't_a'")).containsExactly(0L);
        assertThat(error("DROP INDEX t_a").sqlState()).isEqualTo("42704");
        assertThat(notices("DROP INDEX IF EXISTS t_a, t_b")).extracting(PgNotice::message)
                .containsExactly("index \"t_a\" does not exist, skipping", "index \"t_b\" does not exist, skipping");
        assertThat(error("DROP INDEX t_pkey").sqlState()).isEqualTo("2BP01");
        PgException wrongKind = error("DROP INDEX t");
        assertThat(wrongKind.getMessage()).isEqualTo("\"t\" is not an index");
        assertThat(wrongKind.hint()).isEqualTo("Use DROP TABLE to remove a table.");
    }

    @Test
    void viewsAreRelationsOfKindVWithDependencies() {
        run("CREATE TABLE t (id int, name text)");
        run("INSERT INTO t VALUES (1, 'x')");
        run("CREATE VIEW v AS SELECT id, name FROM t WHERE id > 0");
        long oid = (Long) column("SELECT oid FROM _pg_class WHERE relname = 'v' AND relkind = 'v'").get(0);
        assertThat(column("SELECT name FROM v")).containsExactly("x");
        assertThat(error("CREATE VIEW v AS SELECT 1").sqlState()).isEqualTo("42P07");
        run("CREATE OR REPLACE VIEW v AS SELECT id, name FROM t WHERE id > 5");
        assertThat(column("SELECT oid FROM _pg_class WHERE relname = 'v'")).containsExactly(oid);
        assertThat(column("SELECT count(*) FROM v")).containsExactly(0L);
        assertThat(column("SELECT count(*) FROM _pg_depend WHERE objid = " + oid)).containsExactly(1L);
        run("CREATE OR REPLACE VIEW v AS SELECT id, name, id + 1 AS next FROM t");
        assertThat(column("SELECT attname FROM _pg_attribute WHERE attrelid = " + oid + " ORDER BY attnum"))
                .containsExactly("id", "name", "next");
        assertThat(column("SELECT atttypid FROM _pg_attribute WHERE attrelid = " + oid + " AND attnum < 3 "
                + "ORDER BY attnum")).containsExactly(23L, 25L);
        assertThat(error("DROP TABLE t").sqlState()).isEqualTo("2BP01");
        assertThat(error("DROP VIEW t").getMessage()).isEqualTo("\"t\" is not a view");
        run("DROP TABLE t CASCADE");
        assertThat(column("SELECT count(*) FROM _pg_class WHERE relname IN ('t', 'v')")).containsExactly(0L);
        assertThat(error("DROP VIEW v").sqlState()).isEqualTo("42P01");
        assertThat(notices("DROP VIEW IF EXISTS v")).extracting(PgNotice::message)
                .containsExactly("view \"v\" does not exist, skipping");
    }

    @Test
    void dropViewRemovesMetadataAndRollsBack() {
        run("CREATE TABLE t (id int)");
        run("CREATE VIEW v AS SELECT id FROM t");
        session.begin(null, null);
        run("DROP VIEW v");
        assertThat(column("SELECT count(*) FROM _pg_class WHERE relname = 'v'")).containsExactly(0L);
        session.rollback();
        assertThat(column("SELECT count(*) FROM _pg_class WHERE relname = 'v'")).containsExactly(1L);
        run("CREATE TEMP VIEW tv AS SELECT id FROM t");
        run("DROP VIEW tv");
    }
}
