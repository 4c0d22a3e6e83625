package dev.impostgres.tracking;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * Cancel requests for one session. A request only counts while {@code execute} is active (a cancel when nothing
 * runs does nothing and cannot hit the next statement). It interrupts the running SQLite statement
 * (sqlite3_interrupt), and a progress handler re-checks the flag every {@value #PROGRESS_OPS} VM steps so a request
 * racing the statement's start is not lost; a session waiting for the writer lock is woken by a thread interrupt.
 */
final class CancelState {
    private static final int PROGRESS_OPS = 1000;

    private final DB db;
    private boolean active;                    // guarded by this
    private Thread lockWaiter;                 // guarded by this
    private boolean interruptedWaiter;         // guarded by this
    private volatile boolean requested;
    private volatile boolean statementRunning;

    CancelState(Connection connection) throws SQLException {
        this.db = connection.unwrap(SQLiteConnection.class).getDatabase();
        ProgressHandler.setHandler(connection, PROGRESS_OPS, new ProgressHandler() {
            @Override
            protected int progress() {
                return statementRunning && requested ? 1 : 0;
            }
        });
    }

    synchronized void enter() {
        active = true;
        requested = false;
    }

    synchronized void exit() {
        active = false;
        requested = false;
    }

    /** Any thread. */
    void cancel() {
        synchronized (this) {
            if (!active) return;
            requested = true;
            if (lockWaiter != null) {
                interruptedWaiter = true;
                lockWaiter.interrupt();
            } else if (statementRunning) {
                try {
                    db.interrupt();
                } catch (SQLException ignored) {
                    // the progress handler still sees the request
                }
            }
        }
    }

    interface SqlCall<T> { T call() throws SQLException; }

    /** Runs a user statement: the only SQLite work a cancel may interrupt (never COMMIT, SAVEPOINT, …). */
    <T> T running(SqlCall<T> call) throws SQLException {
        statementRunning = true;
        try {
            return call.call();
        } finally {
            statementRunning = false;
        }
    }

    /** Whether a cancel request is pending for the running statement (for waits outside SQLite). */
    boolean isRequested() {
        return requested;
    }

    void checkNotCancelled() {
        if (requested) throw canceled();
    }

    PgException translate(SQLException e, String sql) {
        return requested && SqliteErrors.isInterrupt(e) ? canceled() : SqliteErrors.toPgException(e, sql);
    }

    /** Waits for the writer lock; a cancel aborts the wait with 57014. */
    void awaitWriter(WriterLock lock) {
        synchronized (this) {
            if (requested) throw canceled();
            lockWaiter = Thread.currentThread();
            interruptedWaiter = false;
        }
        boolean acquired = false;
        try {
            lock.acquire();
            acquired = true;
        } catch (InterruptedException e) {
            boolean byCancel;
            synchronized (this) {
                byCancel = interruptedWaiter;
            }
            if (!byCancel) Thread.currentThread().interrupt(); // not ours: keep the thread's interrupt status
            throw canceled();
        } finally {
            synchronized (this) {
                lockWaiter = null;
                if (acquired && interruptedWaiter) Thread.interrupted(); // the interrupt was meant for the wait
            }
        }
        if (requested) {
            lock.release();
            throw canceled();
        }
    }

    static PgException canceled() {
        return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
    }
}
