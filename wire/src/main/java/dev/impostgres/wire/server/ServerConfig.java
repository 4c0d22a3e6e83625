package dev.impostgres.wire.server;

import java.nio.file.Path;

/**
 * Everything the server needs to start. {@code port} 0 picks a free port (tests). {@code password} null with a
 * password method is rejected at start.
 */
public record ServerConfig(String listenAddress, int port, Path dataDir, AuthMethod authMethod, String user,
                           String password, int maxMessageBytes) {

    public enum AuthMethod { TRUST, PASSWORD, MD5, SCRAM_SHA_256 }

    public static final int DEFAULT_PORT = 5433;

    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", DEFAULT_PORT, Path.of("impostgres-data"), AuthMethod.TRUST, "postgres",
                null, 256 * 1024 * 1024);
    }

    public ServerConfig withPort(int port) {
        return new ServerConfig(listenAddress, port, dataDir, authMethod, user, password, maxMessageBytes);
    }

    public ServerConfig withListenAddress(String listenAddress) {
        return new ServerConfig(listenAddress, port, dataDir, authMethod, user, password, maxMessageBytes);
    }

    public ServerConfig withDataDir(Path dataDir) {
        return new ServerConfig(listenAddress, port, dataDir, authMethod, user, password, maxMessageBytes);
    }

    public ServerConfig withAuth(AuthMethod authMethod, String user, String password) {
        return new ServerConfig(listenAddress, port, dataDir, authMethod, user, password, maxMessageBytes);
    }

    public ServerConfig withMaxMessageBytes(int maxMessageBytes) {
        return new ServerConfig(listenAddress, port, dataDir, authMethod, user, password, maxMessageBytes);
    }
}
