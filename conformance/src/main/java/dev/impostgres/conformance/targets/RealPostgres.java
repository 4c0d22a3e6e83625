package dev.impostgres.conformance.targets;

import dev.impostgres.conformance.client.PgEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds a real Postgres with no set-up, in this order: {@code IMPOSTGRES_PG_URL}
 * (postgresql://user:pass@host:port/db); Testcontainers (postgres:17, wal_level=logical) when a Docker engine
 * answers; embedded Postgres 17 binaries from Maven Central (zonky). The first that works wins.
 */
public final class RealPostgres {

    public static final String URL_VARIABLE = "IMPOSTGRES_PG_URL";

    private RealPostgres() {}

    /** @throws IllegalStateException naming why each way failed, when none did */
    public static Target start(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            // An explicit URL is a decision: never fall back silently to another Postgres.
            return new UrlTarget("postgres", URL_VARIABLE + " " + PgEndpoint.parse(url), PgEndpoint.parse(url));
        }
        List<String> failures = new ArrayList<>();
        try {
            if (ContainerPostgres.dockerAvailable()) {
                return ContainerPostgres.start();
            }
            failures.add("Testcontainers: no Docker engine answers");
        } catch (RuntimeException | LinkageError e) {
            failures.add("Testcontainers: " + e);
        }
        try {
            return EmbeddedPostgresTarget.start();
        } catch (Exception | LinkageError e) {
            failures.add("embedded Postgres: " + e);
        }
        throw new IllegalStateException("no real Postgres: " + URL_VARIABLE + " is not set; " + String.join("; ", failures));
    }
}
