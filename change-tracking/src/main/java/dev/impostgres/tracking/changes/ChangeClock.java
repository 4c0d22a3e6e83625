package dev.impostgres.tracking.changes;

import java.time.Instant;

/** Commit timestamps in microseconds since 1970 (pgoutput converts to its 2000-01-01 epoch when writing). */
public final class ChangeClock {
    private ChangeClock() {}

    public static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
