package dev.impostgres.tracking;

import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import java.util.List;

/**
 * One client's view of one database: its own SQLite connection, its transaction state (idle / in a block /
 * failed block) and its savepoints. Not thread-safe except {@link #cancel()}, which any thread may call.
 *
 * <p>Postgres semantics: outside a block every statement commits on its own; inside a block a failing statement
 * puts the block into the failed state, where everything but ROLLBACK / ROLLBACK TO SAVEPOINT raises 25P02.
 * Writers are serialized per database; readers never block and see only committed data; SQLITE_BUSY never escapes.
 */
public interface Session extends AutoCloseable {

    /**
     * Runs one translated statement with its parameters, already in SQLite storage form (Long, Double, String,
     * byte[] or null), index 0 = {@code $1}.
     *
     * @throws PgException with Postgres's SQLSTATE (23505, 23502, 42P01, 57014 when cancelled, 25P02 in a failed block, …)
     */
    QueryResult execute(PgStatement.Sql statement, List<Object> parameters);

    /** Describes the result columns of a statement without running it (Describe of a prepared statement). */
    List<ResultColumn> describe(PgStatement.Sql statement);

    /**
     * The types of a statement's parameters for ParameterDescription and for decoding them: explicit casts, else
     * what Postgres would infer from the columns they are compared with or assigned to, else 0 (unknown).
     */
    default List<Integer> parameterTypes(PgStatement.Sql statement) { return statement.parameterTypes(); }

    void begin(IsolationLevel isolation, Boolean readOnly);

    /**
     * Gives the session the wire session's settings and backend process id, which catalog queries read
     * (current_setting, pg_settings, current_user, pg_backend_pid). Until called, defaults apply.
     */
    default void attachSettings(dev.impostgres.translator.settings.SessionSettings settings, int backendPid) {}

    /**
     * SET TRANSACTION inside a block: changes the block's isolation level (only before its first query, else 25001)
     * and read-only mode. Outside a block it has no effect.
     */
    default void setTransactionCharacteristics(IsolationLevel isolation, Boolean readOnly) {
        throw new UnsupportedOperationException("SET TRANSACTION");
    }

    /**
     * SET TRANSACTION SNAPSHOT: the block reads the snapshot another connection exported (CREATE_REPLICATION_SLOT)
     * until it ends. Postgres 17's errors: 25001 after a query, 0A000 outside REPEATABLE READ / SERIALIZABLE, 22023
     * for a malformed and 42704 for an unknown or no longer exported identifier.
     */
    default void importSnapshot(String id) {
        throw new PgException(dev.impostgres.translator.error.SqlState.FEATURE_NOT_SUPPORTED,
                "SET TRANSACTION SNAPSHOT is not supported");
    }

    /**
     * CREATE_REPLICATION_SLOT … (SNAPSHOT 'use') on this connection: checks, before the slot exists, that the block can
     * take the slot's snapshot (Postgres's XX000 errors otherwise); the caller then imports it with
     * {@link #importSnapshot}.
     */
    default void checkSlotSnapshotUse() {
        throw new PgException(dev.impostgres.translator.error.SqlState.FEATURE_NOT_SUPPORTED,
                "CREATE_REPLICATION_SLOT ... (SNAPSHOT 'use') is not supported");
    }

    /** COMMIT; in a failed block it rolls back instead (Postgres answers "ROLLBACK" then) and returns false. */
    boolean commit();

    void rollback();

    void savepoint(String name);

    void releaseSavepoint(String name);

    void rollbackToSavepoint(String name);

    /** Marks the open block failed after an error raised outside {@link #execute} (e.g. bad parameters). */
    void markFailed();

    TransactionStatus status();

    /** Cancels the statement running now, if any: it fails with 57014. Safe to call from any thread. */
    void cancel();

    String databaseName();

    /**
     * The notices raised since the last call (oldest first), e.g. WARNING 25001 for BEGIN inside a block; the wire
     * sends each as a NoticeResponse before the command's CommandComplete. Clears them.
     */
    default List<PgNotice> drainNotices() { return List.of(); }

    /**
     * Starts Postgres's implicit transaction for a multi-statement simple Query: until {@link #endImplicit}, the
     * statements run as one atomic transaction unless they contain explicit BEGIN / COMMIT / ROLLBACK (BEGIN turns
     * it into an ordinary block that stays open; COMMIT / ROLLBACK end it with a WARNING, later statements start a
     * new one). {@link #status()} keeps reporting IDLE for an implicit transaction.
     */
    default void beginImplicit() { throw new UnsupportedOperationException("implicit transactions"); }

    /**
     * Ends the implicit transaction: commits it when {@code success}, else rolls it back. An explicit block opened by
     * BEGIN inside the query stays open. Throws PgException when the commit fails (it is then rolled back).
     */
    default void endImplicit(boolean success) { throw new UnsupportedOperationException("implicit transactions"); }

    @Override
    void close();
}
