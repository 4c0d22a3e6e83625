package dev.impostgres.syncengine.zero;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs zero-cache and restarts it when it shuts itself down for an auto-reset. zero-cache resets its replica (a
 * full resync) by exiting and leaving the restart to its supervisor — a container orchestrator in production. It
 * does that when it sees a schema change it cannot replicate incrementally, which on Impostgres is every schema
 * change: Impostgres refuses CREATE EVENT TRIGGER, so zero-cache runs without DDL events (its documented fallback).
 * Every output line goes to {@code output}; any other exit ends supervision with zero-cache's exit code.
 */
public final class ZeroCacheSupervisor implements AutoCloseable {
    static final String AUTO_RESET = "shutting down for auto-reset";

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final Consumer<String> output;
    private final CompletableFuture<Integer> finished = new CompletableFuture<>();
    private volatile Process process;
    private volatile boolean stopping;
    private volatile boolean resetting;
    private volatile int restarts;
    private volatile List<ProcessHandle> workers = List.of();

    public ZeroCacheSupervisor(Path cli, Map<String, String> environment, Path directory, Consumer<String> output) {
        this.command = List.of("node", cli.toString());
        this.environment = environment;
        this.directory = directory;
        this.output = output;
    }

    public synchronized void start() throws IOException {
        resetting = false;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) builder.directory(directory.toFile());
        builder.environment().putAll(environment);
        Process started = builder.start();
        process = started;
        Thread pump = new Thread(() -> pump(started), "zero-cache-output");
        pump.setDaemon(true);
        pump.start();
    }

    private void pump(Process p) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.contains(AUTO_RESET)) {
                    resetting = true;
                    workers = p.descendants().toList();
                }
                output.accept(line);
            }
        } catch (IOException closed) {
            // the process is gone; handled below
        }
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!stopping && resetting) {
            awaitExit(workers, 30); // its workers hold the replica file until they are gone
            restarts++;
            output.accept("impostgres zero: zero-cache shut down for an auto-reset; restarting it (restart " + restarts + ")");
            try {
                start();
                return;
            } catch (IOException e) {
                output.accept("impostgres zero: cannot restart zero-cache: " + e.getMessage());
            }
        }
        finished.complete(code);
    }

    public long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    public boolean alive() {
        Process p = process;
        return p != null && p.isAlive() && !finished.isDone();
    }

    public int restarts() {
        return restarts;
    }

    /** zero-cache's exit code once it exits other than for an auto-reset. */
    public int waitFor() throws InterruptedException {
        try {
            return finished.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    public boolean finished() {
        return finished.isDone();
    }

    /** SIGTERM (zero-cache flushes its replica and releases its slot), SIGKILL after {@code graceSeconds}. */
    public void stop(long graceSeconds) throws InterruptedException {
        stopping = true;
        Process p = process;
        if (p == null) return;
        List<ProcessHandle> tree = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(graceSeconds, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        awaitExit(tree, graceSeconds); // the workers outlive the main process briefly and hold the replica
        try {
            finished.get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the pump thread completes it; a stuck pump must not block shutdown
        }
    }

    /** Waits for every process in {@code tree} to exit, killing those still there after {@code seconds}. */
    private static void awaitExit(List<ProcessHandle> tree, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (ProcessHandle h : tree) {
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                h.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                h.destroyForcibly();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop(30);
    }
}
