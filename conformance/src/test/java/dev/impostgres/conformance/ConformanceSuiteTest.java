package dev.impostgres.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.client.PgConnection;
import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.conformance.report.CompatibilityReport;
import dev.impostgres.conformance.report.Ratchet;
import dev.impostgres.conformance.run.CaseResult;
import dev.impostgres.conformance.run.CaseRunner;
import dev.impostgres.conformance.run.SuiteRun;
import dev.impostgres.conformance.run.TranscriptComparison;
import dev.impostgres.conformance.run.TranscriptFiles;
import dev.impostgres.conformance.script.CaseParser;
import dev.impostgres.conformance.script.ConformanceCase;
import dev.impostgres.conformance.targets.ImpostgresLauncher;
import dev.impostgres.conformance.targets.ImpostgresTarget;
import dev.impostgres.conformance.targets.Target;
import dev.impostgres.conformance.targets.UrlTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential suite: every case under conformance/cases on real Postgres and on Impostgres (one of each for
 * the whole run), the report in docs/compatibility.{md,json}, and the ratchet.
 */
class ConformanceSuiteTest {

    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CASE_BUDGET = Duration.ofSeconds(60);
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));

    private static Target postgres;
    private static Target impostgres;

    @BeforeAll
    static void startTargets(@TempDir Path impostgresData) {
        long start = System.nanoTime();
        postgres = DifferentialTargets.startReference();
        System.out.printf("conformance: reference %s started in %d ms%n", postgres.description(), millisSince(start));
        start = System.nanoTime();
        String candidateUrl = System.getProperty("conformance.candidate.url", "");
        // An Impostgres started by hand (java -jar impostgres.jar), or any server to compare with, instead of in-process.
        impostgres = candidateUrl.isBlank() ? ImpostgresTarget.start(ImpostgresLauncher.inProcess(), impostgresData)
                : new UrlTarget("impostgres", "candidate at " + candidateUrl, PgEndpoint.parse(candidateUrl));
        System.out.printf("conformance: Impostgres %s in %d ms%n",
                impostgres.unavailable().map(r -> "UNAVAILABLE (" + r + ")").orElse("started"), millisSince(start));
    }

    @AfterAll
    static void stopTargets() {
        DifferentialTargets.stop(impostgres, postgres);
    }

    @Test
    void everyCaseIsComparedAndNoAreaFallsBelowTheRatchet() throws Exception {
        List<ConformanceCase> cases = CaseParser.loadAll(MODULE.resolve("cases"));
        // -Dconformance.only=<area>[/<name prefix>] runs a subset while working on it; no report, no ratchet.
        String only = System.getProperty("conformance.only", "");
        if (!only.isBlank()) {
            cases = cases.stream().filter(c -> (c.area() + "/" + c.name()).startsWith(only)).toList();
            List<CaseResult> results = SuiteRun.run(cases, runner(postgres), runner(impostgres),
                    new TranscriptFiles(MODULE.resolve("target/conformance-transcripts")));
            results.forEach(r -> System.out.println("conformance: " + r.id() + " "
                    + r.firstDifference().map(d -> "DIFFERS: " + d).orElse("identical")));
            return;
        }
        long start = System.nanoTime();
        List<CaseResult> results = SuiteRun.run(cases, runner(postgres), runner(impostgres),
                new TranscriptFiles(MODULE.resolve("target/conformance-transcripts")));
        System.out.printf("conformance: %d cases on both targets in %d ms%n", cases.size(), millisSince(start));

        new CompatibilityReport(results, postgresVersion()).write(MODULE.resolve("..").normalize().resolve("docs"));
        Path ratchetFile = MODULE.resolve("ratchet.json");
        Ratchet.Verdict verdict = Ratchet.judge(Ratchet.read(ratchetFile), results);
        if (Boolean.getBoolean("ratchet.update")) {
            Ratchet.write(ratchetFile, verdict.current());
            System.out.println("conformance: ratchet.json rewritten: " + verdict.current());
        } else {
            verdict.improvements().forEach(i -> System.out.println(
                    "conformance: NOTE raise the ratchet (-Dratchet.update=true): " + i));
        }
        results.stream().filter(CaseResult::directiveRemovable).forEach(r -> System.out.println(
                "conformance: NOTE " + r.id() + " is identical now: remove its expect-difference directive"));

        assertThat(results).hasSize(cases.size());
        assertThat(results).as("cases that do not even run on real Postgres (see docs/compatibility.md)")
                .allSatisfy(r -> assertThat(r.brokenOnPostgres()).as(r.id()).isEmpty());
        if (!Boolean.getBoolean("ratchet.update")) {
            assertThat(verdict.regressions()).as("conformance ratchet (conformance/ratchet.json)").isEmpty();
        }
    }

    /**
     * The harness judged by itself: the seed cases run twice on real Postgres must come out identical, which checks
     * that the normalization covers what legitimately varies (xids, LSNs, OIDs, clocks) and the replication capture
     * terminates and is deterministic.
     */
    @Test
    void realPostgresAgreesWithItselfOnTheSeedCases() {
        List<ConformanceCase> seeds = CaseParser.loadAll(MODULE.resolve("cases")).stream()
                .filter(c -> Set.of("smoke", "replication").contains(c.area())).toList();
        assertThat(seeds).isNotEmpty();
        CaseRunner runner = runner(postgres);
        // One after the other: both runs use the same database and slot names on the same cluster.
        List<CaseResult> results = seeds.stream()
                .map(c -> TranscriptComparison.compare(c, runner.run(c), runner.run(c))).toList();
        assertThat(results).allSatisfy(r -> assertThat(r.firstDifference()).as(r.id()).isEmpty());
        assertThat(results).allSatisfy(r -> assertThat(r.brokenOnPostgres()).as(r.id()).isEmpty());
        assertThat(results.stream().filter(r -> r.area().equals("replication"))).isNotEmpty();
    }

    private static CaseRunner runner(Target target) {
        return new CaseRunner(target, STATEMENT_TIMEOUT, CASE_BUDGET);
    }

    private static String postgresVersion() throws Exception {
        try (PgConnection c = PgConnection.connect(postgres.endpoint(), Map.of(), STATEMENT_TIMEOUT)) {
            String version = c.parameter("server_version");
            return version == null ? "(unknown)" : version.split(" ")[0];
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
