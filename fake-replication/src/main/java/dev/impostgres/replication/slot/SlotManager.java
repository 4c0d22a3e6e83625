package dev.impostgres.replication.slot;

import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replication slots of a server. Each slot is stored in the database it belongs to
 * ({@code _pg_replication_slots}, written through {@link SqliteDatabaseManager#write}, so a slot and its confirmed
 * position are as durable as a commit); names are unique across the server as in Postgres, so every database's
 * slots are loaded once, at first use. Which backend is streaming from a slot is run-time state only, as in
 * Postgres. Temporary slots are stored too (so pruning honours them) and removed when their connection ends or, after
 * a crash, at the next load. All state is guarded by this object's monitor.
 */
public final class SlotManager {
    public static final String PLUGIN = "pgoutput";

    private final SqliteDatabaseManager databases;
    private final Map<String, ReplicationSlot> slots = new HashMap<>();
    /** Temporary slots by name → the backend that owns them. */
    private final Map<String, Integer> owners = new HashMap<>();
    private boolean loaded;

    public SlotManager(SqliteDatabaseManager databases) {
        this.databases = databases;
    }

    /** What CREATE_REPLICATION_SLOT answers: the slot and its consistent point. */
    public record Created(ReplicationSlot slot, long consistentPoint) {}

    /**
     * Creates a logical slot in {@code database}: turns change capture on (for good) and starts the slot at the
     * current LSN, so every transaction committed after it is decoded. A temporary slot stays active for its
     * creator and is dropped with its connection.
     */
    public synchronized Created create(String database, String name, String plugin, boolean temporary, int pid) {
        load();
        SlotNames.validate(name);
        if (slots.containsKey(name)) throw PgException.of(SqlState.DUPLICATE_OBJECT, "replication slot \"%s\" already exists", name);
        if (!PLUGIN.equals(plugin)) {
            // Postgres tries to load the output plugin as a shared library.
            throw PgException.of("58P01", "could not access file \"%s\": No such file or directory", plugin);
        }
        ChangeLog changeLog = databases.changeLog(database);
        long lsn = databases.write(database, connection -> {
            createTable(connection);
            if (!changeLog.captureEnabled()) changeLog.enableCapture(connection);
            long current = ChangeLog.currentLsn(connection);
            try (PreparedStatement ins = connection.prepareStatement(
                    "INSERT INTO _pg_replication_slots VALUES (?, ?, ?, ?, ?)")) {
                ins.setString(1, name);
                ins.setString(2, plugin);
                ins.setInt(3, temporary ? 1 : 0);
                ins.setLong(4, current);
                ins.setLong(5, current);
                ins.executeUpdate();
            }
            return current;
        });
        ReplicationSlot slot = new ReplicationSlot(name, plugin, database, temporary, lsn, lsn, temporary ? pid : 0);
        slots.put(name, slot);
        if (temporary) owners.put(name, pid);
        return new Created(slot, lsn);
    }

    public synchronized Optional<ReplicationSlot> find(String name) {
        load();
        return Optional.ofNullable(slots.get(name));
    }

    /** Every slot of every database, in name order (pg_replication_slots). */
    public synchronized List<ReplicationSlot> all() {
        load();
        return slots.values().stream().sorted(java.util.Comparator.comparing(ReplicationSlot::name)).toList();
    }

    public synchronized List<ReplicationSlot> slotsOf(String database) {
        load();
        return slots.values().stream().filter(s -> s.database().equals(database)).toList();
    }

    /**
     * DROP_REPLICATION_SLOT: 42704 when missing; 55006 when another backend streams from it, unless {@code wait}, which
     * waits for it to be released. Dropping lets the change log forget what only this slot still needed.
     */
    public synchronized void drop(String name, boolean wait, int pid) throws InterruptedException {
        load();
        while (true) {
            ReplicationSlot slot = slots.get(name);
            if (slot == null) throw PgException.of(SqlState.UNDEFINED_OBJECT, "replication slot \"%s\" does not exist", name);
            if (!slot.active() || slot.activePid() == pid) break;
            if (!wait) throw PgException.of(SqlState.OBJECT_IN_USE, "replication slot \"%s\" is active for PID %d", name, slot.activePid());
            wait();
        }
        ReplicationSlot slot = slots.get(name);
        databases.write(slot.database(), connection -> {
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM _pg_replication_slots WHERE slot_name = ?")) {
                del.setString(1, name);
                del.executeUpdate();
            }
            ChangeLog.prune(connection, pruneHorizon(connection, slot.database(), name));
            return null;
        });
        slots.remove(name);
        owners.remove(name);
        notifyAll();
    }

    /**
     * START_REPLICATION takes the slot for {@code pid}: 42704 when missing, 55000 when it decodes another database,
     * 55006 when another backend streams from it.
     */
    public synchronized ReplicationSlot acquire(String name, String database, int pid) {
        load();
        ReplicationSlot slot = slots.get(name);
        if (slot == null) throw PgException.of(SqlState.UNDEFINED_OBJECT, "replication slot \"%s\" does not exist", name);
        if (!slot.database().equals(database)) {
            throw PgException.of("55000", "replication slot \"%s\" was not created in this database", name);
        }
        if (slot.active() && slot.activePid() != pid) {
            throw PgException.of(SqlState.OBJECT_IN_USE, "replication slot \"%s\" is active for PID %d", name, slot.activePid());
        }
        slot = withActive(slot, pid);
        slots.put(name, slot);
        return slot;
    }

    /** The backend stops streaming; a temporary slot stays owned (and active) until its connection ends. */
    public synchronized void release(String name, int pid) {
        ReplicationSlot slot = slots.get(name);
        if (slot == null || slot.activePid() != pid) return;
        if (!slot.temporary()) slots.put(name, withActive(slot, 0));
        notifyAll();
    }

    /**
     * The consumer flushed everything up to {@code lsn}: stored durably, then the change log forgets transactions no
     * slot of the database needs any more. Never moves backwards. Returns the confirmed position.
     */
    public long confirm(String name, long lsn) {
        ReplicationSlot slot;
        synchronized (this) {
            slot = slots.get(name);
            if (slot == null || lsn <= slot.confirmedFlushLsn()) return slot == null ? lsn : slot.confirmedFlushLsn();
        }
        String database = slot.database();
        databases.write(database, connection -> {
            try (PreparedStatement upd = connection.prepareStatement("UPDATE _pg_replication_slots SET "
                    + "confirmed_flush_lsn = max(confirmed_flush_lsn, ?), restart_lsn = max(restart_lsn, ?) WHERE slot_name = ?")) {
                upd.setLong(1, lsn);
                upd.setLong(2, lsn);
                upd.setString(3, name);
                upd.executeUpdate();
            }
            ChangeLog.prune(connection, pruneHorizon(connection, database, null));
            return null;
        });
        synchronized (this) {
            ReplicationSlot now = slots.get(name);
            if (now != null && lsn > now.confirmedFlushLsn()) {
                slots.put(name, new ReplicationSlot(now.name(), now.plugin(), now.database(), now.temporary(),
                        Math.max(now.restartLsn(), lsn), lsn, now.activePid()));
            }
            return slots.containsKey(name) ? slots.get(name).confirmedFlushLsn() : lsn;
        }
    }

    /**
     * pg_replication_slot_advance: moves the confirmed position to {@code target} (at most {@code current}, the end of
     * what was written) without decoding; 22023 when that is behind the confirmed position. Returns the new position.
     * The caller has acquired the slot.
     */
    public long advance(String name, long target, long current) {
        ReplicationSlot slot = find(name).orElseThrow(
                () -> PgException.of(SqlState.UNDEFINED_OBJECT, "replication slot \"%s\" does not exist", name));
        if (target == 0) throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid target WAL LSN");
        long moveTo = Math.min(target, current);
        if (moveTo < slot.confirmedFlushLsn()) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "cannot advance replication slot to %s, minimum is %s",
                    dev.impostgres.tracking.changes.Lsn.format(moveTo),
                    dev.impostgres.tracking.changes.Lsn.format(slot.confirmedFlushLsn()));
        }
        return confirm(name, moveTo);
    }

    /** A backend ended: its slots are released and its temporary slots dropped. */
    public synchronized void connectionClosed(int pid) {
        for (ReplicationSlot slot : List.copyOf(slots.values())) {
            if (slot.temporary() && Integer.valueOf(pid).equals(owners.get(slot.name()))) {
                try {
                    drop(slot.name(), false, pid);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (slot.activePid() == pid) {
                release(slot.name(), pid);
            }
        }
    }

    /** The lowest confirmed position over the database's slots (after a change to {@code excluded}), else the current LSN. */
    private static long pruneHorizon(Connection connection, String database, String excluded) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT min(confirmed_flush_lsn) FROM _pg_replication_slots WHERE slot_name IS NOT ?")) {
            q.setString(1, excluded);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) return rs.getLong(1);
            }
        }
        return ChangeLog.currentLsn(connection);
    }

    private static ReplicationSlot withActive(ReplicationSlot s, int pid) {
        return new ReplicationSlot(s.name(), s.plugin(), s.database(), s.temporary(), s.restartLsn(), s.confirmedFlushLsn(), pid);
    }

    private static void createTable(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS _pg_replication_slots (slot_name TEXT PRIMARY KEY, plugin TEXT NOT NULL, "
                    + "temporary INTEGER NOT NULL, restart_lsn INTEGER NOT NULL, confirmed_flush_lsn INTEGER NOT NULL)");
        }
    }

    /** Reads every database's slots once; temporary slots left by a crash are dropped (their connection is gone). */
    private void load() {
        if (loaded) return;
        loaded = true;
        for (String database : databases.databases()) {
            boolean hasTable = databases.read(database, connection -> {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_pg_replication_slots'")) {
                    return rs.next();
                }
            });
            if (!hasTable) continue;
            List<ReplicationSlot> found = databases.write(database, connection -> {
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("DELETE FROM _pg_replication_slots WHERE temporary <> 0");
                }
                List<ReplicationSlot> list = new ArrayList<>();
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT slot_name, plugin, restart_lsn, confirmed_flush_lsn FROM _pg_replication_slots")) {
                    while (rs.next()) {
                        list.add(new ReplicationSlot(rs.getString(1), rs.getString(2), database, false, rs.getLong(3), rs.getLong(4), 0));
                    }
                }
                return list;
            });
            found.forEach(s -> slots.put(s.name(), s));
        }
    }
}
