package dev.impostgres.conformance.run;

import dev.impostgres.conformance.client.QueryResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What one target did with one case: per statement its result (or why there is none), the replication changes
 * for a replication case, and a harness-level failure (could not connect, CREATE DATABASE failed, timeout, …)
 * that ended the case early.
 */
public final class Transcript {

    /** One statement sent as its own Query message; {@code result} is null when {@code failure} says why. */
    public record Entry(String sql, QueryResult result, String failure) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> changes = new ArrayList<>();
    private String failure;
    private boolean serverUnresponsive;

    void add(Entry entry) {
        entries.add(entry);
    }

    void addChange(String line) {
        changes.add(line);
    }

    void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    /** A failure caused by the server not answering or not accepting connections (timeouts, refused, reset). */
    void failUnresponsive(String reason) {
        fail(reason);
        serverUnresponsive = true;
    }

    boolean serverUnresponsive() {
        return serverUnresponsive;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Normalized pgoutput lines ({@link dev.impostgres.conformance.pgoutput.ChangeRenderer}). */
    public List<String> changes() {
        return List.copyOf(changes);
    }

    /** Null when the case ran to its end. */
    public String failure() {
        return failure;
    }
}
