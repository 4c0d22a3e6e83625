package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * pg_stat_activity and pg_locks from the server's live sessions: one client backend row per session that has a
 * backend process id (every wire connection), with its database, role, application_name, state and current or last
 * query, and one walsender row per replication slot a streaming connection holds. Impostgres has no background
 * processes, so none of Postgres's autovacuum/checkpointer rows appear. pg_locks shows the one lock every backend
 * inside a transaction holds, its virtual transaction id, and the advisory locks sessions hold; SQLite's own file
 * locks have no Postgres counterpart.
 */
final class Activity {
    private Activity() {}

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS+00")
            .withZone(ZoneOffset.UTC);

    static void fill(Connection connection, SessionInfo self) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM pg_catalog.pg_stat_activity");
            st.execute("DELETE FROM pg_catalog.pg_locks");
        }
        try (PreparedStatement activity = connection.prepareStatement("INSERT INTO pg_catalog.pg_stat_activity "
                + "VALUES ((SELECT oid FROM pg_catalog.pg_database WHERE datname = ?1), ?1, ?2, NULL, 10, ?3, ?4, "
                + "'127.0.0.1', NULL, NULL, ?5, ?6, ?7, ?7, NULL, NULL, ?8, NULL, NULL, NULL, ?9, ?10)");
             PreparedStatement locks = connection.prepareStatement("INSERT INTO pg_catalog.pg_locks VALUES "
                     + "('virtualxid', NULL, NULL, NULL, NULL, ?1, NULL, NULL, NULL, NULL, ?1, ?2, 'ExclusiveLock', 1, "
                     + "1, NULL)");
             PreparedStatement advisory = connection.prepareStatement("INSERT INTO pg_catalog.pg_locks VALUES "
                     + "('advisory', (SELECT oid FROM pg_catalog.pg_database WHERE datname = ?1), NULL, NULL, NULL, "
                     + "NULL, NULL, ?2, ?3, ?4, ?5, ?6, ?7, 1, 0, NULL)")) {
            int procNumber = 0;
            for (SessionInfo backend : self.backends()) {
                procNumber++;
                if (backend.backendPid() == 0) continue;
                String state = backend.state();
                boolean inTransaction = backend == self || !state.equals("idle");
                String queryStart = backend.queryStart() == 0 ? null : time(backend.queryStart());
                activity.setString(1, backend.databaseName());
                activity.setInt(2, backend.backendPid());
                activity.setString(3, backend.user());
                activity.setString(4, backend.applicationName());
                activity.setString(5, time(backend.backendStart()));
                activity.setString(6, inTransaction ? queryStart : null);
                activity.setString(7, queryStart);
                activity.setString(8, backend == self ? "active" : state);
                activity.setString(9, backend.query());
                activity.setString(10, "client backend");
                activity.addBatch();
                if (inTransaction) {
                    locks.setString(1, procNumber + "/1");
                    locks.setInt(2, backend.backendPid());
                    locks.addBatch();
                }
                for (String lock : backend.advisoryLocks()) {
                    addAdvisory(advisory, backend, procNumber, lock);
                }
            }
            for (ReplicationSlotSource.Slot slot : self.slots().slots()) {
                if (slot.activePid() == 0) continue;
                activity.setString(1, slot.database());
                activity.setInt(2, slot.activePid());
                activity.setString(3, self.user());
                activity.setString(4, "");
                activity.setString(5, null);
                activity.setString(6, null);
                activity.setString(7, null);
                activity.setString(8, "active");
                activity.setString(9, null);
                activity.setString(10, "walsender");
                activity.addBatch();
            }
            activity.executeBatch();
            locks.executeBatch();
            advisory.executeBatch();
        }
    }

    /**
     * An advisory lock row: a bigint key splits into classid (high half) and objid (low half) with objsubid 1, two
     * int4 keys are classid and objid with objsubid 2, as Postgres's SET_LOCKTAG_ADVISORY lays them out.
     */
    private static void addAdvisory(PreparedStatement advisory, SessionInfo backend, int procNumber, String lock)
            throws SQLException {
        boolean exclusive = lock.charAt(0) == 'x';
        String key = lock.substring(2);
        long classid;
        long objid;
        int objsubid;
        if (lock.charAt(1) == 'b') {
            long value = Long.parseLong(key);
            classid = value >>> 32;
            objid = value & 0xFFFFFFFFL;
            objsubid = 1;
        } else {
            String[] parts = key.split(":");
            classid = Integer.parseInt(parts[0]) & 0xFFFFFFFFL;
            objid = Integer.parseInt(parts[1]) & 0xFFFFFFFFL;
            objsubid = 2;
        }
        advisory.setString(1, backend.databaseName());
        advisory.setLong(2, classid);
        advisory.setLong(3, objid);
        advisory.setInt(4, objsubid);
        advisory.setString(5, procNumber + "/1");
        advisory.setInt(6, backend.backendPid());
        advisory.setString(7, exclusive ? "ExclusiveLock" : "ShareLock");
        advisory.addBatch();
    }

    private static String time(long millis) {
        return STORED.format(Instant.ofEpochMilli(millis));
    }
}
