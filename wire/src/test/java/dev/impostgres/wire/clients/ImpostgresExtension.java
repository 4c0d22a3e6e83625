package dev.impostgres.wire.clients;

import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One database per test class: Impostgres on a free port with a fresh data directory, torn down after the class.
 * With {@code -Dimpostgres.test.realPg=host:port} (validating that the tests are honest; never in CI) it creates a
 * scratch database on that real Postgres instead and drops it afterwards. Test methods and {@code @BeforeAll}
 * methods receive the {@link PgTarget} as a parameter.
 */
public final class ImpostgresExtension implements BeforeAllCallback, ParameterResolver {

    public static final String REAL_PG_PROPERTY = "impostgres.test.realPg";
    public static final String REAL_PG_AUTH_PROPERTY = "impostgres.test.realPgAuth";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ImpostgresExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getStore(NAMESPACE).getOrComputeIfAbsent(RunningTarget.class, key -> startForClass(), RunningTarget.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == PgTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        RunningTarget running = extensionContext.getStore(NAMESPACE).get(RunningTarget.class, RunningTarget.class);
        if (running == null) {
            running = extensionContext.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(RunningTarget.class, key -> startForClass(), RunningTarget.class);
        }
        return running.target();
    }

    public static boolean realPostgresRequested() {
        return System.getProperty(REAL_PG_PROPERTY) != null && !System.getProperty(REAL_PG_PROPERTY).isBlank();
    }

    private static RunningTarget startForClass() {
        try {
            return realPostgresRequested() ? RealPostgresDatabase.create() : ImpostgresInstance.start(trustConfig());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test target: " + e, e);
        }
    }

    /**
     * A server that authenticates user "alice" with password "secret" by {@code method}. Validating against real
     * Postgres needs {@code -Dimpostgres.test.realPgAuth=host:port}: a server whose pg_hba.conf maps users
     * alice_trust, alice_password, alice_md5 and alice_scram_sha_256 (password "secret") to those methods.
     */
    public static RunningTarget startWithAuth(ServerConfig.AuthMethod method) throws Exception {
        if (!realPostgresRequested()) {
            String password = method == ServerConfig.AuthMethod.TRUST ? null : "secret";
            return ImpostgresInstance.start(trustConfig().withAuth(method, "alice", password));
        }
        String authServer = System.getProperty(REAL_PG_AUTH_PROPERTY);
        Assumptions.assumeTrue(authServer != null && !authServer.isBlank(),
                "validating auth against real Postgres needs -D" + REAL_PG_AUTH_PROPERTY);
        String[] hostPort = authServer.split(":");
        PgTarget target = new PgTarget(hostPort[0], Integer.parseInt(hostPort[1]), "postgres",
                "alice_" + method.name().toLowerCase(Locale.ROOT), "secret", true);
        return new RunningTarget() {
            @Override
            public PgTarget target() {
                return target;
            }

            @Override
            public void close() {
                // The auth server is managed by whoever validates the tests.
            }
        };
    }

    static ServerConfig trustConfig() throws IOException {
        return ServerConfig.defaults().withPort(0).withDataDir(Files.createTempDirectory("impostgres-clients-"));
    }

    /** Something that serves a {@link PgTarget} and is closed by JUnit when its scope ends. */
    public interface RunningTarget extends ExtensionContext.Store.CloseableResource, AutoCloseable {
        PgTarget target();

        @Override
        void close();
    }

    /** Impostgres started in-process from a {@link ServerConfig}; its data directory is deleted on close. */
    public static final class ImpostgresInstance implements RunningTarget {
        private final ImpostgresServer server;
        private final Path dataDir;
        private final PgTarget target;

        private ImpostgresInstance(ImpostgresServer server, ServerConfig config) {
            this.server = server;
            this.dataDir = config.dataDir();
            this.target = new PgTarget("127.0.0.1", server.port(), "postgres", config.user(), config.password(), false);
        }

        public static ImpostgresInstance start(ServerConfig config) throws Exception {
            return new ImpostgresInstance(ImpostgresServer.start(config), config);
        }

        @Override
        public PgTarget target() {
            return target;
        }

        @Override
        public void close() {
            try {
                server.close();
            } finally {
                deleteRecursively(dataDir);
            }
        }
    }

    /** A scratch database on a real Postgres reached with trust auth as user postgres. */
    static final class RealPostgresDatabase implements RunningTarget {
        private final PgTarget admin;
        private final PgTarget target;

        private RealPostgresDatabase(PgTarget admin, PgTarget target) {
            this.admin = admin;
            this.target = target;
        }

        static RealPostgresDatabase create() throws SQLException {
            String[] hostPort = System.getProperty(REAL_PG_PROPERTY).split(":");
            String host = hostPort[0];
            int port = Integer.parseInt(hostPort[1]);
            String database = "clients_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                    .toLowerCase(Locale.ROOT);
            PgTarget admin = new PgTarget(host, port, "postgres", "postgres", null, true);
            try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            return new RealPostgresDatabase(admin, new PgTarget(host, port, database, "postgres", null, true));
        }

        @Override
        public PgTarget target() {
            return target;
        }

        @Override
        public void close() {
            try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + target.database() + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop " + target.database(), e);
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory must not fail the test that used it.
        }
    }
}
