package dev.impostgres.conformance.targets;

import dev.impostgres.conformance.client.PgEndpoint;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Postgres 17 in a Docker container (Testcontainers), for machines with a Docker engine. */
final class ContainerPostgres implements Target {

    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static Target start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
        container.withCommand("postgres", "-c", "wal_level=logical", "-c", "max_replication_slots=10",
                "-c", "max_wal_senders=10", "-c", "synchronous_commit=on", "-c", "fsync=off");
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String description() {
        return "Testcontainers postgres:17";
    }

    @Override
    public PgEndpoint endpoint() {
        // The image's pg_hba allows replication connections from anywhere with the password (scram-sha-256).
        return new PgEndpoint(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                container.getPassword(), "postgres");
    }

    @Override
    public void close() {
        container.stop();
    }
}
