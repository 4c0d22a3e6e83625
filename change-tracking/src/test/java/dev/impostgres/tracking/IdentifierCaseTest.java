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
    void aRelationDifferingOnlyInCaseIsRefusedNotMerged() {
        PgException e = error("CREATE TABLE \"Mixed\" (v int)");
        assertThat(e.sqlState()).isEqualTo("0A000");
        assertThat(run("SELECT count(*) FROM mixed").rows().get(0)[0]).isEqualTo(1L);
    }
}
