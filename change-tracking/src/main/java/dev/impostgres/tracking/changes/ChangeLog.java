package dev.impostgres.tracking.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The change log of one database, kept in its own SQLite file:
 * <pre>
 *  _pg_changes      seq (AUTOINCREMENT) | relation | op I/U/D/T | old_row | new_row   ← written by the capture triggers
 *  _pg_transactions xid | first_seq | last_seq | begin_lsn | commit_lsn | end_lsn | commit_time  ← one per commit
 *  _pg_wal          next_xid | end_lsn | last_seq | capture                              ← the durable counters
 * </pre>
 * Writers are serialized (one SQLite writer per file), so a transaction's change rows form the seq range
 * (last_seq, max(seq)]. At COMMIT, inside the committing SQLite transaction, {@link #beforeCommit} gives that range
 * the next xid and an LSN span: each change gets {@code begin + k·STRIDE}, the commit record follows the last
 * change, and {@code end = commit + 0x30} (as in Postgres, where a consumer confirms the end). Counters are
 * 64-bit, only move forward and are durable with the commit. Rolled-back transactions leave nothing. LSNs and
 * xids are per database file (one file per database; a logical slot belongs to one database).
 */
public final class ChangeLog {
    /** Where a fresh database starts (like a fresh Postgres cluster, past the first WAL segment). */
    static final long INITIAL_LSN = 0x1500000L;
    static final long INITIAL_XID = 740;
    static final long CHANGE_STRIDE = 0x40, COMMIT_RECORD = 0x30;

    private final String database;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private final RelationCatalog catalog;
    private volatile boolean captureEnabled;
    private final AtomicLong knownSchemaVersion = new AtomicLong(-1);
    private final HistoricCatalog history = new HistoricCatalog();

    public ChangeLog(String database, RelationCatalog catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    public String database() { return database; }

    public RelationCatalog catalog() { return catalog; }

    /** Relation and publication definitions as of each change (see {@link CatalogHistory}). */
    public HistoricCatalog history() { return history; }

    /** Creates the bookkeeping tables if missing and reads whether capture is on. Call once per file, before use. */
    public void open(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS _pg_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, relation TEXT NOT NULL, "
                    + "op TEXT NOT NULL, old_row TEXT, new_row TEXT)");
            st.execute("CREATE TABLE IF NOT EXISTS _pg_transactions (xid INTEGER PRIMARY KEY, first_seq INTEGER NOT NULL, "
                    + "last_seq INTEGER NOT NULL, begin_lsn INTEGER NOT NULL, commit_lsn INTEGER NOT NULL, "
                    + "end_lsn INTEGER NOT NULL, commit_time INTEGER NOT NULL)");
            st.execute("CREATE INDEX IF NOT EXISTS _pg_transactions_commit_lsn ON _pg_transactions(commit_lsn)");
            st.execute("CREATE TABLE IF NOT EXISTS _pg_wal (id INTEGER PRIMARY KEY CHECK (id = 1), next_xid INTEGER NOT NULL, "
                    + "end_lsn INTEGER NOT NULL, last_seq INTEGER NOT NULL, capture INTEGER NOT NULL)");
            st.execute("INSERT OR IGNORE INTO _pg_wal VALUES (1, " + INITIAL_XID + ", " + INITIAL_LSN + ", 0, 0)");
            try (ResultSet rs = st.executeQuery("SELECT capture FROM _pg_wal")) {
                captureEnabled = rs.next() && rs.getInt(1) != 0;
            }
            boolean historyExisted;
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_schema WHERE name = '_pg_catalog_versions'")) {
                historyExisted = rs.next();
            }
            CatalogHistory.install(connection);
            // A file whose capture began before the history existed: today's definitions are its baseline.
            if (captureEnabled && !historyExisted) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    CatalogHistory.markAll(connection);
                    CatalogHistory.record(connection, catalog);
                    st.execute("COMMIT");
                } catch (SQLException e) {
                    st.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    public void addListener(CommitListener listener) { listeners.add(listener); }

    public void removeListener(CommitListener listener) { listeners.remove(listener); }

    public boolean captureEnabled() { return captureEnabled; }

    /**
     * Turns capture on for good (the first replication slot does this) and installs the triggers on every table.
     * Runs in the caller's writing transaction.
     */
    public void enableCapture(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("UPDATE _pg_wal SET capture = 1");
        }
        ChangeCapture.installAll(connection);
        CatalogHistory.markAll(connection);
        CatalogHistory.record(connection, catalog);
        captureEnabled = true;
        knownSchemaVersion.set(schemaVersion(connection));
    }

    /**
     * After a successful writing statement: when capture is on and the schema changed (a table was created or
     * altered), (re)installs the triggers, so that the rest of the transaction is captured; when the statement
     * changed a relation's or publication's definition, records the new version in the {@link CatalogHistory}.
     */
    public void afterWrite(Connection connection) throws SQLException {
        if (!captureEnabled) return;
        long version;
        boolean dirty;
        // One query per writing statement: this runs after every INSERT/UPDATE/DELETE.
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT (SELECT schema_version "
                + "FROM pragma_schema_version), EXISTS (SELECT 1 FROM _pg_catalog_dirty)")) {
            rs.next();
            version = rs.getLong(1);
            dirty = rs.getInt(2) != 0;
        }
        if (version != knownSchemaVersion.get()) {
            ChangeCapture.installAll(connection);
            knownSchemaVersion.set(schemaVersion(connection));
        }
        if (dirty) CatalogHistory.record(connection, catalog);
    }

    /**
     * Inside the committing SQLite transaction, just before COMMIT: if the transaction logged changes, assigns its
     * xid and LSNs durably (same transaction) and returns it, else null. The caller holds the writer lock.
     */
    public CommittedTransaction beforeCommit(Connection connection, long commitTimeMicros) throws SQLException {
        // Catalog edits made outside a session statement (internal bookkeeping) still get their version.
        if (captureEnabled && CatalogHistory.dirty(connection)) CatalogHistory.record(connection, catalog);
        long nextXid, endLsn, lastSeq, maxSeq, firstSeq;
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT next_xid, end_lsn, last_seq FROM _pg_wal")) {
                if (!rs.next()) return null;
                nextXid = rs.getLong(1);
                endLsn = rs.getLong(2);
                lastSeq = rs.getLong(3);
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM _pg_changes")) {
                maxSeq = rs.next() ? rs.getLong(1) : 0;
            }
            if (maxSeq <= lastSeq) return null;
            try (ResultSet rs = st.executeQuery("SELECT min(seq) FROM _pg_changes WHERE seq > " + lastSeq)) {
                firstSeq = rs.next() ? rs.getLong(1) : maxSeq;
            }
        }
        long begin = endLsn;
        long commit = begin + (maxSeq - firstSeq + 1) * CHANGE_STRIDE;
        CommittedTransaction tx = new CommittedTransaction(database, nextXid, begin, commit, commit + COMMIT_RECORD,
                commitTimeMicros, firstSeq, maxSeq);
        try (PreparedStatement ins = connection.prepareStatement("INSERT INTO _pg_transactions VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ins.setLong(1, tx.xid());
            ins.setLong(2, tx.firstSeq());
            ins.setLong(3, tx.lastSeq());
            ins.setLong(4, tx.beginLsn());
            ins.setLong(5, tx.commitLsn());
            ins.setLong(6, tx.endLsn());
            ins.setLong(7, tx.commitTimeMicros());
            ins.executeUpdate();
        }
        try (PreparedStatement upd = connection.prepareStatement("UPDATE _pg_wal SET next_xid = ?, end_lsn = ?, last_seq = ?")) {
            upd.setLong(1, tx.xid() + 1);
            upd.setLong(2, tx.endLsn());
            upd.setLong(3, tx.lastSeq());
            upd.executeUpdate();
        }
        return tx;
    }

    /** After COMMIT succeeded: wakes the listeners. */
    public void afterCommit(CommittedTransaction transaction) {
        if (transaction == null) return;
        for (CommitListener listener : listeners) listener.committed(transaction);
    }

    /** pg_current_wal_lsn(): the end of the last committed transaction. */
    public static long currentLsn(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT end_lsn FROM _pg_wal")) {
            return rs.next() ? rs.getLong(1) : INITIAL_LSN;
        }
    }

    /** The next xid to be assigned (for txid_current-style answers outside a writing transaction). */
    public static long nextXid(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT next_xid FROM _pg_wal")) {
            return rs.next() ? rs.getLong(1) : INITIAL_XID;
        }
    }

    /**
     * Forgets every transaction whose end is at or below {@code confirmedLsn} (the minimum confirmed_flush_lsn over
     * all slots of the database, or the current LSN when there are none). Runs in the caller's writing transaction.
     */
    public static void prune(Connection connection, long confirmedLsn) throws SQLException {
        long lastSeq = -1;
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT max(last_seq) FROM _pg_transactions WHERE end_lsn <= ?")) {
            q.setLong(1, confirmedLsn);
            try (ResultSet rs = q.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) lastSeq = rs.getLong(1);
            }
        }
        if (lastSeq < 0) return;
        try (PreparedStatement d1 = connection.prepareStatement("DELETE FROM _pg_changes WHERE seq <= ?");
             PreparedStatement d2 = connection.prepareStatement("DELETE FROM _pg_transactions WHERE end_lsn <= ?")) {
            d1.setLong(1, lastSeq);
            d1.executeUpdate();
            d2.setLong(1, confirmedLsn);
            d2.executeUpdate();
        }
        CatalogHistory.prune(connection, lastSeq);
    }

    private static long schemaVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
