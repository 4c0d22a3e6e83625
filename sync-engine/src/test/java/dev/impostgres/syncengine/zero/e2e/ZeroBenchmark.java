package dev.impostgres.syncengine.zero.e2e;

import dev.impostgres.syncengine.zero.ZeroInstallation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * zero-cache on real Postgres 17 and on Impostgres, one after the other in one run, with the end-to-end app: time to
 * ready (initial sync of 10,000 rows included), time until a client holds those rows, and commit-to-client latency.
 * Writes its section of docs/performance.md. Not part of the test run:
 * {@code mvn -B -pl sync-engine -am -DskipTests -Pzero-bench verify}.
 */
public final class ZeroBenchmark {
    static final String BEGIN = "<!-- zero-cache figures: written by ZeroBenchmark -->";
    static final String END = "<!-- end of zero-cache figures -->";
    private static final int ROWS = 10_000;
    private static final int WARMUP = 20;
    private static final int SAMPLES = 200;
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    record Measured(double readyMs, double clientRowsMs, double[] commitToClientMs) {
        double percentile(double p) {
            double[] sorted = commitToClientMs.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : Path.of("..", "docs", "performance.md");
        Path dir = Files.createTempDirectory("zero-bench");
        ZeroInstallation zero = new ZeroInstallation(ZeroInstallation.defaultHome(System.getenv()),
                ZeroInstallation.DEFAULT_VERSION);
        zero.ensureInstalled();
        Measured postgres;
        try (Upstream upstream = Upstream.realPostgres(Files.createDirectories(dir.resolve("postgres-data")))) {
            postgres = measure(upstream, zero, Files.createDirectories(dir.resolve("postgres-run")));
        }
        Measured impostgres;
        try (Upstream upstream = Upstream.impostgres(Files.createDirectories(dir.resolve("impostgres-data")))) {
            impostgres = measure(upstream, zero, Files.createDirectories(dir.resolve("impostgres-run")));
        }
        String section = section(postgres, impostgres);
        System.out.println(section);
        String doc = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
        Files.writeString(out, withSection(doc, section), StandardCharsets.UTF_8);
        System.out.println("zero-bench: written " + out.toAbsolutePath().normalize() + " (logs in " + dir + ")");
    }

    private static Measured measure(Upstream upstream, ZeroInstallation zero, Path workDir) throws Exception {
        System.out.println("zero-bench: " + upstream.name());
        upstream.start();
        for (String db : List.of(ZeroScenario.DATABASE, "zero_cvr", "zero_cdc")) {
            upstream.execute("postgres", "CREATE DATABASE " + db);
        }
        upstream.execute(ZeroScenario.DATABASE, ZeroApp.resource("schema.sql"));
        upstream.execute(ZeroScenario.DATABASE, "INSERT INTO users SELECT 'b' || g, 'user ' || g, g % 2 = 0, "
                + "timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute' FROM generate_series(1, " + ROWS
                + ") AS g");
        try (ZeroCacheProcess zeroCache = new ZeroCacheProcess(zero.cli(), workDir, upstream, ZeroScenario.DATABASE,
                ZeroApp.freePortPair())) {
            long start = System.nanoTime();
            zeroCache.start(TIMEOUT);
            double readyMs = millisSince(start);
            ZeroApp.deployPermissions(zero, zeroCache, workDir, "base");

            start = System.nanoTime();
            try (ZeroClientProcess client = new ZeroClientProcess(ZeroApp.file(zero, "client.mjs"), zeroCache.url(),
                    "base", workDir.resolve("client.log"))) {
                require(client.awaitReport(c -> c.rows("users").size() == ROWS + 2, TIMEOUT), "initial rows");
                double clientRowsMs = millisSince(start);
                double[] latencies = new double[SAMPLES];
                try (Connection c = upstream.connect(ZeroScenario.DATABASE);
                        PreparedStatement insert = c.prepareStatement(
                                "INSERT INTO project VALUES (?, 'u1', ?, 1.25, '{}', '{}')")) {
                    for (int i = 0; i < WARMUP + SAMPLES; i++) {
                        int id = 1000 + i;
                        insert.setInt(1, id);
                        insert.setString(2, "p" + id);
                        long t = System.nanoTime();
                        insert.executeUpdate();
                        require(client.awaitReport(v -> hasProject(v, id), TIMEOUT), "project " + id);
                        if (i >= WARMUP) latencies[i - WARMUP] = millisSince(t);
                    }
                }
                return new Measured(readyMs, clientRowsMs, latencies);
            }
        } finally {
            upstream.stop();
        }
    }

    private static boolean hasProject(ZeroClientProcess client, int id) {
        for (var row : client.rows("project")) {
            if (row.path("id").asInt() == id) return true;
        }
        return false;
    }

    private static void require(boolean arrived, String what) {
        if (!arrived) throw new IllegalStateException("the client did not receive " + what + " within " + TIMEOUT);
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    static String section(Measured pg, Measured imp) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("zero-cache start to ready, fresh replica (initial sync of " + String.format(Locale.ROOT, "%,d", ROWS)
                + " rows included)", pg.readyMs(), imp.readyMs()));
        rows.add(row("client start to all " + String.format(Locale.ROOT, "%,d", ROWS) + " rows in its view",
                pg.clientRowsMs(), imp.clientRowsMs()));
        rows.add(row("INSERT+commit to the row in the client's view, p50", pg.percentile(0.50), imp.percentile(0.50)));
        rows.add(row("INSERT+commit to the row in the client's view, p99", pg.percentile(0.99), imp.percentile(0.99)));
        StringBuilder b = new StringBuilder(BEGIN).append('\n');
        b.append("## Zero: zero-cache ").append(ZeroInstallation.DEFAULT_VERSION).append(" on each server\n\n");
        b.append("Measured by `dev.impostgres.syncengine.zero.e2e.ZeroBenchmark` on ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append(": the end-to-end test's app and Node Zero client, zero-cache with all three databases on ")
                .append("embedded Postgres 17 (fsync=off, synchronous_commit=on), then on Impostgres in its own JVM, one after the ")
                .append("other on this machine (")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs).\n\n");
        b.append("| workload | unit | Postgres | Impostgres | Impostgres vs Postgres |\n");
        b.append("| --- | --- | ---: | ---: | --- |\n");
        for (String[] r : rows) b.append("| ").append(String.join(" | ", r)).append(" |\n");
        b.append("""

                Run it with `mvn -B -pl sync-engine -am -DskipTests -Pzero-bench verify` (a few minutes; it installs \
                zero-cache on first use as the end-to-end test does). %d commits are timed after %d warm-up commits, \
                each a single-row autocommit INSERT through pgjdbc, timed until the client's live view reports the row; \
                the next starts only then. Time to ready is from starting zero-cache (under `impostgres zero`'s \
                supervisor) until every worker reports ready, with a fresh replica, so it includes the initial sync. \
                One run on a machine shared with other work: compare orders of magnitude, not digits.
                """.formatted(SAMPLES, WARMUP));
        return b.append(END).append('\n').toString();
    }

    private static String[] row(String name, double pg, double imp) {
        return new String[] {name, "ms", fmt(pg), fmt(imp), String.format(Locale.ROOT, "%.2f× the time", imp / pg)};
    }

    private static String fmt(double ms) {
        return ms >= 100 ? String.format(Locale.ROOT, "%,.0f", ms) : String.format(Locale.ROOT, "%.1f", ms);
    }

    /** The document with its zero-cache section replaced, or appended when it has none. */
    static String withSection(String doc, String section) {
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        if (begin >= 0 && end > begin) {
            int after = end + END.length();
            if (after < doc.length() && doc.charAt(after) == '\n') after++;
            return doc.substring(0, begin) + section + doc.substring(after);
        }
        return doc + (doc.isEmpty() || doc.endsWith("\n\n") ? "" : doc.endsWith("\n") ? "\n" : "\n\n") + section;
    }
}
