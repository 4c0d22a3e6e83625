package dev.impostgres.conformance.run;

import dev.impostgres.conformance.script.ConformanceCase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every case on the reference (real Postgres) and the candidate (Impostgres), the two sides of one case in
 * parallel (they are different servers), the cases one after another (replication slots are cluster-wide).
 */
public final class SuiteRun {

    private SuiteRun() {}

    public static List<CaseResult> run(List<ConformanceCase> cases, CaseRunner reference, CaseRunner candidate,
                                       TranscriptFiles files) {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "conformance-target");
            t.setDaemon(true); // a server that never answers must not keep the JVM alive
            return t;
        });
        try {
            List<CaseResult> results = new ArrayList<>(cases.size());
            for (ConformanceCase c : cases) {
                Future<Transcript> expected = pool.submit(() -> reference.run(c));
                Future<Transcript> actual = pool.submit(() -> candidate.run(c));
                files.write("postgres", c, expected.get());
                files.write("impostgres", c, actual.get());
                results.add(TranscriptComparison.compare(c, expected.get(), actual.get()));
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a case runner threw, which it must never do", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
