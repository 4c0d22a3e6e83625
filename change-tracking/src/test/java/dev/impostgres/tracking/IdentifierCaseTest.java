package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.error.PgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Identifiers compare exactly, as in Postgres, although SQLite ignores their case. */
class IdentifierCaseTest extends AppSessionFixture {
    @BeforeEach
    void createMixedTable() {
        run("CREATE TABLE Mixed (Id int, \"CamelCol\" text, \"Order\" int)");
        run("INSERT INTO mixed VALUES (1, 'x', 2)");
    }

    @Test
    void aColumnMatchingOnlyWhenCaseIsIgnoredDoesNotExist() {
        assertThat(run("SELECT ID, \"CamelCol\" AS camelcol FROM MIXED m ORDER BY camelcol, m.\"Order\"").rows())
                .hasSize(1);
        PgException e = error("SELECT camelcol FROM mixed");
        assertThat(e.sqlState()).isEqualTo("42703");
        assertThat(e.getMessage()).isEqualTo("column \"camelcol\" does not exist");
        assertThat(error("UPDATE mixed SET \"ID\" = 2").sqlState()).isEqualTo("42703");
        assertThat(error("SELECT id FROM \"MIXED\"").sqlState()).isEqualTo("42P01");
    }

    @Test
    void aLowerCaseTableCreatedAfterItsUpperCaseVariantIsItsOwnTable() {
        run("CREATE TABLE \"Other\" (v int)");
        run("CREATE TABLE other (w text)");
        run("INSERT INTO other VALUES ('lower')");
        assertThat(run("SELECT count(*) FROM \"Other\"").rows().get(0)[0]).isEqualTo(0L);
        assertThat(run("SELECT w FROM other").rows().get(0)[0]).isEqualTo("lower");
        assertThat(error("SELECT v FROM other").sqlState()).isEqualTo("42703");
    }

    @Test
    void tablesWhoseNamesDifferOnlyInCaseAreDistinctInEitherOrderOfCreation() {
        run("CREATE TABLE \"MIXED\" (v int)");
        run("INSERT INTO \"MIXED\" VALUES (7), (8)");
        assertThat(run("SELECT count(*) FROM mixed").rows().get(0)[0]).isEqualTo(1L);
        assertThat(run("SELECT count(*) FROM \"MIXED\"").rows().get(0)[0]).isEqualTo(2L);
        run("UPDATE \"MIXED\" SET v = v + 1 WHERE v = 8");
        QueryResult joined = run("SELECT m.id, u.v FROM mixed m JOIN \"MIXED\" u ON u.v = m.\"Order\" + 7 ORDER BY u.v");
        assertThat(joined.rows()).hasSize(1);
        assertThat(joined.rows().get(0)[1]).isEqualTo(9L);
        assertThat(joined.columns().get(1).tableOid()).isNotEqualTo(joined.columns().get(0).tableOid());
        run("DROP TABLE \"MIXED\"");
        assertThat(error("SELECT * FROM \"MIXED\"").sqlState()).isEqualTo("42P01");
        assertThat(run("SELECT count(*) FROM mixed").rows().get(0)[0]).isEqualTo(1L);
    }

    @Test
    void theSecondOfTwoCaseVariantsGetsASQLiteNameSpellingItsCase() {
        assertThat(dev.impostgres.tracking.schema.CaseDistinctNamesAccess.physical("public", "Mixed"))
                .isEqualTo("_pg_case_^mixed.Mixed");
        assertThat(dev.impostgres.tracking.schema.CaseDistinctNamesAccess.physical("app", "a^B"))
                .isEqualTo("app/_pg_case_a^^^b.a^B");
    }
}
