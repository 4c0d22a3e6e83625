package dev.impostgres.wire.clients;

import dev.impostgres.wire.server.ServerConfig;
import java.lang.reflect.Method;

/**
 * Starts {@code dev.impostgres.wire.server.ImpostgresServer} by reflection, so these tests compile before the server
 * lands on main. TEMPORARY: replaced by direct calls once the server is merged.
 */
final class ServerHandle implements AutoCloseable {
    private final Object server;

    private ServerHandle(Object server) {
        this.server = server;
    }

    static ServerHandle start(ServerConfig config) throws Exception {
        Class<?> type = Class.forName("dev.impostgres.wire.server.ImpostgresServer");
        Method start = type.getMethod("start", ServerConfig.class);
        return new ServerHandle(start.invoke(null, config));
    }

    int port() {
        try {
            return (int) server.getClass().getMethod("port").invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.getClass().getMethod("close").invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
