package dev.impostgres.tracking.snapshot;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshots exported on one server, by name (names are server-wide, as Postgres's pg_snapshots files).
 *
 * <p>Names are shaped as Postgres's {@code %08X-%08X-%d}: there the backend's proc number, its local transaction id
 * and the count of snapshots that transaction exported; here the exporting backend's number, a server-wide
 * sequence (so a name is never reused within a run) and 1.
 *
 * @param <H> the holder type (see {@link PinnedSnapshot})
 */
public final class ExportedSnapshots<H extends AutoCloseable> {
    private final Map<String, PinnedSnapshot<H>> byName = new HashMap<>();
    private int sequence;

    /** Registers a pinned holder under a new name. */
    public synchronized PinnedSnapshot<H> register(int exporterPid, String database, long lsn, H holder) {
        String name = String.format("%08X-%08X-1", exporterPid & 0xFFFF, ++sequence);
        PinnedSnapshot<H> snapshot = new PinnedSnapshot<>(name, database, lsn, holder, this::forget);
        byName.put(name, snapshot);
        return snapshot;
    }

    /**
     * SET TRANSACTION SNAPSHOT's lookup, with Postgres 17's errors: 22023 for a malformed identifier, 42704 for an
     * unknown one (also once the exporter has moved on), 0A000 for a snapshot of another database. The caller must {@link
     * PinnedSnapshot#detach} when its transaction ends. The exported snapshots are REPEATABLE READ ones (a replication
     * slot's), which a SERIALIZABLE transaction may not import (0A000), as in Postgres.
     */
    public PinnedSnapshot<H> importSnapshot(String id, String database, boolean serializable) {
        if (id.isEmpty()) {
            // Postgres reads pg_snapshots/<id>; an empty id names the directory itself.
            throw new PgException(SqlState.INTERNAL_ERROR, "could not read file \"pg_snapshots/\": Is a directory");
        }
        PinnedSnapshot<H> snapshot;
        synchronized (this) {
            snapshot = byName.get(id);
        }
        if (!wellFormed(id)) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid snapshot identifier: \"%s\"", id);
        }
        if (snapshot == null) {
            // Postgres 17: a well-formed name whose pg_snapshots file is gone (15 said 22023 "invalid snapshot identifier")
            throw PgException.of(SqlState.UNDEFINED_OBJECT, "snapshot \"%s\" does not exist", id);
        }
        if (serializable) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "a serializable transaction cannot import a snapshot from a non-serializable transaction");
        }
        if (!snapshot.database().equals(database)) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot import a snapshot from a different database");
        }
        if (!snapshot.attach()) throw PgException.of(SqlState.UNDEFINED_OBJECT, "snapshot \"%s\" does not exist", id);
        return snapshot;
    }

    /** Shutdown: every export ends as if its exporter had disconnected. */
    public void endAll() {
        List<PinnedSnapshot<H>> all;
        synchronized (this) {
            all = List.copyOf(byName.values());
        }
        all.forEach(PinnedSnapshot::exporterFinished);
    }

    /** Forgets the name (the exporter moved on); importers that attached before keep their snapshot. */
    private synchronized void forget(String name) {
        byName.remove(name);
    }

    /** Postgres accepts only upper-case hex digits and dashes before looking for the file. */
    private static boolean wellFormed(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c == '-')) return false;
        }
        return true;
    }
}
