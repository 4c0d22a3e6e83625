package dev.impostgres.debezium;

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
import java.time.Duration;

/** A database Debezium reads from: real Postgres 17 (zonky binaries) or Impostgres, with a JDBC way in. */
interface CdcTarget extends AutoCloseable {
    String name();

    int port();

    default Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port() + "/postgres", "postgres", "");
    }

    @Override
    void close();

    /** Postgres 17 configured for logical replication, as the conformance module starts it. */
    static CdcTarget realPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "10")
                    .setServerConfig("max_wal_senders", "10")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setDataDirectoryCustomizer(dataDir -> {
                        try {
                            Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), """
                                    local   all          all                 trust
                                    host    all          all   127.0.0.1/32  trust
                                    local   replication  all                 trust
                                    host    replication  all   127.0.0.1/32  trust
                                    """);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .start();
            return new CdcTarget() {
                @Override public String name() { return "postgres"; }
                @Override public int port() { return postgres.getPort(); }
                @Override public void close() {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CdcTarget impostgres(Path dataDir) {
        ImpostgresServer server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir));
        return new CdcTarget() {
            @Override public String name() { return "impostgres"; }
            @Override public int port() { return server.port(); }
            @Override public void close() { server.close(); }
        };
    }
}
