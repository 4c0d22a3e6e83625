package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Postgres's advisory locks for one database: pg_advisory_lock and friends, session- and transaction-level,
 * exclusive and shared, re-entrant, with the bigint and the (int4, int4) key spaces kept apart as in Postgres. A
 * waiting session wakes when a holder releases, aborts on a cancel request (57014), and a cycle of sessions waiting
 * for each other's advisory locks fails the session that closes it with 40P01, as Postgres's deadlock detector would.
 */
public final class AdvisoryLocks {
    private static final long CANCEL_CHECK_MILLIS = 100;

    private enum Mode { EXCLUSIVE, SHARED }

    /** How often one owner holds one key: session/transaction × exclusive/shared. */
    private static final class Holds {
        int sessionExclusive;
        int xactExclusive;
        int sessionShared;
        int xactShared;

        boolean exclusive() { return sessionExclusive + xactExclusive > 0; }
        boolean any() { return exclusive() || sessionShared + xactShared > 0; }
    }

    private final Map<String, Map<Object, Holds>> held = new HashMap<>();
    private final Map<Object, String> waitingFor = new HashMap<>();

    /** Registers the lock functions on a session's connection; {@code owner} identifies the session. */
    public static void register(Connection c, AdvisoryLocks locks, Object owner, BooleanSupplier cancelled)
            throws SQLException {
        for (boolean xact : new boolean[] {false, true}) {
            String prefix = xact ? "pg_advisory_xact_lock" : "pg_advisory_lock";
            String tryPrefix = xact ? "pg_try_advisory_xact_lock" : "pg_try_advisory_lock";
            for (Mode mode : Mode.values()) {
                String suffix = mode == Mode.SHARED ? "_shared" : "";
                Udf.strict(c, prefix + suffix, 1, a -> locks.lock(owner, key(a), mode, xact, cancelled));
                Udf.strict(c, prefix + suffix, 2, a -> locks.lock(owner, key(a), mode, xact, cancelled));
                Udf.strict(c, tryPrefix + suffix, 1, a -> locks.tryLock(owner, key(a), mode, xact));
                Udf.strict(c, tryPrefix + suffix, 2, a -> locks.tryLock(owner, key(a), mode, xact));
            }
        }
        Udf.strict(c, "pg_advisory_unlock", 1, a -> locks.unlock(owner, key(a), Mode.EXCLUSIVE));
        Udf.strict(c, "pg_advisory_unlock", 2, a -> locks.unlock(owner, key(a), Mode.EXCLUSIVE));
        Udf.strict(c, "pg_advisory_unlock_shared", 1, a -> locks.unlock(owner, key(a), Mode.SHARED));
        Udf.strict(c, "pg_advisory_unlock_shared", 2, a -> locks.unlock(owner, key(a), Mode.SHARED));
        SleepFunction.register(c, cancelled); // the other function that waits and must notice a cancel
        Udf.lenient(c, "pg_advisory_unlock_all", 0, a -> {
            locks.releaseSession(owner);
            return "";
        });
    }

    /** One advisory lock an owner holds, as pg_locks lists it: the key as kept here and whether exclusive. */
    public record Held(String key, boolean exclusive) {}

    /** The advisory locks {@code owner} holds (one entry per key and mode), for pg_locks. */
    public synchronized java.util.List<Held> heldBy(Object owner) {
        java.util.List<Held> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Map<Object, Holds>> e : held.entrySet()) {
            Holds h = e.getValue().get(owner);
            if (h == null) continue;
            if (h.exclusive()) out.add(new Held(e.getKey(), true));
            if (h.sessionShared + h.xactShared > 0) out.add(new Held(e.getKey(), false));
        }
        return out;
    }

    private static String key(Object[] a) {
        if (a.length == 1) return "b" + Values.integer(a[0]);
        return "i" + Values.int4(a[0]) + ":" + Values.int4(a[1]);
    }

    private String lock(Object owner, String key, Mode mode, boolean xact, BooleanSupplier cancelled) {
        synchronized (this) {
            while (!grantable(owner, key, mode)) {
                waitingFor.put(owner, key);
                try {
                    if (closesCycle(owner)) throw new PgFunctionError("40P01", "deadlock detected");
                    if (cancelled.getAsBoolean()) {
                        throw new PgFunctionError("57014", "canceling statement due to user request");
                    }
                    wait(CANCEL_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PgFunctionError("57014", "canceling statement due to user request");
                } finally {
                    waitingFor.remove(owner);
                }
            }
            grant(owner, key, mode, xact);
        }
        return ""; // void
    }

    private synchronized boolean tryLock(Object owner, String key, Mode mode, boolean xact) {
        if (!grantable(owner, key, mode)) return false;
        grant(owner, key, mode, xact);
        return true;
    }

    private synchronized boolean unlock(Object owner, String key, Mode mode) {
        Holds h = held.getOrDefault(key, Map.of()).get(owner);
        boolean owned = h != null && (mode == Mode.EXCLUSIVE ? h.sessionExclusive > 0 : h.sessionShared > 0);
        if (!owned) return false; // Postgres also warns "you don't own a lock of type ExclusiveLock"
        if (mode == Mode.EXCLUSIVE) h.sessionExclusive--; else h.sessionShared--;
        forgetIfFree(key, owner, h);
        notifyAll();
        return true;
    }

    /** Ends the owner's transaction: its transaction-level locks go. */
    public synchronized void releaseTransaction(Object owner) {
        release(owner, true);
    }

    /** The session ends: every lock it holds goes. */
    public synchronized void releaseAll(Object owner) {
        release(owner, true);
        releaseSession(owner);
    }

    private synchronized void releaseSession(Object owner) {
        release(owner, false);
    }

    private void release(Object owner, boolean xact) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, Map<Object, Holds>>> it = held.entrySet().iterator(); it.hasNext(); ) {
            Map<Object, Holds> holders = it.next().getValue();
            Holds h = holders.get(owner);
            if (h == null) continue;
            if (xact) {
                h.xactExclusive = 0;
                h.xactShared = 0;
            } else {
                h.sessionExclusive = 0;
                h.sessionShared = 0;
            }
            if (!h.any()) holders.remove(owner);
            if (holders.isEmpty()) it.remove();
            changed = true;
        }
        if (changed) notifyAll();
    }

    private boolean grantable(Object owner, String key, Mode mode) {
        for (Map.Entry<Object, Holds> e : held.getOrDefault(key, Map.of()).entrySet()) {
            if (e.getKey() == owner) continue;
            if (mode == Mode.EXCLUSIVE ? e.getValue().any() : e.getValue().exclusive()) return false;
        }
        return true;
    }

    private void grant(Object owner, String key, Mode mode, boolean xact) {
        Holds h = held.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(owner, o -> new Holds());
        if (mode == Mode.EXCLUSIVE) {
            if (xact) h.xactExclusive++; else h.sessionExclusive++;
        } else {
            if (xact) h.xactShared++; else h.sessionShared++;
        }
    }

    private void forgetIfFree(String key, Object owner, Holds h) {
        if (h.any()) return;
        Map<Object, Holds> holders = held.get(key);
        holders.remove(owner);
        if (holders.isEmpty()) held.remove(key);
    }

    /** Whether the owners that hold what {@code start} waits for wait, transitively, for {@code start}'s locks. */
    private boolean closesCycle(Object start) {
        Set<Object> seen = new HashSet<>();
        java.util.ArrayDeque<Object> queue = new java.util.ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String key = waitingFor.get(queue.poll());
            if (key == null) continue;
            for (Object holder : held.getOrDefault(key, Map.of()).keySet()) {
                if (holder == start) return true;
                if (seen.add(holder)) queue.add(holder);
            }
        }
        return false;
    }
}
