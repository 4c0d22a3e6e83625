package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * node-postgres ({@code pg}) and porsager {@code postgres} run the scripts in src/test/node against the server. The
 * pinned packages are installed with {@code npm ci} into target/node-clients once and reused while the lock file is
 * unchanged. Each script exits non-zero with a MISMATCH line on the first wrong answer.
 */
@ExtendWith(ImpostgresExtension.class)
class NodeClientsTest {

    private static final Path SOURCES = Path.of("src/test/node");
    private static final Path WORK = Path.of("target/node-clients");
    private static final Path INSTALLED_LOCK = WORK.resolve("node_modules/.installed-package-lock.json");

    @BeforeAll
    static void installPinnedPackages() throws Exception {
        Path node = onPath("node");
        Path npm = onPath("npm");
        assertThat(node).as("node on PATH (the Node client tests need it)").isNotNull();
        assertThat(npm).as("npm on PATH (the Node client tests need it)").isNotNull();
        Files.createDirectories(WORK);
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".mjs")).toList()) {
                Files.copy(file, WORK.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        byte[] lock = Files.readAllBytes(SOURCES.resolve("package-lock.json"));
        if (Files.exists(INSTALLED_LOCK) && Arrays.equals(lock, Files.readAllBytes(INSTALLED_LOCK))) {
            return;
        }
        Run install = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
        assertThat(install.exitCode()).as("npm ci failed:%n%s", install.output()).isZero();
        Files.write(INSTALLED_LOCK, lock);
    }

    @Test
    void nodePostgresPassesEveryCheck(PgTarget target) throws Exception {
        Run run = runScript("pg-client.mjs", target);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("(?m)^pg: \\d+ checks passed$");
    }

    @Test
    void porsagerPostgresPassesEveryCheck(PgTarget target) throws Exception {
        Run run = runScript("postgres-client.mjs", target);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("(?m)^postgres: \\d+ checks passed$");
    }

    record Run(int exitCode, String output) {
    }

    private static Run runScript(String script, PgTarget target) throws Exception {
        return run(List.of(onPath("node").toString(), script, target.host(), String.valueOf(target.port()),
                target.database(), target.user()), 90);
    }

    private static Run run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        // pg and postgres parse date and timestamp values in the process time zone.
        environment.put("TZ", "UTC");
        Path output = Files.createTempFile("node-client-", ".log");
        try {
            Process process = builder.redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, "timed out after " + timeoutSeconds + " s: " + command + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path onPath(String executable) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, executable);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
