package dev.impostgres.wire.replication;

import java.util.concurrent.CompletableFuture;

/**
 * Ends another backend, as pg_terminate_backend's SIGTERM does: the backend sends FATAL 57P01 and closes, a walsender
 * first stops streaming and releases its slot. The server's backend registry implements it.
 */
@FunctionalInterface
public interface BackendTerminator {

    /** Null when {@code pid} is no backend; else completes once the backend has ended. */
    CompletableFuture<Void> terminate(int pid);
}
