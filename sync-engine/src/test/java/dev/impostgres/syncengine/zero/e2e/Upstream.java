package dev.impostgres.syncengine.zero.e2e;

import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

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

    static Upstream impostgres(Path dataDir) {
        return new Upstream(dataDir) {
            private ImpostgresServer server;

            @Override String name() { return "impostgres"; }

            @Override void start() {
                server = ImpostgresServer.start(ServerConfig.defaults().withPort(port).withListenAddress("127.0.0.1")
                        .withDataDir(dataDir).withAuth(ServerConfig.AuthMethod.TRUST, "postgres", null));
                port = server.port();
            }

            @Override void stop() {
                if (server == null) return;
                server.close();
                server = null;
            }
        };
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
