package dev.impostgres.conformance.targets;

import dev.impostgres.wire.server.ServerConfig;

/**
 * The one seam between the harness and the Impostgres server class. {@link #reflective()} finds
 * {@code dev.impostgres.wire.server.ImpostgresServer} at run time so this module compiles before that class exists;
 * once it is on main, replace the body of {@link #reflective()} by a direct call (see conformance/README.md).
 */
@FunctionalInterface
public interface ImpostgresLauncher {

    /** A started server: the port it listens on and how to stop it. */
    record Running(int port, AutoCloseable stopper) {}

    Running start(ServerConfig config) throws Exception;

    static ImpostgresLauncher reflective() {
        return config -> {
            Class<?> server = Class.forName("dev.impostgres.wire.server.ImpostgresServer");
            Object instance = server.getMethod("start", ServerConfig.class).invoke(null, config);
            int port = (Integer) server.getMethod("port").invoke(instance);
            return new Running(port, (AutoCloseable) instance);
        };
    }
}
