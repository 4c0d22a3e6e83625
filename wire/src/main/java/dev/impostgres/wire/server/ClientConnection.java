package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.tracking.Session;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.settings.SessionSettings;
import dev.impostgres.wire.auth.AuthStep;
import dev.impostgres.wire.auth.Authenticator;
import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.codec.ErrorFields;
import dev.impostgres.wire.codec.FrontendMessage;
import dev.impostgres.wire.replication.ReplicationConnection;
import dev.impostgres.wire.replication.ReplicationMode;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection's protocol state machine. Runs on the connection's own executor thread (never on a Netty
 * event loop), one message at a time, in arrival order.
 *
 * <pre>
 *  client                               server
 *  SSLRequest / GSSENCRequest   ──▶     'N'
 *  StartupMessage               ──▶     [NegotiateProtocolVersion] Authentication… (exchange)
 *  password / SASL messages     ◀─▶     AuthenticationOk ParameterStatus* BackendKeyData ReadyForQuery(I)
 *  Query | Parse Bind … Sync    ──▶     … ReadyForQuery(I|T|E)
 *  Terminate                    ──▶     (close)
 * </pre>
 */
final class ClientConnection implements BackendRegistry.Cancellable {
    private static final Logger log = LoggerFactory.getLogger(ClientConnection.class);

    private enum Phase { STARTUP, AUTHENTICATING, READY, CLOSED }

    private final ServerContext server;
    private final Outbound out;
    private Phase phase = Phase.STARTUP;
    private Authenticator authenticator;
    private FrontendMessage.StartupMessage startup;
    private SessionContext context;
    private SimpleQueryProtocol simple;
    private CopyIn copyIn;
    private ExtendedQueryProtocol extended;
    private int processId;
    private volatile Session session;
    // replication hook (issue #6): set on replication=database / true connections
    private ReplicationMode replicationMode = ReplicationMode.NONE;
    private ReplicationConnection replication;

    /** The connection's own ordered executor (where every message is handled). */
    private final java.util.concurrent.Executor executor;

    ClientConnection(ServerContext server, Outbound out, java.util.concurrent.Executor executor) {
        this.server = server;
        this.out = out;
        this.executor = executor;
    }

    void handle(FrontendMessage message) {
        if (phase == Phase.CLOSED) return;
        try {
            switch (phase) {
                case STARTUP -> startup(message);
                case AUTHENTICATING -> authenticate(message);
                case READY -> ready(message);
                case CLOSED -> { }
            }
        } catch (PgException e) {
            fatal(e);
        } catch (RuntimeException e) {
            log.error("internal error on backend {}", processId, e);
            fatal(new PgException("FATAL", SqlState.INTERNAL_ERROR, "internal error: " + e.getClass().getSimpleName(),
                    null, null, 0, e));
        }
    }

    /** A protocol violation found by the decoder: FATAL 08P01 and close, as Postgres does. */
    void protocolViolation(String sqlState, String message) {
        fatal(new PgException("FATAL", sqlState, message, null, null, 0, null));
    }

    void disconnected() {
        phase = Phase.CLOSED;
        if (copyIn != null) {
            copyIn = null; // the client vanished mid-COPY: the session's close below rolls it back whole
        }
        if (processId != 0) server.backends().unregister(processId);
        if (replication != null) replication.disconnected(); // replication hook (issue #6)
        Session s = session;
        if (s != null) {
            try {
                s.close(); // rolls back an open block; committed data is never touched
            } catch (RuntimeException e) {
                log.warn("closing session of backend {} failed", processId, e);
            }
        }
    }

    @Override
    public void cancelRunningStatement() {
        Session s = session;
        if (s != null) s.cancel();
    }

    /**
     * pg_terminate_backend from another backend: the running statement is cancelled, then, on this connection's
     * executor (so nothing else writes meanwhile), a walsender stops streaming and releases its slots, and the client
     * gets FATAL 57P01 before the connection closes.
     */
    @Override
    public java.util.concurrent.CompletableFuture<Void> terminate() {
        java.util.concurrent.CompletableFuture<Void> ended = new java.util.concurrent.CompletableFuture<>();
        cancelRunningStatement();
        try {
            executor.execute(() -> {
                try {
                    if (phase != Phase.CLOSED) {
                        if (replication != null) replication.disconnected(); // the slot is free for a takeover now
                        fatal(new PgException("FATAL", SqlState.ADMIN_SHUTDOWN,
                                "terminating connection due to administrator command", null, null, 0, null));
                    }
                } finally {
                    ended.complete(null);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closedAlready) {
            ended.complete(null);
        }
        return ended;
    }

    private void startup(FrontendMessage message) {
        if (message instanceof FrontendMessage.SslRequest || message instanceof FrontendMessage.GssEncRequest) {
            out.send(new BackendMessage.EncryptionRefused());
            out.flush();
        } else if (message instanceof FrontendMessage.CancelRequest cancel) {
            server.backends().cancel(cancel.processId(), cancel.secretKey());
            phase = Phase.CLOSED;
            out.close();
        } else if (message instanceof FrontendMessage.StartupMessage s) {
            begin(s);
        } else {
            throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION, "expected startup message", null, null, 0,
                    null);
        }
    }

    private void begin(FrontendMessage.StartupMessage s) {
        startup = s;
        String user = s.sessionParameters().get("user");
        if (user == null || user.isEmpty()) {
            throw new PgException("FATAL", SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet", null, null, 0, null);
        }
        replicationMode = ReplicationMode.of(s.sessionParameters().get("replication")); // replication hook (issue #6)
        if (s.needsProtocolNegotiation()) {
            out.send(new BackendMessage.NegotiateProtocolVersion(0, s.protocolOptions()));
        }
        authenticator = server.authenticators().newAuthenticator();
        phase = Phase.AUTHENTICATING;
        onAuthStep(authenticator.start(user));
    }

    private void authenticate(FrontendMessage message) {
        if (message instanceof FrontendMessage.PasswordMessage password) {
            onAuthStep(authenticator.next(password.payload()));
        } else if (message instanceof FrontendMessage.Terminate) {
            close();
        } else {
            throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                    "expected password response, got message type " + message.getClass().getSimpleName(), null, null,
                    0, null);
        }
    }

    private void onAuthStep(AuthStep step) {
        if (step instanceof AuthStep.Send send) {
            out.send(send.message());
            out.flush();
        } else if (step instanceof AuthStep.Failure failure) {
            throw failure.error();
        } else if (step instanceof AuthStep.Success success) {
            openSession(success.messagesToSend());
        }
    }

    private void openSession(java.util.List<BackendMessage> authenticationOk) {
        Map<String, String> params = startup.sessionParameters();
        String user = params.get("user");
        String database = params.getOrDefault("database", user);
        SessionSettings settings = server.newSettings(user);
        settings.applyStartupParameters(StartupParameters.settings(params));
        Session opened = server.databases().openSession(database);
        int[] key = server.backends().register(this);
        processId = key[0];
        session = opened;
        context = new SessionContext(opened, settings, user, processId);
        StatementExecutor executor = new StatementExecutor(context, server.databases());
        simple = new SimpleQueryProtocol(server.translator(), context, executor, out);
        extended = new ExtendedQueryProtocol(server.translator(), context, executor, out);
        if (replicationMode != ReplicationMode.NONE) { // replication hook (issue #6)
            replication = new ReplicationConnection(server.replication(), replicationMode, database,
                    processId, context.formatSettings(), settings::show, replicationOutput(), opened);
        }
        authenticationOk.forEach(out::send);
        Map<String, String> reported = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        reported.putAll(settings.reportedParameters());
        reported.forEach((name, value) -> out.send(new BackendMessage.ParameterStatus(name, value)));
        out.send(new BackendMessage.BackendKeyData(key[0], key[1]));
        phase = Phase.READY;
        readyForQuery();
        log.debug("backend {} ready: user={} database={}", processId, user, database);
    }

    private void ready(FrontendMessage message) {
        if (replication != null && replicationMessage(message)) return; // replication hook (issue #6)
        if (copyIn != null) {
            copyInMessage(message);
        } else if (message instanceof FrontendMessage.Query q) {
            extended.forgetUnnamed();
            Map<String, String> before = context.settings().reportedParameters();
            copyIn = simple.query(q.sql());
            reportChangedParameters(before);
            if (copyIn == null) readyForQuery();
        } else if (message instanceof FrontendMessage.Execute) {
            Map<String, String> before = context.settings().reportedParameters();
            extended.handle(message);
            reportChangedParameters(before);
        } else if (message instanceof FrontendMessage.Parse || message instanceof FrontendMessage.Bind
                || message instanceof FrontendMessage.Describe || message instanceof FrontendMessage.Close) {
            extended.handle(message);
        } else if (message instanceof FrontendMessage.Sync) {
            extended.handle(message);
            readyForQuery();
        } else if (message instanceof FrontendMessage.Flush) {
            out.flush();
        } else if (message instanceof FrontendMessage.Terminate) {
            close();
        } else if (message instanceof FrontendMessage.CopyData || message instanceof FrontendMessage.CopyDone
                || message instanceof FrontendMessage.CopyFail) {
            // outside COPY: ignored, as Postgres does
        } else if (message instanceof FrontendMessage.FunctionCall) {
            out.send(ErrorFields.error(SqlState.FEATURE_NOT_SUPPORTED, "fastpath function calls are not supported"));
            readyForQuery();
        } else if (message instanceof FrontendMessage.Malformed m) {
            malformed(m);
        } else if (message instanceof FrontendMessage.Unknown u) {
            throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION, "invalid frontend message type " + (int) u.type(),
                    null, null, 0, null);
        } else {
            throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                    "unexpected message " + message.getClass().getSimpleName(), null, null, 0, null);
        }
    }

    // ---- replication hook (issue #6): replication commands and the CopyBoth phase go to dev.impostgres.wire.replication

    /** Returns true when the replication side handled the message. */
    private boolean replicationMessage(FrontendMessage message) {
        if (replication.streaming()) {
            boolean ended = replication.stream().handle(message);
            if (message instanceof FrontendMessage.Terminate) close();
            else if (ended) readyForQuery();
            return true;
        }
        if (!(message instanceof FrontendMessage.Query q)) return false;
        ReplicationConnection.Outcome outcome = replication.query(q.sql());
        if (outcome == ReplicationConnection.Outcome.SQL) return false;
        extended.forgetUnnamed();
        if (outcome == ReplicationConnection.Outcome.ANSWERED) readyForQuery();
        return true;
    }

    private ReplicationConnection.Output replicationOutput() {
        return new ReplicationConnection.Output() {
            @Override public void send(BackendMessage message) { out.send(message); }
            @Override public void sendEncoded(byte[] frames, int length) { out.sendEncoded(frames, length); }
            @Override public void flush() { out.flush(); }
            @Override public boolean isOpen() { return out.isOpen(); }
        };
    }

    /** COPY FROM STDIN in progress: CopyData feeds it, CopyDone/CopyFail end it; Flush and Sync are ignored. */
    private void copyInMessage(FrontendMessage message) {
        CopyIn copy = copyIn;
        try {
            if (message instanceof FrontendMessage.CopyData data) {
                copy.data(data.data());
                return;
            }
            if (message instanceof FrontendMessage.Flush || message instanceof FrontendMessage.Sync) {
                return;
            }
            copyIn = null;
            if (message instanceof FrontendMessage.CopyDone) {
                out.send(new BackendMessage.CommandComplete(copy.done()));
            } else if (message instanceof FrontendMessage.CopyFail fail) {
                copy.abort();
                out.send(ErrorFields.error(SqlState.QUERY_CANCELED, "COPY from stdin failed: " + fail.message()));
            } else if (message instanceof FrontendMessage.Terminate) {
                copy.abort();
                close();
                return;
            } else {
                copy.abort();
                out.send(ErrorFields.error(SqlState.PROTOCOL_VIOLATION, "unexpected message type 0x"
                        + String.format("%02X", (int) messageType(message)) + " during COPY from stdin"));
            }
            readyForQuery();
        } catch (RuntimeException e) {
            copyIn = null;
            copy.abort();
            out.send(ErrorFields.error(InternalErrors.asPgException(e)));
            readyForQuery();
        }
    }

    private static char messageType(FrontendMessage m) {
        if (m instanceof FrontendMessage.Query) return 'Q';
        if (m instanceof FrontendMessage.Parse) return 'P';
        if (m instanceof FrontendMessage.Bind) return 'B';
        if (m instanceof FrontendMessage.Execute) return 'E';
        if (m instanceof FrontendMessage.Describe) return 'D';
        if (m instanceof FrontendMessage.Close) return 'C';
        if (m instanceof FrontendMessage.FunctionCall) return 'F';
        return '?';
    }

    /** A well-framed message with a bad body: an ERROR, as for any failing statement; the session goes on. */
    private void malformed(FrontendMessage.Malformed m) {
        if (m.type() == 'Q') {
            out.send(ErrorFields.error(m.error()));
            readyForQuery();
        } else if (m.type() == 'S') {
            out.send(ErrorFields.error(m.error()));
            extended.handle(new FrontendMessage.Sync());
            readyForQuery();
        } else {
            extended.fail(m.error());
        }
    }

    private void reportChangedParameters(Map<String, String> before) {
        context.settings().reportedParameters().forEach((name, value) -> {
            if (!value.equals(before.get(name))) out.send(new BackendMessage.ParameterStatus(name, value));
        });
    }

    private void readyForQuery() {
        out.send(new BackendMessage.ReadyForQuery(session.status().indicator()));
        out.flush();
    }

    private void fatal(PgException e) {
        PgException fatal = "FATAL".equals(e.severity()) ? e
                : new PgException("FATAL", e.sqlState(), e.getMessage(), e.detail(), e.hint(), 0, null);
        if (out.isOpen()) out.send(ErrorFields.error(fatal));
        close();
    }

    private void close() {
        phase = Phase.CLOSED;
        out.close();
    }
}
