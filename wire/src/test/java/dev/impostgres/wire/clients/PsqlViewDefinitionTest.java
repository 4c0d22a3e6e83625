package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * psql's {@code \d+ view} prints the view's columns (with their storage) and its definition from
 * pg_get_viewdef(oid, true); view-definition.expected was recorded against Postgres 17.6 with the Debian psql 15
 * client (aligned off, headers on, so the "View definition:" footer is printed).
 */
@ExtendWith(ImpostgresExtension.class)
class PsqlViewDefinitionTest {

    private static final Path PSQL = Path.of("/usr/bin/psql");
    private static final Path SCRIPTS = Path.of("src/test/psql");

    @Test
    void describeOfAViewPrintsItsDefinitionAsPostgresDoes(PgTarget target) throws Exception {
        assertThat(PSQL).as("the Debian psql client").isExecutable();
        ProcessBuilder builder = new ProcessBuilder(PSQL.toString(), "-X", "-A", "-v", "ON_ERROR_STOP=1",
                "-h", target.host(), "-p", String.valueOf(target.port()), "-U", target.user(), "-d", target.database(),
                "-f", SCRIPTS.resolve("view-definition.sql").toString());
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
                throw new AssertionError("psql did not finish within 60 s");
            }
            assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readString(stdout, StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(SCRIPTS.resolve("view-definition.expected")));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
