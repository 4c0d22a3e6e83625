package dev.impostgres.conformance.targets;

import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;

/**
 * The one seam between the harness and the Impostgres server: {@link #inProcess()} starts it in this JVM; tests may
 * substitute a launcher that fails or hangs to prove the harness survives a misbehaving server.
 */
@FunctionalInterface
public interface ImpostgresLauncher {

    /** A started server: the port it listens on and how to stop it. */
    record Running(int port, AutoCloseable stopper) {}

    Running start(ServerConfig config) throws Exception;

    static ImpostgresLauncher inProcess() {
        return config -> {
            ImpostgresServer server = ImpostgresServer.start(config);
            return new Running(server.port(), server);
        };
    }
}
