package dev.impostgres.tracking;

import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.changes.SqlWork;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.impostgres.tracking.snapshot.ExportedSnapshots;
import dev.impostgres.tracking.snapshot.PinnedSnapshot;

/**
 * The data directory: {@code <dataDir>/<encoded-name>.db} per Postgres database (see {@link DatabaseFileNames}),
 * WAL mode. The {@code postgres} database is created when the manager starts if it is missing. Thread-safe: all
 * bookkeeping (which databases exist, which sessions are open on each) happens under this object's monitor.
 */
public final class SqliteDatabaseManager implements DatabaseManager {
    private static final String DEFAULT_DATABASE = "postgres";

    private final Path dataDir;
    private final Map<String, SqliteDatabase> databases = new HashMap<>();
    private final ExportedSnapshots<SqliteSession> exportedSnapshots = new ExportedSnapshots<>();
    private boolean closed;
    private volatile Duration dropWait = Duration.ofSeconds(5);

    public SqliteDatabaseManager(Path dataDir) {
        this.dataDir = dataDir;
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        synchronized (this) {
            if (!Files.exists(file(DEFAULT_DATABASE))) create(DEFAULT_DATABASE);
        }
    }

    private volatile dev.impostgres.tracking.catalog.ReplicationSlotSource replicationSlots =
            dev.impostgres.tracking.catalog.ReplicationSlotSource.NONE;

    /** Plugs in the replication layer's slots for pg_replication_slots (the composition root calls this). */
    public void replicationSlots(dev.impostgres.tracking.catalog.ReplicationSlotSource source) {
        this.replicationSlots = source;
    }

    private volatile dev.impostgres.tracking.catalog.ServerFunctions serverFunctions =
            dev.impostgres.tracking.catalog.ServerFunctions.NONE;

    /** Plugs in the slot functions and pg_terminate_backend (the composition root calls this). */
    public void serverFunctions(dev.impostgres.tracking.catalog.ServerFunctions functions) {
        this.serverFunctions = functions;
    }

    @Override
    public synchronized Session openSession(String database) {
        checkOpen();
        checkName(database);
        if (!Files.exists(file(database))) create(database);
        SqliteDatabase db = database(database);
        try {
            SqliteSession session = new SqliteSession(db, this::sessionClosed);
            session.slotSource(replicationSlots);
            session.info().backendSource(this::liveBackends);
            session.info().databaseSource(this::databases);
            session.serverFunctions(serverFunctions);
            session.exportedSnapshots(exportedSnapshots);
            db.sessions.add(session);
            return session;
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    /** Every open session's activity, for pg_stat_activity (in the order they connected per database). */
    private synchronized List<dev.impostgres.tracking.catalog.SessionInfo> liveBackends() {
        List<dev.impostgres.tracking.catalog.SessionInfo> all = new java.util.ArrayList<>();
        databases.values().forEach(db -> db.sessions.forEach(s -> all.add(s.info())));
        return all;
    }

    @Override
    public synchronized void createDatabase(String name) {
        checkOpen();
        checkName(name);
        if (Files.exists(file(name))) throw PgException.of(SqlState.DUPLICATE_DATABASE, "database \"%s\" already exists", name);
        create(name);
    }

    @Override
    public synchronized void dropDatabase(String name, boolean ifExists, Session caller) {
        checkOpen();
        if (!Files.exists(file(name))) {
            if (ifExists) return;
            throw PgException.of(SqlState.INVALID_CATALOG_NAME, "database \"%s\" does not exist", name);
        }
        if (caller != null && caller.databaseName().equals(name)) {
            throw new PgException(SqlState.OBJECT_IN_USE, "cannot drop the currently open database");
        }
        awaitSessionsGone(name);
        SqliteDatabase db = databases.get(name);
        int others = db == null ? 0 : db.sessions.size();
        if (others > 0) {
            throw PgException.of(SqlState.OBJECT_IN_USE, "database \"%s\" is being accessed by other users", name)
                    .withDetail(others == 1 ? "There is 1 other session using the database."
                            : "There are " + others + " other sessions using the database.");
        }
        databases.remove(name);
        try {
            for (String suffix : List.of("-wal", "-shm", "-journal", "")) {
                Files.deleteIfExists(dataDir.resolve(DatabaseFileNames.fileName(name) + suffix));
            }
        } catch (IOException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "could not remove database files: " + e.getMessage(), e);
        }
    }

    /**
     * Postgres's DROP DATABASE waits up to 5 s for the database's backends to exit before it reports them: a client
     * that has just disconnected (its Terminate may still be in flight) must not make the drop fail.
     */
    private void awaitSessionsGone(String name) {
        long deadline = System.nanoTime() + dropWait.toNanos();
        SqliteDatabase db = databases.get(name);
        while (db != null && !db.sessions.isEmpty()) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) return;
            try {
                wait(remainingMillis); // sessionClosed notifies
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            db = databases.get(name);
        }
    }

    /** How long DROP DATABASE waits for other sessions to end (tests of the failure shorten it). */
    void dropWait(Duration wait) {
        this.dropWait = wait;
    }

    @Override
    public synchronized List<String> databases() {
        checkOpen();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dataDir)) {
            files.forEach(f -> DatabaseFileNames.databaseName(f.getFileName().toString()).ifPresent(names::add));
        } catch (IOException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "could not list data directory: " + e.getMessage(), e);
        }
        names.sort(null);
        return names;
    }

    /** Closes every open session (rolling back what they had open). */
    @Override
    public void close() {
        List<SqliteSession> open = new ArrayList<>();
        synchronized (this) {
            if (closed) return;
            closed = true;
            databases.values().forEach(db -> open.addAll(db.sessions));
        }
        open.forEach(SqliteSession::close);
        exportedSnapshots.endAll(); // importers are closed: this closes every holder
    }

    private synchronized void sessionClosed(SqliteSession session) {
        SqliteDatabase db = databases.get(session.databaseName());
        if (db != null) db.sessions.remove(session);
        notifyAll(); // a DROP DATABASE may be waiting for the database's sessions to end
    }

    private SqliteDatabase database(String name) {
        SqliteDatabase db = databases.get(name);
        if (db == null) {
            db = new SqliteDatabase(name, file(name));
            try {
                db.openChangeLog();
            } catch (SQLException e) {
                throw SqliteErrors.toPgException(e, null);
            }
            databases.put(name, db);
        }
        return db;
    }

    /** The change log of a database (creating the database when new), for replication: listeners, capture, slots. */
    public synchronized ChangeLog changeLog(String database) {
        checkOpen();
        checkName(database);
        return database(database).changeLog;
    }

    /**
     * Runs internal bookkeeping on a database as its writer (serialized with every session's writes, in one
     * transaction that commits or rolls back as a whole): replication slots, enabling capture, pruning.
     */
    public <T> T write(String database, SqlWork<T> work) {
        SqliteDatabase db;
        synchronized (this) {
            checkOpen();
            checkName(database);
            db = database(database);
        }
        try {
            return db.write(work);
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }

    /**
     * Exports a snapshot of the database as it is now (CREATE_REPLICATION_SLOT's): an internal session pins a SQLite
     * read transaction, which SET TRANSACTION SNAPSHOT on other sessions then reads through. The snapshot's
     * {@link PinnedSnapshot#lsn} is the change log's end inside that very transaction. The exporter ends the export
     * with {@link PinnedSnapshot#exporterFinished}.
     */
    public PinnedSnapshot<?> exportSnapshot(String database, int exporterPid) {
        SqliteSession holder;
        synchronized (this) {
            checkOpen();
            checkName(database);
            try {
                holder = new SqliteSession(database(database), session -> { });
            } catch (SQLException e) {
                throw SqliteErrors.toPgException(e, null);
            }
        }
        try {
            long lsn = holder.pinSnapshot();
            return exportedSnapshots.register(exporterPid, database, lsn, holder);
        } catch (RuntimeException e) {
            holder.close();
            throw e;
        }
    }

    /** Runs a read on a fresh connection to the database (latest committed state). */
    public <T> T read(String database, SqlWork<T> work) {
        SqliteDatabase db;
        synchronized (this) {
            checkOpen();
            checkName(database);
            db = database(database);
        }
        try (Connection connection = db.connect()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    /**
     * A connection for a long-lived reader (a walsender) that the caller owns and closes: opening one per read costs
     * a new SQLite connection, its pragmas and a parse of the whole schema each time.
     */
    public Connection openReader(String database) {
        SqliteDatabase db;
        synchronized (this) {
            checkOpen();
            checkName(database);
            db = database(database);
        }
        try {
            return db.connect();
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    /** Creates the file and switches it to WAL (a persistent property of the file). */
    private void create(String name) {
        try (Connection ignored = database(name).connect()) {
            // opening with journal_mode=WAL creates the file
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    private Path file(String name) {
        return dataDir.resolve(DatabaseFileNames.fileName(name));
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new PgException("42602", "invalid database name \"" + name + "\"");
        }
    }

    private void checkOpen() {
        if (closed) throw new PgException(SqlState.ADMIN_SHUTDOWN, "terminating connection due to administrator command");
    }
}
