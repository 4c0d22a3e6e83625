package dev.impostgres.syncengine.zero.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Node Zero client of {@code zero-e2e/client.mjs}: it keeps the latest rows of every live view it reports, and
 * sends mutations. Its stderr goes to a log file next to zero-cache's.
 */
final class ZeroClientProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Writer stdin;
    private final Map<String, JsonNode> views = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> mutations = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    ZeroClientProcess(Path script, String zeroUrl, String schemaVariant, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of("node", script.toString(), zeroUrl))
                .directory(script.getParent().toFile()).redirectError(log.toFile());
        builder.environment().put("E2E_SCHEMA_VARIANT", schemaVariant);
        process = builder.start();
        stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "zero-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (!line.startsWith("{")) continue; // a library's stray console output
                JsonNode message = JSON.readTree(line);
                if (message.has("view")) views.put(message.get("view").asText(), message.get("rows"));
                if (message.has("mutation")) mutations.put(message.get("mutation").asText(), message);
                synchronized (this) {
                    notifyAll();
                }
            }
        } catch (IOException endOfProcess) {
            // the process ended; the test's waits report what is missing
        }
    }

    /** The rows the client's live view of {@code table} holds now (an empty array before the first report). */
    JsonNode rows(String table) {
        return views.getOrDefault(table, JSON.createArrayNode());
    }

    /** Waits until what the client reports satisfies {@code condition}, waking on every report; false on timeout. */
    synchronized boolean awaitReport(java.util.function.Predicate<ZeroClientProcess> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(this)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    boolean reported(String table) {
        return views.containsKey(table);
    }

    /** Sends a CRUD mutation and returns its id; {@link #mutationOutcome} says how the server answered. */
    String mutate(String op, String table, Map<String, Object> value) throws IOException {
        String id = "m" + ids.incrementAndGet();
        send(Map.of("id", id, "op", op, "table", table, "value", value));
        return id;
    }

    JsonNode mutationOutcome(String id) {
        return mutations.get(id);
    }

    private synchronized void send(Object command) throws IOException {
        stdin.write(JSON.writeValueAsString(command) + "\n");
        stdin.flush();
    }

    @Override
    public void close() throws Exception {
        if (!process.isAlive()) return;
        try {
            send(Map.of("op", "close"));
        } catch (IOException alreadyGone) {
            // closed below
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
}
