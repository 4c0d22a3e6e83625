package dev.impostgres.wire.server;

import dev.impostgres.tracking.QueryResult;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.TransactionStatus;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.codec.ErrorFields;
import java.util.List;

/**
 * The simple Query message. A string with several statements runs as one implicit transaction (all or nothing;
 * a BEGIN inside turns it into an ordinary block); the first error ends the string, as in Postgres.
 *
 * <pre>
 *   Q "INSERT …; SELECT …"  →  CommandComplete, RowDescription, DataRow*, CommandComplete, ReadyForQuery
 *   Q ""                    →  EmptyQueryResponse, ReadyForQuery
 * </pre>
 */
final class SimpleQueryProtocol {
    private final Translator translator;
    private final SessionContext context;
    private final StatementExecutor executor;
    private final Outbound out;

    SimpleQueryProtocol(Translator translator, SessionContext context, StatementExecutor executor, Outbound out) {
        this.translator = translator;
        this.context = context;
        this.executor = executor;
        this.out = out;
    }

    /**
     * Runs the query string; returns the COPY FROM STDIN now waiting for CopyData (the caller then holds back
     * ReadyForQuery), else null.
     */
    CopyIn query(String sql) {
        Session session = context.session();
        List<PgStatement> statements;
        try {
            statements = translator.translateScript(sql);
        } catch (PgException e) {
            failBlock(session);
            out.send(ErrorFields.error(e));
            return null;
        }
        if (statements.size() == 1 && statements.get(0) instanceof PgStatement.Empty) {
            out.send(new BackendMessage.EmptyQueryResponse());
            return null;
        }
        boolean implicit = statements.size() > 1 && session.status() == TransactionStatus.IDLE;
        if (implicit) {
            session.beginImplicit();
        }
        boolean ok = true;
        for (PgStatement statement : statements) {
            if (statement instanceof PgStatement.Empty) continue;
            try {
                if (statement instanceof PgStatement.Copy copy) {
                    if (copy.from()) {
                        if (statements.size() > 1) {
                            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                    "COPY FROM STDIN must be the only statement of its query string");
                        }
                        return CopyIn.start(copy, translator, executor, context, out);
                    }
                    QueryResult result = CopyOut.run(copy, translator, executor, context, out);
                    out.send(new BackendMessage.CommandComplete("COPY " + result.rowCount()));
                    continue;
                }
                QueryResult result = executor.execute(statement, List.of());
                sendNotices();
                ResultSender.sendAll(out, result, context);
            } catch (RuntimeException e) {
                sendNotices();
                failBlock(session);
                out.send(ErrorFields.error(InternalErrors.asPgException(e)));
                ok = false;
                break;
            }
        }
        if (implicit) {
            finishImplicit(session, ok);
        }
        return null;
    }

    private void finishImplicit(Session session, boolean ok) {
        try {
            session.endImplicit(ok);
        } catch (PgException e) {
            out.send(ErrorFields.error(e));
        }
    }

    private void failBlock(Session session) {
        if (session.status() == TransactionStatus.IN_TRANSACTION) {
            session.markFailed();
        }
    }

    private void sendNotices() {
        for (BackendMessage.NoticeResponse notice : context.drainNotices()) {
            out.send(notice);
        }
    }
}
