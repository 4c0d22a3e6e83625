package dev.impostgres.syncengine.zero.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.syncengine.zero.ZeroInstallation;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Zero app both the end-to-end scenario and the benchmark run: its files, its permissions, its ports. */
final class ZeroApp {
    private ZeroApp() {}

    /** Runs zero's deploy-permissions for the schema variant against zero-cache's upstream. */
    static void deployPermissions(ZeroInstallation zero, ZeroCacheProcess zeroCache, Path workDir, String variant)
            throws Exception {
        Path deploy = zero.cli().resolveSibling("deploy-permissions.js");
        Path schema = file(zero, "schema.mjs");
        Path log = workDir.resolve("deploy-permissions-" + variant + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("node", deploy.toString(), "--schema-path",
                schema.toString())).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(zeroCache.environment());
        builder.environment().put("E2E_SCHEMA_VARIANT", variant);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("deploy-permissions finished").isTrue();
        assertThat(process.exitValue()).as("deploy-permissions exit code; log " + log).isZero();
    }

    /**
     * The app's files live inside the zero installation so that Node resolves {@code @rocicorp/zero} and {@code ws}
     * from its node_modules, as they would in an app that depends on zero.
     */
    static Path file(ZeroInstallation zero, String name) throws IOException {
        Path file = Files.createDirectories(zero.directory().resolve("impostgres-e2e")).resolve(name);
        Files.writeString(file, resource(name));
        return file;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ZeroApp.class.getResourceAsStream("/zero-e2e/" + name)) {
            if (in == null) throw new IOException("missing test resource zero-e2e/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** zero-cache listens on a port and the next one (its change streamer). */
    static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two adjacent free ports");
    }
}
