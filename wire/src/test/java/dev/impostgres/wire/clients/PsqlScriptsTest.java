package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Debian psql client runs the scripts in src/test/psql over the simple query protocol; its unaligned,
 * tuples-only stdout (rows and command tags) must match the .expected file byte for byte.
 */
@ExtendWith(ImpostgresExtension.class)
class PsqlScriptsTest {

    private static final Path PSQL = Path.of("/usr/bin/psql");
    private static final Path SCRIPTS = Path.of("src/test/psql");

    record PsqlRun(int exitCode, String stdout, String stderr) {
    }

    @Test
    void crudScriptPrintsRowsAndCommandTagsLikePostgres(PgTarget target) throws Exception {
        PsqlRun run = psql(target, "crud.sql", true);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(Files.readString(SCRIPTS.resolve("crud.expected")));
    }

    @Test
    void errorScriptReportsErrorsInPostgresFormatAndCarriesOn(PgTarget target) throws Exception {
        PsqlRun run = psql(target, "errors.sql", false);
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(Files.readString(SCRIPTS.resolve("errors.expected")));
        String script = SCRIPTS.resolve("errors.sql").toString();
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
        PsqlRun run = psql(target, "describe.sql", true);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(Files.readString(SCRIPTS.resolve("describe.expected")));
    }

    private static PsqlRun psql(PgTarget target, String script, boolean stopOnError)
            throws IOException, InterruptedException {
        assertThat(PSQL).as("the Debian psql client").isExecutable();
        ProcessBuilder builder = new ProcessBuilder(PSQL.toString(), "-X", "-A", "-t",
                "-v", "ON_ERROR_STOP=" + (stopOnError ? 1 : 0),
                "-h", target.host(), "-p", String.valueOf(target.port()), "-U", target.user(), "-d", target.database(),
                "-f", SCRIPTS.resolve(script).toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        environment.put("PGCONNECT_TIMEOUT", "10");
        environment.put("PGCLIENTENCODING", "UTF8");
        Path stdout = Files.createTempFile("psql-", ".out");
        Path stderr = Files.createTempFile("psql-", ".err");
        try {
            Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("psql did not finish " + script + " within 60 s");
            }
            return new PsqlRun(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
