package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.tracking.QueryResult;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.TransactionStatus;
import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.settings.SessionSettings;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.tracking.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one classified statement for a connection: SQL goes to the SQLite session, everything else (transaction
 * control, SET/SHOW, CREATE/DROP DATABASE) is handled here. Shared by the simple and the extended protocol, so both
 * behave the same.
 */
final class StatementExecutor {

    private final SessionContext context;
    private final DatabaseManager databases;

    StatementExecutor(SessionContext context, DatabaseManager databases) {
        this.context = context;
        this.databases = databases;
    }

    /** Whether the statement may run in a failed transaction block (only ROLLBACK, ROLLBACK TO, COMMIT). */
    static boolean endsFailedBlock(PgStatement statement) {
        return statement instanceof PgStatement.Rollback || statement instanceof PgStatement.RollbackToSavepoint
                || statement instanceof PgStatement.Commit;
    }

    static boolean isTransactionControl(PgStatement statement) {
        return statement instanceof PgStatement.Begin || statement instanceof PgStatement.Commit
                || statement instanceof PgStatement.Rollback || statement instanceof PgStatement.Savepoint
                || statement instanceof PgStatement.ReleaseSavepoint
                || statement instanceof PgStatement.RollbackToSavepoint;
    }

    /** Runs a statement; {@code parameters} are in SQLite storage form. */
    QueryResult execute(PgStatement statement, List<Object> parameters) {
        Session session = context.session();
        if (session.status() == TransactionStatus.FAILED && !endsFailedBlock(statement)) {
            throw new PgException(SqlState.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction block");
        }
        SessionSettings settings = context.settings();
        return switch (statement) {
            case PgStatement.Sql sql -> session.execute(sql, parameters);
            case PgStatement.Begin begin -> {
                session.begin(begin.isolation(), begin.readOnly());
                settings.beginTransaction();
                yield tag("BEGIN");
            }
            case PgStatement.Commit commit -> {
                boolean committed = session.commit();
                if (committed) settings.commitTransaction(); else settings.rollbackTransaction();
                yield tag(committed ? "COMMIT" : "ROLLBACK");
            }
            case PgStatement.Rollback rollback -> {
                session.rollback();
                settings.rollbackTransaction();
                yield tag("ROLLBACK");
            }
            case PgStatement.Savepoint sp -> {
                session.savepoint(sp.name());
                yield tag("SAVEPOINT");
            }
            case PgStatement.ReleaseSavepoint sp -> {
                session.releaseSavepoint(sp.name());
                yield tag("RELEASE");
            }
            case PgStatement.RollbackToSavepoint sp -> {
                session.rollbackToSavepoint(sp.name());
                yield tag("ROLLBACK");
            }
            case PgStatement.SetTransaction st -> {
                if (!st.session() && session.status() == TransactionStatus.IDLE) {
                    context.notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION,
                            "SET TRANSACTION can only be used in transaction blocks");
                }
                yield tag("SET");
            }
            case PgStatement.SetVariable set -> {
                settings.set(set.name(), set.value(), set.local(), session.status() != TransactionStatus.IDLE);
                yield tag("SET");
            }
            case PgStatement.ResetVariable reset -> {
                if (reset.name() == null) settings.resetAll(); else settings.reset(reset.name());
                yield tag("RESET");
            }
            case PgStatement.Show show -> show(show.name());
            case PgStatement.CreateDatabase create -> {
                requireNoBlock(session, "CREATE DATABASE");
                databases.createDatabase(create.name());
                yield tag("CREATE DATABASE");
            }
            case PgStatement.DropDatabase drop -> {
                requireNoBlock(session, "DROP DATABASE");
                if (drop.ifExists() && !databases.databases().contains(drop.name())) {
                    context.notice("NOTICE", SqlState.SUCCESSFUL_COMPLETION,
                            "database \"" + drop.name() + "\" does not exist, skipping");
                } else {
                    databases.dropDatabase(drop.name(), drop.ifExists(), session);
                }
                yield tag("DROP DATABASE");
            }
            case PgStatement.Empty empty -> null;
        };
    }

    /** The result columns a statement will have, without running it; null when it returns no rows. */
    List<ResultColumn> describe(PgStatement statement) {
        return switch (statement) {
            case PgStatement.Sql sql -> sql.returnsRows() ? context.session().describe(sql) : null;
            case PgStatement.Show show -> "all".equalsIgnoreCase(show.name())
                    ? List.of(textColumn("name"), textColumn("setting"), textColumn("description"))
                    : List.of(textColumn(context.settings().canonicalName(show.name())));
            default -> null;
        };
    }

    private QueryResult show(String name) {
        SessionSettings settings = context.settings();
        if ("all".equalsIgnoreCase(name)) {
            List<ResultColumn> columns = List.of(textColumn("name"), textColumn("setting"), textColumn("description"));
            List<Object[]> rows = new ArrayList<>();
            for (var entry : settings.showAll().entrySet()) {
                rows.add(new Object[] {entry.getKey(), entry.getValue(), ""});
            }
            return new QueryResult(columns, rows, CommandTag.plain("SHOW"), rows.size());
        }
        String value = settings.show(name);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {value});
        return new QueryResult(List.of(textColumn(settings.canonicalName(name))), rows, CommandTag.plain("SHOW"), 1);
    }

    private static ResultColumn textColumn(String name) {
        return new ResultColumn(name, PgTypes.TEXT, -1, 0, (short) 0);
    }

    private static void requireNoBlock(Session session, String what) {
        if (session.status() != TransactionStatus.IDLE) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION, what + " cannot run inside a transaction block");
        }
    }

    private static QueryResult tag(String verb) {
        return new QueryResult(null, List.of(), CommandTag.plain(verb), 0);
    }
}
