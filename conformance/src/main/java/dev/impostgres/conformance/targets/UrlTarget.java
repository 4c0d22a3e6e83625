package dev.impostgres.conformance.targets;

import dev.impostgres.conformance.client.PgEndpoint;

/** A server someone else runs, reached by URL; nothing to stop. */
public record UrlTarget(String name, String description, PgEndpoint endpoint) implements Target {

    @Override
    public void close() {
    }
}
