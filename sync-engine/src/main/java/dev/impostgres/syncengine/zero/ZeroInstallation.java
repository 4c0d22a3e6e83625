package dev.impostgres.syncengine.zero;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * zero-cache from npm, installed once per version into a cache directory ({@code <home>/<version>}), so the
 * launcher needs nothing but Node and npm on the machine. Installing into a fresh directory that is then renamed
 * into place means an interrupted install is never mistaken for a finished one.
 */
public final class ZeroInstallation {
    /** The zero-cache version the launcher runs unless told otherwise. */
    public static final String DEFAULT_VERSION = "1.9.0";

    private final Path home;
    private final String version;

    public ZeroInstallation(Path home, String version) {
        this.home = home;
        this.version = version;
    }

    /** {@code $IMPOSTGRES_ZERO_HOME}, else {@code ~/.cache/impostgres/zero}. */
    public static Path defaultHome(java.util.Map<String, String> environment) {
        String home = environment.get("IMPOSTGRES_ZERO_HOME");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cache", "impostgres", "zero");
    }

    public Path directory() {
        return home.resolve(version);
    }

    /** zero-cache's entry point ({@code npx zero-cache} runs the same file). */
    public Path cli() {
        return directory().resolve("node_modules/@rocicorp/zero/out/zero/src/cli.js");
    }

    public boolean installed() {
        return Files.isRegularFile(cli());
    }

    /** Installs {@code @rocicorp/zero@<version>} unless present; npm's output goes to ours. */
    public Path ensureInstalled() throws IOException, InterruptedException {
        if (installed()) return cli();
        Files.createDirectories(home);
        Path staging = Files.createTempDirectory(home, "install-" + version + "-");
        System.out.println("impostgres zero: installing @rocicorp/zero@" + version + " into " + directory()
                + " (first use)");
        Process npm = new ProcessBuilder(List.of("npm", "install", "--prefix", staging.toString(), "--no-audit",
                "--no-fund", "--loglevel=error", "@rocicorp/zero@" + version)).inheritIO().start();
        int code = npm.waitFor();
        if (code != 0) throw new IOException("npm install @rocicorp/zero@" + version + " failed with exit code " + code);
        if (!Files.isRegularFile(staging.resolve("node_modules/@rocicorp/zero/out/zero/src/cli.js"))) {
            throw new IOException("npm installed @rocicorp/zero@" + version + " but its cli.js is missing");
        }
        try {
            Files.move(staging, directory());
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another launcher finished first; its copy is as good as ours
        }
        return cli();
    }
}
