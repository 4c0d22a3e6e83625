package dev.impostgres.tracking;

import java.util.concurrent.Semaphore;

/**
 * The per-database writer lock: at most one session writes at a time, in arrival order (fair). A semaphore rather
 * than a ReentrantLock because a transaction may hold it across statements that the wire layer runs on different
 * threads. Waiting is interruptible so that a cancel request can abort the wait.
 */
final class WriterLock {
    private final Semaphore permit = new Semaphore(1, true);

    /** Waits for the lock; InterruptedException when the wait is aborted (cancel or shutdown). */
    void acquire() throws InterruptedException {
        permit.acquire();
    }

    void release() {
        permit.release();
    }

    /** For tests and diagnostics: whether some session waits for the lock now. */
    boolean hasWaiters() {
        return permit.hasQueuedThreads();
    }

    /** For tests and diagnostics: whether some session holds the lock now. */
    boolean isHeld() {
        return permit.availablePermits() == 0;
    }
}
