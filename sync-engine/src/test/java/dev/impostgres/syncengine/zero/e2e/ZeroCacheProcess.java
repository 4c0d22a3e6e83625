package dev.impostgres.syncengine.zero.e2e;

import dev.impostgres.syncengine.zero.ZeroEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An unmodified zero-cache (node cli.js) with its three databases on one server, its log in a file. The environment
 * is the launcher's own ({@link ZeroEnvironment}), so the test exercises what {@code impostgres zero} runs.
 */
final class ZeroCacheProcess implements AutoCloseable {
    static final String APP_ID = "e2e";

    private final Path cli;
    private final Path workDir;
    private final Map<String, String> env;
    private dev.impostgres.syncengine.zero.ZeroCacheSupervisor process;
    private Path log;
    private int starts;

    ZeroCacheProcess(Path cli, Path workDir, Upstream upstream, String database, int zeroPort) {
        this.cli = cli;
        this.workDir = workDir;
        Map<String, String> user = Map.of();
        this.env = new java.util.LinkedHashMap<>(ZeroEnvironment.forZeroCache(user, "127.0.0.1", upstream.port(),
                "postgres", database, workDir));
        env.put("ZERO_PORT", Integer.toString(zeroPort));
        env.put("ZERO_CHANGE_STREAMER_PORT", Integer.toString(zeroPort + 1));
        env.put("ZERO_APP_ID", APP_ID);
        env.put("ZERO_NUM_SYNC_WORKERS", "1");
        env.put("ZERO_LOG_LEVEL", "info");
        env.put("ZERO_ADMIN_PASSWORD", "e2e");
    }

    String url() {
        return "http://127.0.0.1:" + env.get("ZERO_PORT");
    }

    Map<String, String> environment() {
        return env;
    }

    /**
     * Starts zero-cache under the launcher's supervisor (which restarts it after an auto-reset) and waits until
     * every worker reports ready.
     */
    void start(Duration timeout) throws IOException, InterruptedException {
        log = workDir.resolve("zero-cache-" + (++starts) + ".log");
        Files.writeString(log, "");
        Path file = log;
        process = new dev.impostgres.syncengine.zero.ZeroCacheSupervisor(cli, env, workDir, line -> {
            try {
                Files.writeString(file, line + "\n", java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        process.start();
        Instant deadline = Instant.now().plus(timeout);
        while (!logContains("all workers ready")) {
            if (process.finished()) throw new IllegalStateException("zero-cache exited with " + process.waitFor()
                    + " before it was ready; log " + log + ":\n" + tail());
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("zero-cache not ready after "
                    + timeout + "; log " + log + ":\n" + tail());
            Thread.sleep(100);
        }
    }

    boolean alive() {
        return process != null && process.alive();
    }

    /** Whether zero-cache has shut down for an auto-reset (and been restarted) since it started. */
    int restarts() {
        return process == null ? 0 : process.restarts();
    }

    boolean logContains(String text) {
        try {
            return log != null && Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as an operator stops it; zero-cache flushes its replica and releases its slot. */
    void stop() throws InterruptedException {
        if (process == null) return;
        process.stop(30);
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
