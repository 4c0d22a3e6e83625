package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Debian psql client runs the scripts in src/test/psql over the simple query protocol; its unaligned,
 * tuples-only stdout (rows and command tags) must match the .expected file byte for byte.
 */
@ExtendWith(ImpostgresExtension.class)
class PsqlScriptsTest {

    @Test
    void crudScriptPrintsRowsAndCommandTagsLikePostgres(PgTarget target) throws Exception {
        Psql.assertPrintsExpected(target, "crud.sql", true);
    }

    @Test
    void errorScriptReportsErrorsInPostgresFormatAndCarriesOn(PgTarget target) throws Exception {
        Psql.Run run = Psql.run(target, "errors.sql", true, false);
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(Psql.expected("errors.sql"));
        String script = Psql.SCRIPTS.resolve("errors.sql").toString();
        List<String> errors = run.stderr().lines().filter(line -> line.startsWith("psql:")).toList();
        assertThat(errors).as(run.stderr()).hasSize(5);
        assertThat(errors.get(0)).startsWith("psql:" + script + ":4: ERROR:  duplicate key value violates unique"
                + " constraint ");
        assertThat(errors.get(1)).isEqualTo("psql:" + script + ":5: ERROR:  relation \"missing_table\" does not exist");
        assertThat(errors.get(2)).startsWith("psql:" + script + ":6: ERROR:  null value in column \"name\"");
        assertThat(errors.get(3)).startsWith("psql:" + script + ":9: ERROR:  duplicate key value violates unique"
                + " constraint ");
        assertThat(errors.get(4)).isEqualTo("psql:" + script + ":10: ERROR:  current transaction is aborted,"
                + " commands ignored until end of transaction block");
    }

    @Test
    void describeTableShowsColumnsIndexesAndForeignKeysLikePostgres(PgTarget target) throws Exception {
        Psql.assertPrintsExpected(target, "describe.sql", true);
    }
}
