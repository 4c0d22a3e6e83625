package dev.impostgres.conformance.targets;

import dev.impostgres.conformance.client.PgEndpoint;
import java.util.Optional;

/** A server the cases run against: real Postgres (the reference) or Impostgres (the candidate). */
public interface Target extends AutoCloseable {

    /** "postgres" or "impostgres": used in reports. */
    String name();

    /** How it was obtained, e.g. "embedded Postgres (zonky) 17.6". */
    String description();

    /** Where to connect as an administrator; the database is the maintenance database (postgres). */
    PgEndpoint endpoint();

    /** Why this target could not be started, if it could not: every case then records that as its failure. */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    /** Stops what this target started; never throws. */
    @Override
    void close();
}
