package dev.impostgres.conformance.bench;

import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.conformance.targets.RealPostgres;
import dev.impostgres.conformance.targets.Target;
import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side benchmark: the same {@link Workloads} against real Postgres (found as the conformance suite finds
 * it: IMPOSTGRES_PG_URL, Docker, else embedded Postgres 17) and against Impostgres started in this JVM, one after the
 * other on the same machine, then docs/performance.md with both figures and their ratio. Not part of the test
 * run; started with {@code mvn -B -pl conformance -am -DskipTests -Pbench verify} (see docs/performance.md).
 *
 * @see #main
 */
public final class Benchmark {

    /** One figure on both servers. {@code higherIsBetter}: throughput (else latency). */
    private record Figure(String name, String unit, double postgres, double impostgres, boolean higherIsBetter) {}

    /** What one server measured. */
    private record Measured(long[] queryNanos, double batchedRows, double autocommitRows, double copyRows,
                            Workloads.Replication replication) {}

    private Benchmark() {}

    /** @param args optional: the output file (default docs/performance.md under the current directory's parent) */
    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : defaultOutput();
        Path data = Files.createTempDirectory("impostgres-bench");
        Measured postgres;
        String postgresDescription;
        try (Target real = RealPostgres.start(System.getenv())) {
            postgresDescription = real.description();
            PgEndpoint e = real.endpoint();
            System.out.println("bench: Postgres (" + postgresDescription + ")");
            postgres = measure(new Workloads(e.host(), e.port()));
        }
        Measured impostgres;
        try (ImpostgresServer server = ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(data))) {
            System.out.println("bench: Impostgres");
            impostgres = measure(new Workloads("127.0.0.1", server.port()));
        }
        List<Figure> figures = figures(postgres, impostgres);
        String report = report(figures, postgresDescription) + sectionsOfOtherBenchmarks(out);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("bench: written " + out.toAbsolutePath().normalize());
    }

    private static Measured measure(Workloads w) throws Exception {
        long[] queries = w.simpleQueryLatencies();
        System.out.println("bench:   simple queries done");
        double batched = w.preparedInsertBatchedRowsPerSecond();
        double autocommit = w.preparedInsertAutocommitRowsPerSecond();
        System.out.println("bench:   prepared inserts done");
        double copy = w.copyInRowsPerSecond();
        System.out.println("bench:   COPY done");
        Workloads.Replication replication = w.replication();
        System.out.println("bench:   replication done");
        return new Measured(queries, batched, autocommit, copy, replication);
    }

    private static List<Figure> figures(Measured pg, Measured imp) {
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("simple query `SELECT 1` latency p50", "µs", percentile(pg.queryNanos(), 50) / 1e3,
                percentile(imp.queryNanos(), 50) / 1e3, false));
        f.add(new Figure("simple query `SELECT 1` latency p99", "µs", percentile(pg.queryNanos(), 99) / 1e3,
                percentile(imp.queryNanos(), 99) / 1e3, false));
        f.add(new Figure("prepared INSERT, batches of 1,000 in one transaction", "rows/s", pg.batchedRows(),
                imp.batchedRows(), true));
        f.add(new Figure("prepared INSERT, one transaction per row", "rows/s", pg.autocommitRows(), imp.autocommitRows(),
                true));
        f.add(new Figure("COPY … FROM STDIN (text)", "rows/s", pg.copyRows(), imp.copyRows(), true));
        long[] pgRepl = pg.replication().commitToConsumerNanos();
        long[] impRepl = imp.replication().commitToConsumerNanos();
        f.add(new Figure("INSERT+commit to Commit received by a pgoutput consumer, p50", "µs",
                percentile(pgRepl, 50) / 1e3, percentile(impRepl, 50) / 1e3, false));
        f.add(new Figure("INSERT+commit to Commit received by a pgoutput consumer, p99", "µs",
                percentile(pgRepl, 99) / 1e3, percentile(impRepl, 99) / 1e3, false));
        f.add(new Figure("streaming one 20,000-row transaction, commit to Commit received", "rows/s",
                pg.replication().streamedRowsPerSecond(), imp.replication().streamedRowsPerSecond(), true));
        return f;
    }

    private static String report(List<Figure> figures, String postgres) {
        StringBuilder md = new StringBuilder();
        md.append("# Performance: Impostgres beside real Postgres\n\n");
        md.append("Measured by `dev.impostgres.conformance.bench.Benchmark` on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(": the same pgjdbc workloads against ")
                .append(postgres).append(" and against Impostgres in the benchmark's JVM, one after the other on this ")
                .append("machine (").append(Runtime.getRuntime().availableProcessors()).append(" CPUs seen by Java ")
                .append(System.getProperty("java.version")).append(").\n\n");
        md.append("| workload | unit | Postgres | Impostgres | Impostgres vs Postgres |\n| --- | --- | ---: | ---: | --- |\n");
        for (Figure f : figures) {
            double ratio = f.impostgres() / f.postgres();
            String verdict = f.higherIsBetter()
                    ? String.format(Locale.ROOT, "%.2f× the throughput", ratio)
                    : String.format(Locale.ROOT, "%.2f× the latency", ratio);
            md.append("| ").append(f.name()).append(" | ").append(f.unit()).append(" | ").append(number(f.postgres()))
                    .append(" | ").append(number(f.impostgres())).append(" | ").append(verdict).append(" |\n");
        }
        md.append("""

                ## How to run it

                ```sh
                mvn -B -pl conformance -am -DskipTests -Pbench verify
                ```

                It starts real Postgres as the conformance suite does (`IMPOSTGRES_PG_URL` if set, else Testcontainers
                when a Docker engine answers, else embedded Postgres 17 from Maven Central), runs every workload on it,
                then on an in-process Impostgres with a fresh data directory, and rewrites this file. About a minute; it
                is not part of `mvn verify`.

                ## What is measured

                - **Simple query latency:** %d × `SELECT 1` as a simple Query on one connection, after %d warm-up
                  queries; client-side round trip.
                - **Prepared INSERT:** %,d rows through one prepared statement, `executeBatch` every 1,000 rows in one
                  transaction; and %,d rows each committed on its own (autocommit).
                - **COPY in:** %,d rows of (int, text, numeric) in COPY text format through pgjdbc's CopyManager.
                - **Commit to consumer:** %d single-row INSERTs in autocommit, each timed from before the INSERT until a
                  pgoutput consumer (pgjdbc's replication API, proto_version 1) has received its Commit message; the next
                  INSERT starts only then. **Streaming:** one transaction of %,d rows, timed from COMMIT to its Commit
                  message at the consumer.

                ## Reading the figures

                - Both servers are durable on commit, but not equally: embedded Postgres runs with `fsync=off` (as the
                  conformance suite configures it) and `synchronous_commit=on`; Impostgres runs SQLite in WAL mode with
                  `synchronous=FULL`, so each commit fsyncs. Per-commit figures favour Postgres for that reason.
                - The machine is shared with other work, so single runs vary; compare orders of magnitude, not digits.
                """.formatted(Workloads.QUERIES, Workloads.WARMUP, Workloads.BATCH_ROWS, Workloads.AUTOCOMMIT_ROWS,
                Workloads.COPY_ROWS, Workloads.REPLICATED_COMMITS, Workloads.STREAMED_ROWS));
        return md.toString();
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static double percentile(long[] values, int p) {
        List<Long> sorted = Workloads.sorted(values);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Path defaultOutput() {
        Path cwd = Path.of("").toAbsolutePath();
        // mvn -pl conformance runs with the module as working directory; the docs live beside it
        Path docs = Files.isDirectory(cwd.resolve("docs")) ? cwd.resolve("docs") : cwd.resolveSibling("docs");
        return docs.resolve("performance.md");
    }

    /**
     * Sections other benchmarks wrote into the same file (sync-engine's ZeroBenchmark), each opened by an HTML
     * comment line; kept as they are, after this benchmark's figures.
     */
    private static String sectionsOfOtherBenchmarks(Path out) throws java.io.IOException {
        if (!Files.exists(out)) return "";
        String doc = Files.readString(out, StandardCharsets.UTF_8);
        int at = doc.startsWith("<!-- ") ? 0 : doc.indexOf("\n<!-- ");
        return at < 0 ? "" : "\n" + doc.substring(at == 0 ? 0 : at + 1);
    }
}
