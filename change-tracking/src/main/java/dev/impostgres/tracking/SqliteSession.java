package dev.impostgres.tracking;

import dev.impostgres.tracking.catalog.CatalogFunctions;
import dev.impostgres.tracking.catalog.CatalogRefresh;
import dev.impostgres.tracking.catalog.CatalogTables;
import dev.impostgres.tracking.catalog.SessionInfo;
import dev.impostgres.tracking.changes.ChangeClock;
import dev.impostgres.tracking.changes.CommittedTransaction;
import dev.impostgres.tracking.schema.WriteTargets;
import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.settings.SessionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A session on one database, with its own SQLite connection, and Postgres's transaction semantics on top of it.
 *
 * <p>Concurrency discipline. Writers are serialized by the database's fair {@link WriterLock}; readers never take
 * it and, thanks to WAL, read the latest committed state without waiting. So SQLite never sees two writers and
 * SQLITE_BUSY cannot arise between our own connections.
 * <pre>
 *  autocommit write   : lock ── BEGIN IMMEDIATE ── stmt ── COMMIT ── unlock
 *  autocommit read    :                            stmt                     (own read snapshot, no lock)
 *  READ COMMITTED     : BEGIN · read · read · [lock ── BEGIN IMMEDIATE ── write · read · write ── COMMIT ── unlock]
 *                       (reads before the first write see the latest commit; pending savepoints are replayed
 *                        right after BEGIN IMMEDIATE)
 *  REPEATABLE READ /  : BEGIN · [BEGIN DEFERRED+snapshot ── read · read · (lock) write ── COMMIT ── unlock]
 *  SERIALIZABLE         (one snapshot from the first statement; if another writer committed since, the upgrade
 *                        to write fails with SQLITE_BUSY_SNAPSHOT -> 40001)
 * </pre>
 * Inside a SQLite transaction each writing statement runs under a savepoint so that a failure leaves no trace and
 * the Postgres block can be recovered with ROLLBACK TO SAVEPOINT. {@link #cancel()} interrupts the running SQLite
 * statement (sqlite3_interrupt plus a progress handler, which also covers a cancel racing the statement's start) or
 * aborts a wait for the writer lock.
 */
public final class SqliteSession implements Session {
    private enum Block { NONE, IMPLICIT, EXPLICIT }

    /** A Postgres savepoint; {@code beforeTransaction}: taken while no SQLite transaction existed yet. */
    private record SavepointEntry(String name, String sqliteName, boolean beforeTransaction) {}

    private static final String STATEMENT_SAVEPOINT = "pg_statement";

    private final SqliteDatabase database;
    private final Connection connection;
    /** The Postgres functions on {@link #connection} and their transaction clock (now() is the transaction start). */
    private final dev.impostgres.tracking.functions.PgFunctions functions;
    private final Consumer<SqliteSession> onClose;
    /** The session facts the pg_catalog tables and functions read (settings, user, backend pid). */
    private final SessionInfo catalog;
    private final CancelState cancel;

    private Block block = Block.NONE;
    private boolean failed;
    private boolean implicitScope;
    private IsolationLevel isolation = IsolationLevel.READ_COMMITTED;
    private boolean readOnly;
    private boolean sqliteTransaction;
    private boolean holdsWriter;
    /** SQLite rolled the whole transaction back by itself (interrupt or I/O error during a write). */
    private boolean lost;
    private final List<SavepointEntry> savepoints = new ArrayList<>();
    /** DEFERRABLE unique keys: this transaction's SET CONSTRAINTS modes and the tables it wrote. */
    private final dev.impostgres.tracking.schema.DeferrableKeys deferrableKeys = new dev.impostgres.tracking.schema.DeferrableKeys();
    private int savepointCounter;
    private final List<PgNotice> notices = new ArrayList<>();
    private boolean closed;
    /** Where exported snapshots are looked up (set by the manager). */
    private dev.impostgres.tracking.snapshot.ExportedSnapshots<SqliteSession> exportedSnapshots;
    /** The snapshot this block imported (SET TRANSACTION SNAPSHOT): its reads run on that snapshot's holder. */
    private dev.impostgres.tracking.snapshot.PinnedSnapshot<SqliteSession> imported;
    /** The holder running this session's statement right now, for cancel. */
    private volatile SqliteSession runningOnHolder;
    /** On a holder: the importer whose statement runs now (guarded by {@link #cancel}'s monitor). */
    private SqliteSession pinnedOwner;
    /** A statement ran in this block (SET TRANSACTION SNAPSHOT must come first). */
    private boolean queried;
    /** The client's settings (default_transaction_read_only); null for internal sessions. */
    private SessionSettings settings;

    SqliteSession(SqliteDatabase database, Consumer<SqliteSession> onClose) throws SQLException {
        this.database = database;
        this.connection = database.connect();
        this.functions = dev.impostgres.tracking.functions.PgFunctions.register(connection);
        dev.impostgres.tracking.changes.LogicalMessages.register(connection, () -> block == Block.EXPLICIT);
        this.catalog = new SessionInfo(database.name);
        CatalogTables.attach(connection);
        CatalogFunctions.register(connection, catalog);
        catalog.transactionState(() -> status().name());
        dev.impostgres.tracking.catalog.ServerFunctionUdfs.register(connection, catalog, () -> holdsWriter);
        catalog.advisoryLocks(() -> database.advisoryLocks.heldBy(this).stream()
                .map(h -> (h.exclusive() ? "x" : "s") + h.key()).toList());
        this.onClose = onClose;
        this.cancel = new CancelState(connection);
        dev.impostgres.tracking.functions.AdvisoryLocks.register(connection, database.advisoryLocks, this,
                cancel::isRequested);
    }

    @Override
    public QueryResult execute(PgStatement.Sql statement, List<Object> parameters) {
        checkOpen();
        if (failed) throw inFailedBlock();
        if (block == Block.NONE) functions.transactionStarted(); // an implicit block or one autocommit statement
        functions.statementStarted();
        catalog.statementStarted(statement.source());
        if (implicitScope && block == Block.NONE) startBlock(Block.IMPLICIT, null, null);
        if (block != Block.NONE) queried = true;
        cancel.enter();
        try {
            if ((block != Block.NONE ? readOnly : defaultReadOnly()) && statement.writes()) {
                throw PgException.of(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute %s in a read-only transaction",
                        statement.tag().verb());
            }
            if (dev.impostgres.tracking.schema.DeferrableKeys.VERB.equals(statement.tag().verb())) {
                return setConstraints(statement);
            }
            if (imported != null) return runOnImportedSnapshot(statement, parameters);
            return block == Block.NONE ? runAutocommit(statement, parameters) : runInBlock(statement, parameters);
        } catch (PgException e) {
            statementFailed();
            throw e;
        } finally {
            cancel.exit();
            if (block == Block.NONE) database.advisoryLocks.releaseTransaction(this); // an autocommit statement ended
            catalog.statementFinished();
        }
    }

    private QueryResult runAutocommit(PgStatement.Sql statement, List<Object> parameters) {
        if (!statement.writes()) return runUserStatement(statement, parameters);
        acquireWriter();
        try {
            exec("BEGIN IMMEDIATE");
            try {
                QueryResult result = runUserStatement(statement, parameters);
                checkDeferrableKeys(statement, true);
                afterWrite();
                onCommitActions();
                CommittedTransaction committed = assignCommit();
                exec("COMMIT");
                database.changeLog.afterCommit(committed);
                return result;
            } catch (PgException e) {
                PgException deferred = deferredForeignKey(e);
                rollbackQuietly();
                throw deferred;
            }
        } finally {
            releaseWriter();
        }
    }

    private QueryResult runInBlock(PgStatement.Sql statement, List<Object> parameters) {
        boolean snapshotIsolation = isolation != IsolationLevel.READ_COMMITTED;
        if (!sqliteTransaction) {
            if (statement.writes()) {
                acquireWriter();
                startSqliteTransaction("BEGIN IMMEDIATE");
            } else if (snapshotIsolation) {
                startSqliteTransaction("BEGIN DEFERRED");
                exec("SELECT count(*) FROM sqlite_schema"); // takes the snapshot now, as Postgres does
            } else {
                return runUserStatement(statement, parameters); // READ COMMITTED read: latest committed state
            }
        } else if (statement.writes() && !holdsWriter) {
            acquireWriter(); // REPEATABLE READ upgrading to write; SQLite reports BUSY_SNAPSHOT if we are stale
        }
        if (!statement.writes()) return runUserStatement(statement, parameters);
        exec("SAVEPOINT " + STATEMENT_SAVEPOINT);
        try {
            QueryResult result = runUserStatement(statement, parameters);
            checkDeferrableKeys(statement, false);
            afterWrite();
            exec("RELEASE " + STATEMENT_SAVEPOINT);
            return result;
        } catch (PgException e) {
            undoStatement();
            throw e;
        }
    }

    /** Undoes a failed writing statement; detects when SQLite has already rolled back the whole transaction. */
    private void undoStatement() {
        try {
            exec("ROLLBACK TO " + STATEMENT_SAVEPOINT);
            exec("RELEASE " + STATEMENT_SAVEPOINT);
        } catch (PgException gone) {
            sqliteTransaction = false;
            lost = true;
            releaseWriter();
        }
    }

    private void startSqliteTransaction(String beginSql) {
        exec(beginSql);
        sqliteTransaction = true;
        for (SavepointEntry savepoint : savepoints) exec("SAVEPOINT " + savepoint.sqliteName());
    }

    private QueryResult runUserStatement(PgStatement.Sql statement, List<Object> parameters) {
        for (int attempt = 1; ; attempt++) {
            cancel.checkNotCancelled();
            PgStatement.Sql resolved = statement;
            try {
                refreshCatalog(statement);
                resolved = withSearchPath(statement);
                PgStatement.Sql run = resolved;
                return cancel.running(() -> StatementExecutor.run(connection, run, parameters, notices::add));
            } catch (SQLException e) {
                // Outside a SQLite transaction a retry is safe; inside one SQLite never reports plain BUSY to the
                // lock holder, and BUSY_SNAPSHOT must surface as 40001.
                if (sqliteTransaction || !SqliteErrors.isRetryableBusy(e) || attempt >= 3) {
                    throw namedForeignKey(SqliteErrors.withIndexName(connection, e, SqliteErrors.asWritten(
                            cancel.translate(e, resolved.sqlite()), statement.source())), resolved, parameters);
                }
            }
        }
    }

    /** After a writing statement (null: none) and, when {@code committing}, before COMMIT: see DeferrableKeys. */
    private void checkDeferrableKeys(PgStatement.Sql statement, boolean committing) {
        try {
            if (statement != null) {
                String[] target = SqliteErrors.targetTable(statement.sqlite());
                deferrableKeys.afterStatement(connection, target == null ? null : target[1]);
            }
            if (committing) deferrableKeys.beforeCommit(connection);
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        } finally {
            if (committing && block == Block.NONE) deferrableKeys.reset(); // an autocommit statement's transaction
        }
    }

    /** SET CONSTRAINTS: only inside a transaction block, as Postgres warns. */
    private QueryResult setConstraints(PgStatement.Sql statement) {
        if (block == Block.NONE) {
            notices.add(new PgNotice("WARNING", "25P01", "SET CONSTRAINTS can only be used in transaction blocks"));
            return new QueryResult(null, List.of(), statement.tag(), 0);
        }
        try {
            deferrableKeys.set(connection, statement.source());
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
        return new QueryResult(null, List.of(), statement.tag(), 0);
    }

    /** TEMP tables created ON COMMIT DELETE ROWS / DROP, acted on inside the committing transaction. */
    private void onCommitActions() {
        try {
            dev.impostgres.tracking.schema.OnCommitActions.beforeCommit(connection);
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    /** The statement with the session's search_path applied to its unqualified relation names. */
    private PgStatement.Sql withSearchPath(PgStatement.Sql statement) throws SQLException {
        if (settings == null) return statement;
        return dev.impostgres.tracking.schema.SearchPathNames.resolve(connection, statement,
                settings.show("search_path"), settings.show("session_authorization"));
    }

    /** A COMMIT refused for a deferred foreign key, named while the offending rows are still there. */
    private PgException deferredForeignKey(PgException e) {
        if (!SqlState.FOREIGN_KEY_VIOLATION.equals(e.sqlState())) return e;
        PgException named = dev.impostgres.tracking.schema.ForeignKeyViolations.atCommit(connection, e.getCause());
        return named == null ? e : named;
    }

    /** A foreign key failure named as Postgres names it (SQLite does not say which key); see ForeignKeyViolations. */
    private PgException namedForeignKey(PgException e, PgStatement.Sql statement, List<Object> parameters) {
        if (!SqlState.FOREIGN_KEY_VIOLATION.equals(e.sqlState())) return e;
        String[] target = SqliteErrors.targetTable(statement.sqlite());
        if (target == null) return e;
        Runnable restoreSequences = database.sequenceHighWater.remember(); // the replay's nextval calls do not count
        try {
            PgException named = dev.impostgres.tracking.schema.ForeignKeyViolations.forStatement(connection, target[0],
                    target[1], () -> StatementExecutor.run(connection, statement, parameters), e.getCause());
            return named == null ? e : named;
        } finally {
            restoreSequences.run();
        }
    }

    /**
     * A statement in a block that imported a snapshot: reads run on the snapshot's holder (one statement at a time
     * across all importers). Writes are refused: the holder's connection must stay a pure reader so that its WAL
     * snapshot stays open, and this session's own connection cannot see that snapshot.
     */
    private QueryResult runOnImportedSnapshot(PgStatement.Sql statement, List<Object> parameters) {
        if (statement.writes()) {
            throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED,
                    "cannot execute %s in a transaction that imported a snapshot", statement.tag().verb())
                    .withHint("Impostgres serves imported snapshots read-only; write in another transaction.");
        }
        return imported.use(holder -> {
            runningOnHolder = holder;
            try {
                return holder.runPinned(this, statement, parameters, catalog, notices);
            } finally {
                runningOnHolder = null;
            }
        });
    }

    /** On the holder of an exported snapshot: runs an importer's read in the pinned read transaction. */
    private QueryResult runPinned(SqliteSession owner, PgStatement.Sql statement, List<Object> parameters,
                                  SessionInfo importer, List<PgNotice> importerNotices) {
        if (lost) {
            throw new PgException("40001", "could not serialize access: the imported snapshot is no longer available");
        }
        catalog.attach(importer.settings(), importer.backendPid()); // current_setting, pg_backend_pid: the importer's
        functions.statementStarted();
        synchronized (cancel) {
            cancel.enter();
            pinnedOwner = owner;
        }
        try {
            return runUserStatement(statement, parameters);
        } catch (PgException e) {
            if (!readTransactionOpen()) lost = true; // never go on reading a newer state under the snapshot's name
            throw e;
        } finally {
            synchronized (cancel) {
                pinnedOwner = null;
                cancel.exit();
            }
            importerNotices.addAll(notices);
            notices.clear();
        }
    }

    /**
     * Whether SQLite still has this holder's read transaction open (a failed or interrupted read leaves it, but better
     * to check than to read a newer state silently): BEGIN fails inside a transaction; if it succeeds, the snapshot is
     * gone and the accidental new transaction is rolled back.
     */
    private boolean readTransactionOpen() {
        try (var st = connection.createStatement()) {
            st.execute("BEGIN");
        } catch (SQLException insideTransaction) {
            return true;
        }
        execQuietly("ROLLBACK");
        return false;
    }

    /**
     * Makes this (internal, never client-facing) session the holder of an exported snapshot: a REPEATABLE READ READ
     * ONLY block whose SQLite read transaction starts now and stays open. Returns the change log's end LSN as this
     * snapshot sees it, read inside the same transaction, so the two agree exactly.
     */
    long pinSnapshot() {
        functions.transactionStarted();
        startBlock(Block.EXPLICIT, IsolationLevel.REPEATABLE_READ, true);
        startSqliteTransaction("BEGIN DEFERRED");
        try {
            return dev.impostgres.tracking.changes.ChangeLog.currentLsn(connection); // the first read takes the snapshot
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    void exportedSnapshots(dev.impostgres.tracking.snapshot.ExportedSnapshots<SqliteSession> snapshots) {
        this.exportedSnapshots = snapshots;
    }

    /**
     * SET TRANSACTION SNAPSHOT, checked in Postgres's order (ImportSnapshot): before any query of the block and not
     * after a savepoint (25001), REPEATABLE READ or SERIALIZABLE (0A000), then the identifier (22023 malformed, 42704
     * unknown or no longer exported), then SERIALIZABLE importing a REPEATABLE READ export (0A000), then the
     * database (0A000).
     */
    @Override
    public void checkSlotSnapshotUse() {
        checkOpen();
        String command = "CREATE_REPLICATION_SLOT ... (SNAPSHOT 'use')";
        if (block != Block.EXPLICIT) throw new PgException(SqlState.INTERNAL_ERROR, command + " must be called inside a transaction");
        if (failed) throw inFailedBlock();
        if (isolation != IsolationLevel.REPEATABLE_READ) {
            throw new PgException(SqlState.INTERNAL_ERROR, command + " must be called in REPEATABLE READ isolation mode transaction");
        }
        if (sqliteTransaction || imported != null || queried) {
            throw new PgException(SqlState.INTERNAL_ERROR, command + " must be called before any query");
        }
        if (!savepoints.isEmpty()) throw new PgException(SqlState.INTERNAL_ERROR, command + " must not be called in a subtransaction");
    }

    @Override
    public void importSnapshot(String id) {
        checkOpen();
        if (failed) throw inFailedBlock();
        if (block == Block.NONE) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "a snapshot-importing transaction must have isolation level SERIALIZABLE or REPEATABLE READ");
        }
        inBlock(() -> {
            if (sqliteTransaction || imported != null || !savepoints.isEmpty() || queried) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "SET TRANSACTION SNAPSHOT must be called before any query");
            }
            if (isolation == IsolationLevel.READ_COMMITTED) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "a snapshot-importing transaction must have isolation level SERIALIZABLE or REPEATABLE READ");
            }
            if (exportedSnapshots == null) {
                throw PgException.of(SqlState.UNDEFINED_OBJECT, "snapshot \"%s\" does not exist", id);
            }
            imported = exportedSnapshots.importSnapshot(id, database.name, isolation == IsolationLevel.SERIALIZABLE);
        });
    }

    @Override
    public List<ResultColumn> describe(PgStatement.Sql statement) {
        checkOpen();
        if (failed) throw inFailedBlock();
        try {
            refreshCatalog(statement);
            return StatementExecutor.describe(connection, statement);
        } catch (SQLException e) {
            statementFailed();
            throw SqliteErrors.toPgException(e, statement.sqlite());
        }
    }

    private void refreshCatalog(PgStatement.Sql statement) throws SQLException {
        if (CatalogRefresh.mentionsCatalog(statement.sqlite())) CatalogRefresh.refresh(connection, catalog);
    }

    @Override
    public void attachSettings(SessionSettings settings, int backendPid) {
        this.settings = settings;
        catalog.attach(settings, backendPid);
        functions.attach(settings);
    }

    @Override
    public List<Integer> parameterTypes(PgStatement.Sql statement) {
        checkOpen();
        return WriteTargets.parameterTypes(connection, statement);
    }

    @Override
    public void begin(IsolationLevel isolation, Boolean readOnly) {
        checkOpen();
        if (failed) throw inFailedBlock();
        if (block == Block.EXPLICIT) {
            notices.add(new PgNotice("WARNING", SqlState.ACTIVE_SQL_TRANSACTION, "there is already a transaction in progress"));
            return;
        }
        if (block == Block.IMPLICIT && sqliteTransaction && isolation != null && normalize(isolation) != this.isolation) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, "SET TRANSACTION ISOLATION LEVEL must be called before any query");
        }
        startBlock(Block.EXPLICIT, isolation, readOnly);
    }

    @Override
    public void setTransactionCharacteristics(IsolationLevel isolation, Boolean readOnly) {
        checkOpen();
        if (failed) throw inFailedBlock();
        if (block != Block.EXPLICIT) return; // outside a block: no effect (the caller warns, as Postgres does)
        if (isolation != null && normalize(isolation) != this.isolation) {
            if (sqliteTransaction || queried || imported != null) { // after the block's first query, as Postgres
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION ISOLATION LEVEL must be called before any query");
            }
            this.isolation = normalize(isolation);
        }
        if (readOnly != null && readOnly != this.readOnly) {
            if (!readOnly && (sqliteTransaction || queried)) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "transaction read-write mode must be set before any query");
            }
            this.readOnly = readOnly;
            exec(readOnly ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF");
        }
    }

    private void startBlock(Block kind, IsolationLevel isolation, Boolean readOnly) {
        if (block == Block.NONE) functions.transactionStarted();
        block = kind;
        if (isolation != null || kind == Block.IMPLICIT || !sqliteTransaction) this.isolation = normalize(isolation);
        this.readOnly = readOnly != null ? readOnly : kind == Block.IMPLICIT && defaultReadOnly();
        if (this.readOnly) exec("PRAGMA query_only = ON"); // defence in depth behind the 25006 check
    }

    /** default_transaction_read_only: what a transaction without its own READ ONLY / READ WRITE is. */
    private boolean defaultReadOnly() {
        return settings != null && settings.defaultReadOnly();
    }

    /** Postgres runs READ UNCOMMITTED as READ COMMITTED. */
    private static IsolationLevel normalize(IsolationLevel level) {
        return level == null || level == IsolationLevel.READ_UNCOMMITTED ? IsolationLevel.READ_COMMITTED : level;
    }

    @Override
    public boolean commit() {
        checkOpen();
        if (block != Block.EXPLICIT) noTransactionWarning();
        if (block == Block.NONE) return true;
        boolean success = !failed;
        endBlock(success);
        return success;
    }

    @Override
    public void rollback() {
        checkOpen();
        if (block != Block.EXPLICIT) noTransactionWarning();
        if (block != Block.NONE) endBlock(false);
    }

    @Override
    public void beginImplicit() {
        checkOpen();
        implicitScope = true;
    }

    @Override
    public void endImplicit(boolean success) {
        checkOpen();
        implicitScope = false;
        if (block == Block.IMPLICIT) endBlock(success && !failed);
    }

    private void noTransactionWarning() {
        notices.add(new PgNotice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress"));
    }

    /** Commits or rolls back the SQLite transaction (if any) and returns to idle. */
    private void endBlock(boolean commit) {
        try {
            if (sqliteTransaction) {
                try {
                    if (commit && holdsWriter) {
                        checkDeferrableKeys(null, true);
                        onCommitActions();
                    }
                    CommittedTransaction committed = commit && holdsWriter ? assignCommit() : null;
                    exec(commit ? "COMMIT" : "ROLLBACK");
                    database.changeLog.afterCommit(committed);
                } catch (PgException e) {
                    PgException deferred = deferredForeignKey(e);
                    rollbackQuietly();
                    throw deferred;
                }
            }
        } finally {
            sqliteTransaction = false;
            releaseWriter();
            database.advisoryLocks.releaseTransaction(this);
            releaseImported();
            queried = false;
            if (readOnly) execQuietly("PRAGMA query_only = OFF");
            block = Block.NONE;
            failed = false;
            lost = false;
            readOnly = false;
            isolation = IsolationLevel.READ_COMMITTED;
            savepoints.clear();
            deferrableKeys.reset();
        }
    }

    @Override
    public void savepoint(String name) {
        requireBlock("SAVEPOINT");
        inBlock(() -> {
            SavepointEntry entry = new SavepointEntry(name, "pg_savepoint_" + (++savepointCounter), !sqliteTransaction);
            if (sqliteTransaction) exec("SAVEPOINT " + entry.sqliteName());
            savepoints.add(entry);
        });
    }

    @Override
    public void releaseSavepoint(String name) {
        requireBlock("RELEASE SAVEPOINT");
        inBlock(() -> {
            int index = findSavepoint(name);
            if (sqliteTransaction) exec("RELEASE " + savepoints.get(index).sqliteName());
            savepoints.subList(index, savepoints.size()).clear();
        });
    }

    @Override
    public void rollbackToSavepoint(String name) {
        requireBlock("ROLLBACK TO SAVEPOINT");
        int index = findSavepoint(name);
        SavepointEntry target = savepoints.get(index);
        if (lost && !(target.beforeTransaction() && isolation == IsolationLevel.READ_COMMITTED)) {
            throw inFailedBlock().withDetail("The statement was interrupted while writing, which rolled back the "
                    + "whole SQLite transaction; only ROLLBACK can end this block.");
        }
        if (sqliteTransaction) exec("ROLLBACK TO " + target.sqliteName());
        savepoints.subList(index + 1, savepoints.size()).clear();
        failed = false;
        lost = false;
    }

    private void requireBlock(String command) {
        checkOpen();
        if (block != Block.EXPLICIT) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION, command + " can only be used in transaction blocks");
        }
    }

    private int findSavepoint(String name) {
        for (int i = savepoints.size() - 1; i >= 0; i--) {
            if (savepoints.get(i).name().equals(name)) return i;
        }
        failed = true; // an error inside a block aborts it, as in Postgres
        throw PgException.of(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"%s\" does not exist", name);
    }

    /** Runs a block command; any error it raises aborts the block, as every error inside a Postgres block does. */
    private void inBlock(Runnable command) {
        if (failed) throw inFailedBlock();
        try {
            command.run();
        } catch (PgException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public void markFailed() {
        checkOpen();
        statementFailed();
    }

    /** After an error: an explicit block turns failed; an implicit one is rolled back at once (the wire stops). */
    private void statementFailed() {
        if (block == Block.NONE) return;
        if (block == Block.IMPLICIT) {
            endBlock(false);
            block = Block.IMPLICIT;
        }
        failed = true;
        if (!sqliteTransaction) releaseWriter();
    }

    @Override
    public TransactionStatus status() {
        if (block != Block.EXPLICIT) return TransactionStatus.IDLE;
        return failed ? TransactionStatus.FAILED : TransactionStatus.IN_TRANSACTION;
    }

    @Override
    public void cancel() {
        cancel.cancel();
        SqliteSession holder = runningOnHolder;
        if (holder != null) holder.cancelFor(this); // the statement runs on an imported snapshot's holder
    }

    /** On a holder: cancels the running statement only if it is {@code owner}'s (a late cancel never hits the next). */
    private void cancelFor(SqliteSession owner) {
        synchronized (cancel) {
            if (pinnedOwner == owner) cancel.cancel();
        }
    }

    private void releaseImported() {
        if (imported == null) return;
        imported.detach();
        imported = null;
    }

    /** Where this session's pg_replication_slots comes from (set by the manager). */
    void slotSource(dev.impostgres.tracking.catalog.ReplicationSlotSource slots) {
        catalog.slotSource(slots);
    }

    /** What pg_stat_activity shows about this session. */
    SessionInfo info() {
        return catalog;
    }

    /** The slot and backend functions (set by the manager). */
    void serverFunctions(dev.impostgres.tracking.catalog.ServerFunctions functions) {
        catalog.serverFunctions(functions);
    }

    @Override
    public String databaseName() {
        return database.name;
    }

    SqliteDatabase database() {
        return database;
    }

    @Override
    public List<PgNotice> drainNotices() {
        List<PgNotice> drained = List.copyOf(notices);
        notices.clear();
        return drained;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            if (sqliteTransaction) rollbackQuietly();
            releaseWriter();
            releaseImported();
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway; nothing a client could do about it
        } finally {
            database.advisoryLocks.releaseAll(this);
            onClose.accept(this);
        }
    }

    /** Change capture: (re)installs triggers after DDL while capture is on (see ChangeLog#afterWrite). */
    private void afterWrite() {
        try {
            database.changeLog.afterWrite(connection);
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    /** Gives the committing transaction its xid and LSNs inside the same SQLite transaction; null if it logged nothing. */
    private CommittedTransaction assignCommit() {
        try {
            return database.changeLog.beforeCommit(connection, ChangeClock.nowMicros());
        } catch (SQLException e) {
            throw SqliteErrors.toPgException(e, null);
        }
    }

    private void acquireWriter() {
        if (holdsWriter) return;
        cancel.awaitWriter(database.writerLock);
        holdsWriter = true;
    }

    private void releaseWriter() {
        if (!holdsWriter) return;
        holdsWriter = false;
        database.writerLock.release();
    }

    /** Runs an internal statement (BEGIN, COMMIT, SAVEPOINT, …); never cancelled, retried on plain BUSY. */
    private void exec(String sql) {
        for (int attempt = 1; ; attempt++) {
            try (var st = connection.createStatement()) {
                st.execute(sql);
                return;
            } catch (SQLException e) {
                if (!SqliteErrors.isRetryableBusy(e) || attempt >= 3) throw SqliteErrors.toPgException(e, sql);
            }
        }
    }

    private void execQuietly(String sql) {
        try {
            exec(sql);
        } catch (PgException ignored) {
            // best effort during cleanup
        }
    }

    private void rollbackQuietly() {
        execQuietly("ROLLBACK");
        sqliteTransaction = false;
    }

    private static PgException inFailedBlock() {
        return new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                "current transaction is aborted, commands ignored until end of transaction block");
    }

    private void checkOpen() {
        if (closed) throw new PgException(SqlState.CONNECTION_EXCEPTION, "the session is closed");
    }
}
