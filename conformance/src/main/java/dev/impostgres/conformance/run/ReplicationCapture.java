package dev.impostgres.conformance.run;

import dev.impostgres.conformance.client.BackendMessage;
import dev.impostgres.conformance.client.PgConnection;
import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.conformance.client.PgReader;
import dev.impostgres.conformance.client.QueryResult;
import dev.impostgres.conformance.client.ResultPart;
import dev.impostgres.conformance.pgoutput.ChangeRenderer;
import dev.impostgres.conformance.pgoutput.PgOutputDecoder;
import dev.impostgres.conformance.script.ConformanceCase;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The replication half of a replication case, on a {@code replication=database} connection:
 * <pre>
 *   CREATE_REPLICATION_SLOT s LOGICAL pgoutput      (after the setup statements)
 *   … the captured statements run on the ordinary session …
 *   IDENTIFY_SYSTEM                                 → xlogpos: everything captured is at or before it
 *   START_REPLICATION SLOT s LOGICAL 0/0 (proto_version '1', publication_names '…', messages 'true')
 *   ← XLogData* until a primary keepalive reports walEnd ≥ xlogpos outside a transaction
 *   CopyDone … ReadyForQuery; DROP_REPLICATION_SLOT s
 * </pre>
 * Each pgoutput message becomes one normalized line in the transcript.
 */
final class ReplicationCapture {

    private final PgEndpoint endpoint;
    private final Duration timeout;

    ReplicationCapture(PgEndpoint endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    void capture(ConformanceCase c, PgConnection session, Transcript transcript, Predicate<List<String>> runCaptured) {
        String slot = c.databaseName();
        try (PgConnection replication = PgConnection.connect(endpoint, Map.of("replication", "database"), timeout)) {
            String created = CaseRunner.errorOf(replication.query(
                    "CREATE_REPLICATION_SLOT " + slot + " LOGICAL pgoutput", timeout));
            if (created != null) {
                transcript.fail("CREATE_REPLICATION_SLOT failed: " + created);
                return;
            }
            try {
                if (!runCaptured.test(c.capturedStatements())) {
                    return;
                }
                long end = flushPosition(replication);
                stream(replication, slot, c.publication().orElseThrow(), end, transcript);
            } finally {
                dropSlot(replication, slot, session);
            }
        } catch (IOException | RuntimeException e) {
            transcript.fail("replication: " + e.getMessage());
        }
    }

    private long flushPosition(PgConnection replication) throws IOException {
        QueryResult identify = replication.query("IDENTIFY_SYSTEM", timeout);
        for (ResultPart part : identify.parts()) {
            if (part instanceof ResultPart.Rows rows && rows.rows().size() == 1 && rows.columns().size() >= 3) {
                return parseLsn(rows.rows().get(0).get(2));
            }
        }
        throw new IOException("IDENTIFY_SYSTEM returned no xlogpos: " + identify.parts());
    }

    private void stream(PgConnection replication, String slot, String publication, long end, Transcript transcript)
            throws IOException {
        replication.sendQuery("START_REPLICATION SLOT " + slot + " LOGICAL 0/0 (proto_version '1', "
                + "publication_names '" + publication.replace("'", "''") + "', messages 'true')");
        ChangeRenderer renderer = new ChangeRenderer();
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean inTransaction = false;
        while (true) {
            BackendMessage m = replication.read(deadline);
            if (m.type() == 'E') {
                throw new IOException("START_REPLICATION failed: " + errorText(m));
            }
            if (m.type() != 'd') {
                continue; // CopyBothResponse, notices
            }
            PgReader r = m.reader();
            int kind = r.byte1();
            if (kind == 'w') {
                // XLogData: 'w' | int64 walStart | int64 walEnd | int64 sendTime | pgoutput message
                r.int64();
                r.int64();
                r.int64();
                byte[] payload = r.rest();
                inTransaction = payload.length > 0 && payload[0] != 'C' && (inTransaction || payload[0] == 'B');
                transcript.addChange(renderer.render(PgOutputDecoder.decode(payload)));
            } else if (kind == 'k') {
                // Primary keepalive: 'k' | int64 walEnd | int64 sendTime | byte1 replyRequested
                if (r.int64() >= end && !inTransaction) {
                    break;
                }
            }
        }
        replication.sendCopyDone();
        while (replication.read(deadline).type() != 'Z') {
            // Drain the rest of the stream: CopyData, CopyDone, CommandComplete.
        }
    }

    private void dropSlot(PgConnection replication, String slot, PgConnection session) {
        try {
            replication.query("DROP_REPLICATION_SLOT " + slot, timeout);
        } catch (IOException e) {
            // The replication connection is unusable: close it so the slot becomes inactive, then drop it from SQL
            // (a walsender takes a moment to exit, hence one retry). Failures here were recorded already.
            replication.close();
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    QueryResult dropped = session.query("SELECT pg_drop_replication_slot(slot_name) "
                            + "FROM pg_replication_slots WHERE slot_name = '" + slot + "'", timeout);
                    if (CaseRunner.errorOf(dropped) == null) {
                        return;
                    }
                    Thread.sleep(200);
                } catch (IOException ignored) {
                    return;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static long parseLsn(String lsn) {
        int slash = lsn.indexOf('/');
        return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
    }

    private static String errorText(BackendMessage m) {
        PgReader r = m.reader();
        StringBuilder text = new StringBuilder();
        int code;
        while ((code = r.byte1()) != 0) {
            String value = r.string();
            if (code == 'C' || code == 'M') {
                text.append(text.length() == 0 ? "" : " ").append(value);
            }
        }
        return text.toString();
    }
}
