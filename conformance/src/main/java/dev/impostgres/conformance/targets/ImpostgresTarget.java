package dev.impostgres.conformance.targets;

import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.wire.server.ServerConfig;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Impostgres started in-process on a free port over a fresh data directory. If it cannot start, the target stays
 * "unavailable" with the reason, and every case records that reason as its difference (never a skipped suite).
 */
public final class ImpostgresTarget implements Target {

    private final ImpostgresLauncher.Running running;
    private final String failure;

    private ImpostgresTarget(ImpostgresLauncher.Running running, String failure) {
        this.running = running;
        this.failure = failure;
    }

    public static ImpostgresTarget start(ImpostgresLauncher launcher, Path dataDir) {
        try {
            return new ImpostgresTarget(launcher.start(ServerConfig.defaults().withPort(0).withDataDir(dataDir)), null);
        } catch (ClassNotFoundException e) {
            return new ImpostgresTarget(null, "Impostgres server class not found: " + e.getMessage());
        } catch (InvocationTargetException e) {
            return new ImpostgresTarget(null, "Impostgres failed to start: " + e.getCause());
        } catch (Exception | LinkageError e) {
            return new ImpostgresTarget(null, "Impostgres failed to start: " + e);
        }
    }

    @Override
    public String name() {
        return "impostgres";
    }

    @Override
    public String description() {
        return "Impostgres in-process";
    }

    @Override
    public PgEndpoint endpoint() {
        return new PgEndpoint("127.0.0.1", running == null ? 0 : running.port(), "postgres", null, "postgres");
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
        if (running == null) {
            return;
        }
        try {
            running.stopper().close();
        } catch (Exception e) {
            System.err.println("conformance: stopping Impostgres failed: " + e);
        }
    }
}
