package dev.impostgres.wire.server;

import dev.impostgres.tracking.QueryResult;
import dev.impostgres.tracking.ResultColumn;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.TransactionStatus;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.codec.ErrorFields;
import dev.impostgres.wire.codec.FrontendMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parse / Bind / Describe / Execute / Close / Sync. Until Sync, statements outside an explicit block share one
 * implicit transaction (a pipelined batch is all or nothing, as in Postgres). After an error every message up to
 * Sync is discarded.
 *
 * <pre>
 *   P B D E … S   →   1 2 T D* C … Z
 *   P (error) B E S →  E (B and E discarded) Z
 *   E (maxRows=n)  →   D*n s        (PortalSuspended; the next E resumes)
 * </pre>
 */
final class ExtendedQueryProtocol {
    private final Translator translator;
    private final SessionContext context;
    private final StatementExecutor executor;
    private final Outbound out;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    private boolean discardUntilSync;
    private boolean implicitTransaction;
    private boolean failedSinceSync;

    ExtendedQueryProtocol(Translator translator, SessionContext context, StatementExecutor executor, Outbound out) {
        this.translator = translator;
        this.context = context;
        this.executor = executor;
        this.out = out;
    }

    /** Handles one extended-protocol message; errors move to the discard-until-Sync state. */
    void handle(FrontendMessage message) {
        if (message instanceof FrontendMessage.Sync) {
            sync();
            return;
        }
        if (discardUntilSync) {
            return;
        }
        try {
            if (message instanceof FrontendMessage.Parse parse) {
                parse(parse);
            } else if (message instanceof FrontendMessage.Bind bind) {
                bind(bind);
            } else if (message instanceof FrontendMessage.Describe describe) {
                describe(describe);
            } else if (message instanceof FrontendMessage.Execute execute) {
                execute(execute);
            } else if (message instanceof FrontendMessage.Close close) {
                close(close);
            } else {
                throw new IllegalStateException("not an extended-protocol message: " + message);
            }
        } catch (RuntimeException e) {
            fail(InternalErrors.asPgException(e));
        }
    }

    /** The simple Query message drops the unnamed statement and portal. */
    void forgetUnnamed() {
        statements.remove("");
        portals.remove("");
    }

    private void parse(FrontendMessage.Parse parse) {
        if (!parse.name().isEmpty() && statements.containsKey(parse.name())) {
            throw new PgException(SqlState.DUPLICATE_PREPARED_STATEMENT,
                    "prepared statement \"" + parse.name() + "\" already exists");
        }
        PgStatement statement = translator.translateOne(parse.sql());
        rejectInFailedBlock(statement);
        // Types the client left unspecified (0) are inferred from the columns, as Postgres does, so that
        // ParameterDescription reports them and Bind decodes text and binary values with them.
        List<Integer> inferred = statement instanceof PgStatement.Sql sql
                ? context.session().parameterTypes(sql) : List.of();
        int count = Math.max(parse.parameterTypes().size(), inferred.size());
        List<Integer> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int given = i < parse.parameterTypes().size() ? parse.parameterTypes().get(i) : 0;
            int guess = i < inferred.size() ? inferred.get(i) : 0;
            types.add(given != 0 ? given : guess);
        }
        statements.put(parse.name(), new PreparedStatement(parse.name(), statement, types));
        out.send(new BackendMessage.ParseComplete());
    }

    private void bind(FrontendMessage.Bind bind) {
        PreparedStatement prepared = statement(bind.statement());
        if (!bind.portal().isEmpty() && portals.containsKey(bind.portal())) {
            throw new PgException(SqlState.DUPLICATE_CURSOR, "portal \"" + bind.portal() + "\" already exists");
        }
        rejectInFailedBlock(prepared.statement);
        List<Object> parameters = ParameterDecoder.decode(prepared, bind.parameterFormats(), bind.parameters(),
                context.formatSettings());
        portals.put(bind.portal(), new Portal(bind.portal(), prepared, parameters, bind.resultFormats()));
        out.send(new BackendMessage.BindComplete());
    }

    private void describe(FrontendMessage.Describe describe) {
        if (describe.kind() == 'S') {
            PreparedStatement prepared = statement(describe.name());
            List<Integer> types = new ArrayList<>(prepared.parameterTypes.size());
            for (int oid : prepared.parameterTypes) types.add(oid == 0 ? PgTypes.TEXT.oid() : oid);
            out.send(new BackendMessage.ParameterDescription(types));
            List<ResultColumn> columns = executor.describe(prepared.statement);
            prepared.describedColumns = columns;
            out.send(columns == null ? new BackendMessage.NoData()
                    : new RowEncoder(columns, List.of()).rowDescription());
        } else if (describe.kind() == 'P') {
            Portal portal = portal(describe.name());
            List<ResultColumn> columns = portal.prepared.describedColumns;
            if (columns == null) {
                columns = executor.describe(portal.prepared.statement);
                portal.prepared.describedColumns = columns;
            }
            out.send(columns == null ? new BackendMessage.NoData()
                    : new RowEncoder(columns, portal.resultFormats).rowDescription());
        } else {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid DESCRIBE message subtype " + (int) describe.kind());
        }
    }

    private void execute(FrontendMessage.Execute execute) {
        Portal portal = portal(execute.portal());
        PgStatement statement = portal.prepared.statement;
        if (statement instanceof PgStatement.Empty) {
            out.send(new BackendMessage.EmptyQueryResponse());
            return;
        }
        if (portal.result == null) {
            Session session = context.session();
            if (!implicitTransaction && session.status() == TransactionStatus.IDLE) {
                session.beginImplicit(); // until Sync, as Postgres's extended protocol does
                implicitTransaction = true;
            }
            portal.result = executor.execute(statement, portal.parameters);
            sendNotices();
            if (portal.result.returnsRows()) {
                List<ResultColumn> columns = portal.prepared.describedColumns != null
                        ? portal.prepared.describedColumns : portal.result.columns();
                portal.encoder = new RowEncoder(columns, portal.resultFormats);
            }
        }
        QueryResult result = portal.result;
        if (!result.returnsRows()) {
            out.send(new BackendMessage.CommandComplete(result.commandTag()));
            return;
        }
        List<Object[]> rows = result.rows();
        int limit = execute.maxRows() <= 0 ? Integer.MAX_VALUE : execute.maxRows();
        int sent = 0;
        var format = context.formatSettings();
        while (portal.cursor < rows.size() && sent < limit) {
            out.send(portal.encoder.dataRow(rows.get(portal.cursor++), format));
            sent++;
        }
        if (portal.cursor < rows.size()) {
            out.send(new BackendMessage.PortalSuspended());
        } else {
            out.send(new BackendMessage.CommandComplete(result.tag().format(
                    result.tag().style() == dev.impostgres.translator.CommandTag.Style.COUNT
                            && "SELECT".equals(result.tag().verb()) ? sent : result.rowCount())));
        }
    }

    private void close(FrontendMessage.Close close) {
        if (close.kind() == 'S') {
            statements.remove(close.name());
        } else if (close.kind() == 'P') {
            portals.remove(close.name());
        } else {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "invalid CLOSE message subtype " + (int) close.kind());
        }
        out.send(new BackendMessage.CloseComplete());
    }

    private void sync() {
        discardUntilSync = false;
        Session session = context.session();
        if (implicitTransaction) {
            implicitTransaction = false;
            try {
                session.endImplicit(!failedSinceSync);
            } catch (PgException e) {
                out.send(ErrorFields.error(e));
            }
        }
        failedSinceSync = false;
        if (session.status() == TransactionStatus.IDLE) {
            portals.clear(); // portals do not outlive their transaction
        }
    }

    /** Reports an error and discards messages until Sync. */
    void fail(PgException e) {
        sendNotices();
        Session session = context.session();
        if (session.status() == TransactionStatus.IN_TRANSACTION) {
            session.markFailed();
        }
        out.send(ErrorFields.error(e));
        discardUntilSync = true;
        failedSinceSync = true;
    }

    private void rejectInFailedBlock(PgStatement statement) {
        if (context.session().status() == TransactionStatus.FAILED && !StatementExecutor.endsFailedBlock(statement)) {
            throw new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
    }

    private PreparedStatement statement(String name) {
        PreparedStatement prepared = statements.get(name);
        if (prepared == null) {
            throw new PgException(SqlState.INVALID_SQL_STATEMENT_NAME, name.isEmpty()
                    ? "unnamed prepared statement does not exist"
                    : "prepared statement \"" + name + "\" does not exist");
        }
        return prepared;
    }

    private Portal portal(String name) {
        Portal portal = portals.get(name);
        if (portal == null) {
            throw new PgException(SqlState.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return portal;
    }

    private void sendNotices() {
        for (BackendMessage.NoticeResponse notice : context.drainNotices()) {
            out.send(notice);
        }
    }
}
