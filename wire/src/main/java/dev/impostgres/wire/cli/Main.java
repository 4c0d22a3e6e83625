package dev.impostgres.wire.cli;

import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import dev.impostgres.wire.server.ServerConfig.AuthMethod;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code impostgres [options]}: runs the server until SIGINT/SIGTERM. */
@Command(name = "impostgres", mixinStandardHelpOptions = true, version = "impostgres 0.1.0",
        description = "A PostgreSQL impostor: the Postgres wire protocol over SQLite files.")
public final class Main implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}).", defaultValue = "5433")
    int port;

    @Option(names = "--listen", description = "Address to listen on (default: ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String listen;

    @Option(names = "--data-dir", description = "Data directory, one SQLite file per database (default: ${DEFAULT-VALUE}).",
            defaultValue = "impostgres-data")
    Path dataDir;

    @Option(names = "--user", description = "The user clients log in as (default: ${DEFAULT-VALUE}).",
            defaultValue = "postgres")
    String user;

    @Option(names = "--password", description = "The user's password; turns on password authentication.")
    String password;

    @Option(names = "--auth", description = "trust, password, md5 or scram-sha-256 (default: trust, or "
            + "scram-sha-256 when --password is given).")
    String auth;

    @Option(names = "--log-level", description = "error, warn, info, debug or trace (default: ${DEFAULT-VALUE}).",
            defaultValue = "info")
    String logLevel;

    @Override
    public Integer call() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", logLevel.toLowerCase());
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        AuthMethod method = authMethod();
        if (method != AuthMethod.TRUST && password == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--auth " + auth + " needs --password");
        }
        ServerConfig config = ServerConfig.defaults().withPort(port).withListenAddress(listen).withDataDir(dataDir)
                .withAuth(method, user, password);
        ImpostgresServer server;
        try {
            server = ImpostgresServer.start(config);
        } catch (Exception e) { // Netty rethrows the bind failure (a checked BindException) as is
            Throwable cause = e instanceof java.net.BindException || e.getCause() == null ? e : e.getCause();
            System.err.println("impostgres: cannot start on " + listen + ":" + port + ": " + cause.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("impostgres stopped");
            stopped.countDown();
        }, "impostgres-shutdown"));
        System.out.println("impostgres ready: " + server.connectionUrl("postgres") + " (data directory "
                + dataDir.toAbsolutePath().normalize() + ", auth " + method.name().toLowerCase().replace('_', '-')
                + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }

    private AuthMethod authMethod() {
        if (auth == null) {
            return password == null ? AuthMethod.TRUST : AuthMethod.SCRAM_SHA_256;
        }
        return switch (auth.toLowerCase()) {
            case "trust" -> AuthMethod.TRUST;
            case "password" -> AuthMethod.PASSWORD;
            case "md5" -> AuthMethod.MD5;
            case "scram-sha-256", "scram" -> AuthMethod.SCRAM_SHA_256;
            default -> throw new CommandLine.ParameterException(new CommandLine(this),
                    "unknown --auth '" + auth + "': use trust, password, md5 or scram-sha-256");
        };
    }

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) System.exit(code);
    }
}
