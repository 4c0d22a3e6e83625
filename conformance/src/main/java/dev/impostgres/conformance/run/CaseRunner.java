package dev.impostgres.conformance.run;

import dev.impostgres.conformance.client.PgConnection;
import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.conformance.client.QueryResult;
import dev.impostgres.conformance.client.ResultPart;
import dev.impostgres.conformance.script.ConformanceCase;
import dev.impostgres.conformance.targets.Target;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs one case on one target, in a fresh database: CREATE DATABASE, connect to it, send each statement as its own
 * Query (as psql does), record what came back, DROP DATABASE. Never throws and never hangs: every wait has a
 * deadline, and whatever goes wrong is recorded in the transcript. After {@value #GIVE_UP_AFTER} cases in a row in
 * which the server stopped answering, the runner gives up on the target for the rest of the run (each further case
 * records why at once), so a dead server costs seconds, not a timeout per case.
 */
public final class CaseRunner {

    private final Target target;
    private final Duration statementTimeout;
    private final Duration caseBudget;
    static final int GIVE_UP_AFTER = 3;
    private int unresponsiveInARow;
    private String gaveUp;

    public CaseRunner(Target target, Duration statementTimeout, Duration caseBudget) {
        this.target = target;
        this.statementTimeout = statementTimeout;
        this.caseBudget = caseBudget;
    }

    public Target target() {
        return target;
    }

    public Transcript run(ConformanceCase c) {
        Transcript transcript = new Transcript();
        if (target.unavailable().isPresent()) {
            transcript.fail(target.unavailable().get());
            return transcript;
        }
        if (gaveUp != null) {
            transcript.fail(gaveUp);
            return transcript;
        }
        runCase(c, transcript);
        unresponsiveInARow = transcript.serverUnresponsive() ? unresponsiveInARow + 1 : 0;
        if (unresponsiveInARow >= GIVE_UP_AFTER) {
            gaveUp = target.name() + " stopped answering (" + GIVE_UP_AFTER + " cases in a row up to " + c.id()
                    + "); not tried again in this run";
        }
        return transcript;
    }

    private void runCase(ConformanceCase c, Transcript transcript) {
        String database = c.databaseName();
        try (PgConnection admin = PgConnection.connect(target.endpoint(), Map.of(), statementTimeout)) {
            // A leftover from an interrupted run against a persistent server (IMPOSTGRES_PG_URL); errors ignored.
            admin.query("DROP DATABASE IF EXISTS " + database, statementTimeout);
            String created = errorOf(admin.query("CREATE DATABASE " + database, statementTimeout));
            if (created != null) {
                transcript.fail("CREATE DATABASE failed: " + created);
                return;
            }
            try {
                runIn(target.endpoint().withDatabase(database), c, transcript);
            } finally {
                dropQuietly(admin, database);
            }
        } catch (IOException e) {
            transcript.failUnresponsive("admin connection: " + e.getMessage());
        }
    }

    private void runIn(PgEndpoint endpoint, ConformanceCase c, Transcript transcript) {
        long deadline = System.nanoTime() + caseBudget.toNanos();
        try (PgConnection session = PgConnection.connect(endpoint, Map.of(), statementTimeout)) {
            if (!runStatements(session, c.setupStatements(), transcript, deadline)) {
                return;
            }
            if (c.isReplication()) {
                new ReplicationCapture(endpoint, statementTimeout).capture(c, session, transcript,
                        stmts -> runStatements(session, stmts, transcript, deadline));
            }
        } catch (IOException e) {
            transcript.failUnresponsive("connecting to " + endpoint.database() + ": " + e.getMessage());
        }
    }

    /** False when the case cannot go on (timeout, lost connection, budget spent); the reason is recorded. */
    private boolean runStatements(PgConnection session, List<String> statements, Transcript transcript,
                                  long deadline) {
        for (String sql : statements) {
            if (System.nanoTime() > deadline) {
                transcript.fail("case exceeded its budget of " + caseBudget.toSeconds() + " s");
                return false;
            }
            try {
                transcript.add(new Transcript.Entry(sql, session.query(sql, statementTimeout), null));
            } catch (IOException e) {
                String reason = e.getMessage() + " (statement timeout " + statementTimeout.toSeconds() + " s)";
                transcript.add(new Transcript.Entry(sql, null, reason));
                transcript.failUnresponsive("statement failed: " + reason);
                return false;
            }
        }
        return true;
    }

    private void dropQuietly(PgConnection admin, String database) {
        try {
            admin.query("DROP DATABASE IF EXISTS " + database, statementTimeout);
        } catch (IOException e) {
            // The next run drops it first; a failing drop is not what the case measures.
        }
    }

    static String errorOf(QueryResult result) {
        for (ResultPart part : result.parts()) {
            if (part instanceof ResultPart.Error e) {
                return e.sqlState() + " " + e.message();
            }
        }
        return null;
    }
}
