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
    private ExtendedQueryProtocol extended;
    private int processId;
    private volatile Session session;

    ClientConnection(ServerContext server, Outbound out) {
        this.server = server;
        this.out = out;
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
        if (processId != 0) server.backends().unregister(processId);
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

    private void startup(FrontendMessage message) {
        switch (message) {
            case FrontendMessage.SslRequest r -> { out.send(new BackendMessage.EncryptionRefused()); out.flush(); }
            case FrontendMessage.GssEncRequest r -> { out.send(new BackendMessage.EncryptionRefused()); out.flush(); }
            case FrontendMessage.CancelRequest cancel -> {
                server.backends().cancel(cancel.processId(), cancel.secretKey());
                phase = Phase.CLOSED;
                out.close();
            }
            case FrontendMessage.StartupMessage s -> begin(s);
            default -> throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION, "expected startup message", null,
                    null, 0, null);
        }
    }

    private void begin(FrontendMessage.StartupMessage s) {
        startup = s;
        String user = s.parameters().get("user");
        if (user == null || user.isEmpty()) {
            throw new PgException("FATAL", SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "no PostgreSQL user name specified in startup packet", null, null, 0, null);
        }
        String replication = s.parameters().get("replication");
        if (replication != null && !replication.equalsIgnoreCase("false") && !replication.equalsIgnoreCase("off")
                && !replication.equals("0")) {
            throw new PgException("FATAL", SqlState.FEATURE_NOT_SUPPORTED,
                    "replication connections are not supported yet", null, null, 0, null);
        }
        var unknownOptions = s.parameters().keySet().stream().filter(k -> k.startsWith("_pq_.")).sorted().toList();
        if (s.minorVersion() > 0 || !unknownOptions.isEmpty()) {
            out.send(new BackendMessage.NegotiateProtocolVersion(0, unknownOptions));
        }
        authenticator = server.authenticators().create();
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
        switch (step) {
            case AuthStep.Send send -> { out.send(send.message()); out.flush(); }
            case AuthStep.Failure failure -> throw failure.error();
            case AuthStep.Success success -> {
                success.toSendBeforeOk().forEach(out::send);
                openSession();
            }
        }
    }

    private void openSession() {
        Map<String, String> params = startup.parameters();
        String user = params.get("user");
        String database = params.getOrDefault("database", user);
        SessionSettings settings = server.newSettings(user);
        settings.applyStartupParameters(params);
        Session opened = server.databases().openSession(database);
        int[] key = server.backends().register(this);
        processId = key[0];
        session = opened;
        context = new SessionContext(opened, settings, user, processId);
        StatementExecutor executor = new StatementExecutor(context, server.databases());
        simple = new SimpleQueryProtocol(server.translator(), context, executor, out);
        extended = new ExtendedQueryProtocol(server.translator(), context, executor, out);
        out.send(new BackendMessage.AuthenticationOk());
        Map<String, String> reported = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        reported.putAll(settings.reportedParameters());
        reported.forEach((name, value) -> out.send(new BackendMessage.ParameterStatus(name, value)));
        out.send(new BackendMessage.BackendKeyData(key[0], key[1]));
        phase = Phase.READY;
        readyForQuery();
        log.debug("backend {} ready: user={} database={}", processId, user, database);
    }

    private void ready(FrontendMessage message) {
        switch (message) {
            case FrontendMessage.Query q -> {
                extended.forgetUnnamed();
                Map<String, String> before = context.settings().reportedParameters();
                simple.query(q.sql());
                reportChangedParameters(before);
                readyForQuery();
            }
            case FrontendMessage.Parse m -> extended.handle(m);
            case FrontendMessage.Bind m -> extended.handle(m);
            case FrontendMessage.Describe m -> extended.handle(m);
            case FrontendMessage.Close m -> extended.handle(m);
            case FrontendMessage.Execute m -> {
                Map<String, String> before = context.settings().reportedParameters();
                extended.handle(m);
                reportChangedParameters(before);
            }
            case FrontendMessage.Sync m -> {
                extended.handle(m);
                readyForQuery();
            }
            case FrontendMessage.Flush m -> out.flush();
            case FrontendMessage.Terminate m -> close();
            case FrontendMessage.CopyData m -> { } // outside COPY: ignored, as Postgres does
            case FrontendMessage.CopyDone m -> { }
            case FrontendMessage.CopyFail m -> { }
            case FrontendMessage.FunctionCall m -> {
                out.send(ErrorFields.error(SqlState.FEATURE_NOT_SUPPORTED, "fastpath function calls are not supported"));
                readyForQuery();
            }
            case FrontendMessage.Unknown u -> throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                    "invalid frontend message type " + (int) u.type(), null, null, 0, null);
            default -> throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                    "unexpected message " + message.getClass().getSimpleName(), null, null, 0, null);
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
