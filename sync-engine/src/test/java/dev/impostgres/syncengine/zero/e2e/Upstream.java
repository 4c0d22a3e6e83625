package dev.impostgres.syncengine.zero.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The database server zero-cache runs against in the end-to-end scenario: real Postgres 17 (zonky binaries, logical
 * WAL) or Impostgres. Both keep their data directory and port across {@link #restart()}, as a server restart does.
 */
abstract class Upstream implements AutoCloseable {
    protected final Path dataDir;
    protected int port;

    Upstream(Path dataDir) {
        this.dataDir = dataDir;
    }

    abstract String name();

    abstract void start();

    abstract void stop();

    final void restart() {
        stop();
        start();
    }

    final int port() {
        return port;
    }

    final Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    final void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public final void close() {
        stop();
    }

    static Upstream realPostgres(Path dataDir) {
        return new Upstream(dataDir) {
            private EmbeddedPostgres postgres;

            @Override String name() { return "postgres"; }

            @Override void start() {
                try {
                    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                            .setDataDirectory(dataDir).setCleanDataDirectory(false)
                            .setServerConfig("wal_level", "logical")
                            .setServerConfig("max_replication_slots", "20")
                            .setServerConfig("max_wal_senders", "20")
                            .setServerConfig("listen_addresses", "127.0.0.1")
                            .setServerConfig("fsync", "off")
                            // zonky turns it off; a walsender then waits for the WAL writer (200 ms) to send a commit
                            .setServerConfig("synchronous_commit", "on")
                            .setPGStartupWait(Duration.ofSeconds(60))
                            .setDataDirectoryCustomizer(dir -> trustEveryone(dir.toPath()));
                    if (port != 0) builder.setPort(port);
                    postgres = builder.start();
                    port = postgres.getPort();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override void stop() {
                if (postgres == null) return;
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    postgres = null;
                }
            }
        };
    }

    /**
     * Impostgres in its own JVM, started as {@code ./impostgres} starts it (the launcher's main class, on this test's
     * class path), so that a restart is what a user's restart is: the process ends and a new one opens the data
     * directory. Its output goes to {@code impostgres.log} beside the data directory.
     */
    static Upstream impostgres(Path dataDir) {
        return new Upstream(dataDir) {
            private Process process;

            @Override String name() { return "impostgres"; }

            @Override void start() {
                try {
                    if (port == 0) port = freePort();
                    Path log = dataDir.resolveSibling("impostgres.log");
                    long from = Files.exists(log) ? Files.size(log) : 0;
                    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                    process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                            "dev.impostgres.syncengine.Launcher", "--port", Integer.toString(port),
                            "--listen", "127.0.0.1", "--data-dir", dataDir.toString())
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .start();
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (!readySince(log, from)) {
                        if (!process.isAlive()) throw new IllegalStateException("impostgres exited: see " + log);
                        if (System.nanoTime() > deadline) throw new IllegalStateException("impostgres not ready: " + log);
                        Thread.sleep(50);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }

            @Override void stop() {
                if (process == null) return;
                try {
                    process.destroy(); // SIGTERM: the server's shutdown hook closes it as Ctrl-C would
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    process = null;
                }
            }
        };
    }

    private static boolean readySince(Path log, long from) throws IOException {
        if (!Files.exists(log)) return false;
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8).contains("impostgres ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1,
                InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void trustEveryone(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local   all          all                 trust
                    host    all          all   127.0.0.1/32  trust
                    local   replication  all                 trust
                    host    replication  all   127.0.0.1/32  trust
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
