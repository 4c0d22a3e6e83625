package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Debian psql client running a script of src/test/psql against a {@link PgTarget}: unaligned output, no psqlrc,
 * no PG* variables of the environment, UTF8.
 */
final class Psql {

    static final Path SCRIPTS = Path.of("src/test/psql");
    private static final Path PSQL = Path.of("/usr/bin/psql");

    record Run(int exitCode, String stdout, String stderr) {
    }

    private Psql() {
    }

    /**
     * Runs {@code script} ({@code -t} when {@code tuplesOnly}: rows and command tags only) and asserts that it
     * succeeds silently and prints what {@code <script name>.expected} holds.
     */
    static void assertPrintsExpected(PgTarget target, String script, boolean tuplesOnly)
            throws IOException, InterruptedException {
        Run run = run(target, script, tuplesOnly, true);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo(expected(script));
    }

    static String expected(String script) throws IOException {
        return Files.readString(SCRIPTS.resolve(script.replaceFirst("\\.sql$", ".expected")));
    }

    static Run run(PgTarget target, String script, boolean tuplesOnly, boolean stopOnError)
            throws IOException, InterruptedException {
        assertThat(PSQL).as("the Debian psql client").isExecutable();
        List<String> command = new ArrayList<>(List.of(PSQL.toString(), "-X", "-A"));
        if (tuplesOnly) {
            command.add("-t");
        }
        command.addAll(List.of("-v", "ON_ERROR_STOP=" + (stopOnError ? 1 : 0),
                "-h", target.host(), "-p", String.valueOf(target.port()), "-U", target.user(), "-d", target.database(),
                "-f", SCRIPTS.resolve(script).toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
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
            return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
