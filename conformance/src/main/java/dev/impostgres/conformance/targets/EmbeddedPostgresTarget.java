package dev.impostgres.conformance.targets;

import dev.impostgres.conformance.client.PgEndpoint;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Postgres 17 from the zonky binaries on Maven Central, started once per test run. Configured for logical
 * replication; {@code synchronous_commit=on} because zonky's default (off) can hide a just-committed row from the
 * next reader. Runs as root too (zonky drops privileges itself).
 */
final class EmbeddedPostgresTarget implements Target {

    // initdb's own pg_hba already trusts local replication; written out so the requirement is visible here.
    private static final String PG_HBA = """
            local   all          all                 trust
            host    all          all   127.0.0.1/32  trust
            host    all          all   ::1/128       trust
            local   replication  all                 trust
            host    replication  all   127.0.0.1/32  trust
            host    replication  all   ::1/128       trust
            """;

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresTarget(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static Target start() throws IOException {
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
                        Files.writeString(dataDir.toPath().resolve("pg_hba.conf"), PG_HBA);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
        return new EmbeddedPostgresTarget(postgres);
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String description() {
        return "embedded Postgres (io.zonky.test binaries 17)";
    }

    @Override
    public PgEndpoint endpoint() {
        return new PgEndpoint("127.0.0.1", postgres.getPort(), "postgres", null, "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("conformance: stopping embedded Postgres failed: " + e);
        }
    }
}
