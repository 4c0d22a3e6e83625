package dev.impostgres.conformance;

import dev.impostgres.conformance.targets.RealPostgres;
import dev.impostgres.conformance.targets.Target;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The two servers of a differential test: the real Postgres it compares with and the candidate. */
public final class DifferentialTargets {

    private DifferentialTargets() {
    }

    /** The real Postgres; its absence fails the test under CI and skips it loudly elsewhere. */
    public static Target startReference() {
        try {
            return RealPostgres.start(System.getenv());
        } catch (IllegalStateException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and no real Postgres to compare with: " + e.getMessage());
            }
            return Assumptions.abort("SKIPPED LOUDLY: no real Postgres to compare with: " + e.getMessage());
        }
    }

    /** Stops the targets that were started (null for one that was not). */
    public static void stop(Target... targets) {
        for (Target target : targets) {
            if (target != null) {
                target.close();
            }
        }
    }
}
