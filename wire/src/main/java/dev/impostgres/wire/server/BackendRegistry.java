package dev.impostgres.wire.server;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live backends, by process id, for CancelRequest and pg_terminate_backend. A cancel must name both the pid and the secret key that
 * BackendKeyData gave that connection; anything else is ignored silently, as Postgres does.
 */
final class BackendRegistry {

    /** What a cancel request (and pg_terminate_backend) can act on. */
    interface Cancellable {
        void cancelRunningStatement();

        /** Ends the backend with FATAL 57P01; completes once it has ended. */
        CompletableFuture<Void> terminate();
    }

    private record Entry(int secretKey, Cancellable backend) {}

    private final Map<Integer, Entry> backends = new ConcurrentHashMap<>();
    private final AtomicInteger nextPid = new AtomicInteger(ProcessHandle.current().pid() > 0
            ? (int) (ProcessHandle.current().pid() % 10_000) * 10 + 1000 : 1000);
    private final SecureRandom random = new SecureRandom();

    /** Registers a backend and returns its {pid, secret}. */
    int[] register(Cancellable backend) {
        int pid = nextPid.incrementAndGet();
        int secret = random.nextInt();
        backends.put(pid, new Entry(secret, backend));
        return new int[] {pid, secret};
    }

    void unregister(int pid) {
        backends.remove(pid);
    }

    /** Returns true when a backend matched (for logging only; the client is never told). */
    boolean cancel(int pid, int secretKey) {
        Entry entry = backends.get(pid);
        if (entry == null || entry.secretKey() != secretKey) {
            return false;
        }
        entry.backend().cancelRunningStatement();
        return true;
    }

    /** pg_terminate_backend: null when no backend has {@code pid}. */
    CompletableFuture<Void> terminate(int pid) {
        Entry entry = backends.get(pid);
        return entry == null ? null : entry.backend().terminate();
    }

    int size() {
        return backends.size();
    }
}
