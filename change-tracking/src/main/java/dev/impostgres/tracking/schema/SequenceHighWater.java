package dev.impostgres.tracking.schema;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Postgres's nextval and setval are not transactional: a value handed out, or a position set, by a transaction that
 * then rolls back still counts. The sequence row lives in the caller's SQLite transaction (so a rollback restores
 * it); this per-database memory of the last nextval / setval lets the next nextval carry on from there. RESTART
 * (ALTER SEQUENCE, TRUNCATE … RESTART IDENTITY) is transactional in Postgres: it bumps the row's generation, which
 * retires the memory — unless the RESTART itself is rolled back. After a restart of the server the committed row is
 * the floor again.
 */
public final class SequenceHighWater {
    /** {@code exact}: a setval position (taken as is); otherwise a nextval value (only ever moves forward). */
    private record Mark(long generation, long value, boolean called, boolean exact) {}

    private final Map<Long, Mark> marks = new ConcurrentHashMap<>();

    /** The sequence as nextval should see it. */
    SequenceFunctions.Seq adjust(SequenceFunctions.Seq s) {
        Mark mark = marks.get(s.oid());
        if (mark == null || mark.generation() != s.generation()) return s;
        if (!mark.exact()) {
            boolean further = !s.called() || (s.increment() > 0 ? mark.value() > s.last() : mark.value() < s.last());
            if (!further) return s;
        }
        return new SequenceFunctions.Seq(s.oid(), s.name(), mark.value(), mark.called(), s.increment(), s.min(),
                s.max(), s.cycle(), s.generation());
    }

    void handedOut(SequenceFunctions.Seq s, long value) {
        marks.put(s.oid(), new Mark(s.generation(), value, true, false));
    }

    void setval(SequenceFunctions.Seq s, long value, boolean called) {
        marks.put(s.oid(), new Mark(s.generation(), value, called, true));
    }

    /**
     * Puts the marks back as they are now when the returned action runs: for work that is rolled back and must not
     * count, such as replaying a failed statement to find which foreign key it broke.
     */
    public Runnable remember() {
        Map<Long, Mark> copy = new java.util.HashMap<>(marks);
        return () -> {
            marks.clear();
            marks.putAll(copy);
        };
    }
}
