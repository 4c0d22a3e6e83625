package dev.impostgres.tracking.snapshot;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One exported snapshot: a holder (an internal session whose SQLite read transaction is open, so WAL keeps showing
 * it the database exactly as it was when the transaction started) shared by every transaction that imports it.
 *
 * <p>Lifetime, as Postgres's: the name can be imported until the exporter moves on ({@link #exporterFinished}: the
 * replication connection runs its next command or ends); transactions that imported it before keep reading it until
 * they end. The holder is closed when both are over. A SQLite connection runs one statement at a time, so importers
 * take turns ({@link #use}, a fair lock): six parallel COPY connections are correct, each waits for the statement
 * ahead of it.
 *
 * @param <H> the holder, closed once nobody needs the snapshot any more
 */
public final class PinnedSnapshot<H extends AutoCloseable> {
    private final String name;
    private final String database;
    private final long lsn;
    private final H holder;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final java.util.function.Consumer<String> forget;
    private int importers;
    private boolean exporterDone;
    private boolean closed;

    PinnedSnapshot(String name, String database, long lsn, H holder, java.util.function.Consumer<String> forget) {
        this.forget = forget;
        this.name = name;
        this.database = database;
        this.lsn = lsn;
        this.holder = holder;
    }

    /** The Postgres-shaped identifier SET TRANSACTION SNAPSHOT takes. */
    public String name() { return name; }

    public String database() { return database; }

    /** The change log's end in the snapshot: every transaction ending at or before it is visible, none after it. */
    public long lsn() { return lsn; }

    /** An importing transaction starts using the snapshot; false when it can no longer be imported. */
    synchronized boolean attach() {
        if (exporterDone || closed) return false;
        importers++;
        return true;
    }

    /** An importing transaction ended. */
    public void detach() {
        boolean close;
        synchronized (this) {
            importers--;
            close = exporterDone && importers == 0 && !closed;
            if (close) closed = true;
        }
        if (close) closeHolder();
    }

    /** The exporter ran another command or ended: no new imports; the holder closes when the last importer ends. */
    public void exporterFinished() {
        boolean close;
        synchronized (this) {
            if (exporterDone) return;
            exporterDone = true;
            close = importers == 0 && !closed;
            if (close) closed = true;
        }
        forget.accept(name);
        if (close) closeHolder();
    }

    /** Runs {@code work} on the holder, one caller at a time (the holder's SQLite connection is single-threaded). */
    public <T> T use(Function<H, T> work) {
        turn.lock();
        try {
            return work.apply(holder);
        } finally {
            turn.unlock();
        }
    }

    private void closeHolder() {
        turn.lock(); // never close under a statement that is still running
        try {
            holder.close();
        } catch (Exception ignored) {
            // rolling back a read transaction cannot lose anything
        } finally {
            turn.unlock();
        }
    }
}
