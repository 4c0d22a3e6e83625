package dev.impostgres.conformance;

import dev.impostgres.conformance.targets.RealPostgres;
import dev.impostgres.conformance.targets.Target;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The real Postgres a differential test compares with; its absence fails under CI and skips loudly elsewhere. */
public final class ReferencePostgres {

    private ReferencePostgres() {
    }

    public static Target start() {
        try {
            return RealPostgres.start(System.getenv());
        } catch (IllegalStateException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and no real Postgres to compare with: " + e.getMessage());
            }
            return Assumptions.abort("SKIPPED LOUDLY: no real Postgres to compare with: " + e.getMessage());
        }
    }
}
