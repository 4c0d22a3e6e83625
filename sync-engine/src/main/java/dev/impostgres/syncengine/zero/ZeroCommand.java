package dev.impostgres.syncengine.zero;

import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code impostgres zero}: Impostgres plus an unmodified zero-cache pointed at it for all three of its databases.
 * Both write to this terminal; SIGINT/SIGTERM stop zero-cache first (it flushes its replica and releases its slot)
 * and then the server. When zero-cache exits by itself, the server stops too and its exit code is ours.
 */
@Command(name = "zero", mixinStandardHelpOptions = true,
        description = "Runs Impostgres and zero-cache (@rocicorp/zero from npm, installed on first use) with "
                + "ZERO_UPSTREAM_DB, ZERO_CVR_DB and ZERO_CHANGE_DB on Impostgres; other ZERO_* settings pass through.")
public final class ZeroCommand implements Callable<Integer> {
    static final String DEFAULT_VERSION = ZeroInstallation.DEFAULT_VERSION;

    @Option(names = "--port", description = "Impostgres's TCP port (default: ${DEFAULT-VALUE}).", defaultValue = "5433")
    int port;

    @Option(names = "--data-dir", description = "Impostgres's data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "impostgres-data")
    Path dataDir;

    @Option(names = "--database", description = "The app's (upstream) database (default: ${DEFAULT-VALUE}).",
            defaultValue = "postgres")
    String database;

    @Option(names = "--zero-version", description = "@rocicorp/zero version (default: $IMPOSTGRES_ZERO_VERSION or "
            + DEFAULT_VERSION + ").")
    String zeroVersion;

    @Option(names = "--zero-home", description = "Where zero-cache versions are installed (default: "
            + "$IMPOSTGRES_ZERO_HOME or ~/.cache/impostgres/zero).")
    Path zeroHome;

    @Option(names = "--log-level", description = "Impostgres's log level (default: ${DEFAULT-VALUE}).",
            defaultValue = "info")
    String logLevel;

    @Override
    public Integer call() throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", logLevel.toLowerCase());
        Map<String, String> userEnv = System.getenv();
        String version = zeroVersion != null ? zeroVersion : userEnv.getOrDefault("IMPOSTGRES_ZERO_VERSION", DEFAULT_VERSION);
        Path home = zeroHome != null ? zeroHome : ZeroInstallation.defaultHome(userEnv);
        Path cli = new ZeroInstallation(home, version).ensureInstalled();

        ImpostgresServer server;
        try {
            server = ImpostgresServer.start(ServerConfig.defaults().withPort(port).withListenAddress("127.0.0.1")
                    .withDataDir(dataDir).withAuth(ServerConfig.AuthMethod.TRUST, "postgres", null));
        } catch (Exception e) {
            System.err.println("impostgres zero: cannot start Impostgres on 127.0.0.1:" + port + ": " + e.getMessage());
            return 1;
        }
        System.out.println("impostgres ready: " + server.connectionUrl(database) + " (data directory "
                + dataDir.toAbsolutePath().normalize() + ")");
        Map<String, String> env = ZeroEnvironment.forZeroCache(userEnv, "127.0.0.1", port, "postgres", database, dataDir);
        ZeroEnvironment.overridden(userEnv, env).forEach((key, value) ->
                System.err.println("impostgres zero: " + key + " is set to " + value + "; using " + env.get(key)));
        ZeroCacheSupervisor zero = new ZeroCacheSupervisor(cli, env, null, System.out::println);
        zero.start();
        System.out.println("impostgres zero: zero-cache " + version + " started (pid " + zero.pid() + ")");
        Thread stopper = new Thread(() -> stop(zero, server), "impostgres-zero-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        int code = zero.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            return code; // the hook is stopping both
        }
        server.close();
        System.out.println("impostgres zero: zero-cache exited with code " + code + "; impostgres stopped");
        return code;
    }

    /** zero-cache first (SIGTERM, then SIGKILL after 15 s), then the server. */
    private static void stop(ZeroCacheSupervisor zero, ImpostgresServer server) {
        try {
            zero.stop(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        System.out.println("impostgres zero: stopped");
    }
}
