package dev.impostgres.debezium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.format.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of Debezium's embedded engine (postgres connector, pgoutput, JSON with schemas) against a target, its
 * offsets in a file so that a later run resumes where this one stopped. Collects every change event.
 */
final class DebeziumRun implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DebeziumEngine<ChangeEvent<String, String>> engine;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<ChangeEvent<String, String>> events = new CopyOnWriteArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private DebeziumRun(Properties config) {
        engine = DebeziumEngine.create(Json.class)
                .using(config)
                .notifying((java.util.function.Consumer<ChangeEvent<String, String>>) events::add)
                .using((success, message, error) -> {
                    if (!success) failure.compareAndSet(null, error != null ? error : new IllegalStateException(message));
                })
                .build();
        executor.execute(engine);
    }

    static DebeziumRun start(CdcTarget target, Path offsets) {
        Properties p = new Properties();
        p.setProperty("name", "dbz-it-" + target.name());
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
        p.setProperty("offset.storage.file.filename", offsets.toString());
        p.setProperty("offset.flush.interval.ms", "100");
        p.setProperty("database.hostname", "127.0.0.1");
        p.setProperty("database.port", Integer.toString(target.port()));
        p.setProperty("database.user", "postgres");
        p.setProperty("database.password", "unused");
        p.setProperty("database.dbname", "postgres");
        p.setProperty("topic.prefix", "it");
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", "dbz_slot");
        p.setProperty("publication.name", "dbz_publication");
        // The initial snapshot needs exported snapshots (SET TRANSACTION SNAPSHOT), not in Impostgres yet.
        p.setProperty("snapshot.mode", System.getProperty("debezium.snapshot.mode", "no_data"));
        p.setProperty("table.include.list", "public.items,public.full_items,public.marker");
        p.setProperty("skipped.operations", "none"); // TRUNCATE events too
        p.setProperty("decimal.handling.mode", "string");
        p.setProperty("status.update.interval.ms", "500");
        p.setProperty("errors.max.retries", "0");
        return new DebeziumRun(p);
    }

    /** The events so far; throws if the engine has stopped with an error. */
    List<ChangeEvent<String, String>> events() {
        Throwable t = failure.get();
        if (t != null) throw new AssertionError("Debezium engine failed: " + t, t);
        return events;
    }

    /** Whether an event for {@code marker} row {@code id} has arrived (the end of a batch of statements). */
    boolean sawMarker(int id) {
        for (ChangeEvent<String, String> e : events()) {
            if (e.destination().equals("it.public.marker") && e.value() != null
                    && e.value().contains("\"after\":{\"id\":" + id + "}")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) throw new AssertionError("engine did not stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Events reduced to what must be the same on any server: topic, key, and the value (schema and payload) without
     * the fields that name a moment or a server position (timestamps, LSNs, the transaction id); transactions are
     * numbered by first appearance instead, so grouping of changes into transactions is still compared.
     */
    static List<String> normalized(List<ChangeEvent<String, String>> events) {
        List<String> out = new ArrayList<>();
        List<String> txIds = new ArrayList<>();
        for (ChangeEvent<String, String> e : events) {
            out.add(e.destination() + " key=" + e.key() + " value=" + normalizeValue(e.value(), txIds));
        }
        return out;
    }

    private static String normalizeValue(String value, List<String> txIds) {
        if (value == null) return "null";
        try {
            JsonNode root = JSON.readTree(value);
            JsonNode payload = root.get("payload");
            if (payload instanceof ObjectNode p) {
                p.remove(List.of("ts_ms", "ts_us", "ts_ns"));
                if (p.get("source") instanceof ObjectNode source) {
                    String txId = source.path("txId").asText();
                    if (!txIds.contains(txId)) txIds.add(txId);
                    source.remove(List.of("ts_ms", "ts_us", "ts_ns", "lsn", "txId", "sequence", "xmin"));
                    source.put("tx", txIds.indexOf(txId));
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** op, key and after/before of each event in short form, for readable assertions. */
    static List<String> summary(List<ChangeEvent<String, String>> events) {
        List<String> out = new ArrayList<>();
        for (ChangeEvent<String, String> e : events) {
            String table = e.destination().substring(e.destination().lastIndexOf('.') + 1);
            if (e.value() == null) {
                out.add(table + " tombstone " + keyPayload(e.key()));
                continue;
            }
            try {
                JsonNode payload = JSON.readTree(e.value()).get("payload");
                out.add(table + " " + payload.path("op").asText() + " " + keyPayload(e.key()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return out;
    }

    private static String keyPayload(String key) {
        if (key == null) return "-";
        try {
            JsonNode k = JSON.readTree(key);
            return (k.has("payload") ? k.get("payload") : k).toString();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
