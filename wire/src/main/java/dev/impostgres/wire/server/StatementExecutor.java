package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.tracking.QueryResult;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.TransactionStatus;
import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.IsolationLevel;
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
        boolean inBlock = session.status() != TransactionStatus.IDLE;
        if (statement instanceof PgStatement.Sql sql) return session.execute(sql, parameters);
        if (statement instanceof PgStatement.Copy) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY is supported in the simple query protocol only");
        }
        if (statement instanceof PgStatement.Begin begin) {
            IsolationLevel isolation = begin.isolation() != null ? begin.isolation() : settings.defaultIsolation();
            boolean readOnly = begin.readOnly() != null ? begin.readOnly() : settings.defaultReadOnly();
            session.begin(isolation, readOnly);
            if (!inBlock) settings.beginTransaction(isolation, readOnly);
            return tag(begin.tag());
        }
        if (statement instanceof PgStatement.Commit commit) {
            Chain chain = chainOf(commit.chain(), "COMMIT", inBlock, settings);
            boolean committed = session.commit();
            if (inBlock) {
                if (committed) settings.commitTransaction(); else settings.rollbackTransaction();
            }
            if (chain != null) chain.begin(session, settings);
            return tag(committed ? "COMMIT" : "ROLLBACK");
        }
        if (statement instanceof PgStatement.Rollback rollback) {
            Chain chain = chainOf(rollback.chain(), "ROLLBACK", inBlock, settings);
            session.rollback();
            if (inBlock) settings.rollbackTransaction();
            if (chain != null) chain.begin(session, settings);
            return tag("ROLLBACK");
        }
        if (statement instanceof PgStatement.Savepoint sp) {
            session.savepoint(sp.name());
            settings.savepoint();
            return tag("SAVEPOINT");
        }
        if (statement instanceof PgStatement.ReleaseSavepoint sp) {
            session.releaseSavepoint(sp.name());
            settings.releaseSavepoint();
            return tag("RELEASE");
        }
        if (statement instanceof PgStatement.RollbackToSavepoint sp) {
            session.rollbackToSavepoint(sp.name());
            settings.rollbackToSavepoint();
            return tag("ROLLBACK");
        }
        if (statement instanceof PgStatement.SetTransaction st) {
            if (st.session()) {
                if (st.isolation() != null) {
                    settings.set("default_transaction_isolation", st.isolation().pgName(), false);
                }
                if (st.readOnly() != null) {
                    settings.set("default_transaction_read_only", st.readOnly() ? "on" : "off", false);
                }
            } else if (!inBlock) {
                context.notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION can only be used in transaction blocks");
            } else {
                session.setTransactionCharacteristics(st.isolation(), st.readOnly());
                settings.transactionCharacteristics(st.isolation(), st.readOnly());
            }
            return tag("SET");
        }
        if (statement instanceof PgStatement.SetVariable set && "transaction_snapshot".equals(set.name())) {
            if (!inBlock) {
                context.notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION,
                        "SET TRANSACTION can only be used in transaction blocks");
            }
            session.importSnapshot(set.value() == null ? "" : set.value());
            return tag("SET");
        }
        if (statement instanceof PgStatement.SetVariable set) {
            if (set.local() && !inBlock) {
                context.notice("WARNING", SqlState.NO_ACTIVE_SQL_TRANSACTION,
                        "SET LOCAL can only be used in transaction blocks");
            }
            settings.set(set.name(), set.value(), set.local());
            return tag("SET");
        }
        if (statement instanceof PgStatement.ResetVariable reset) {
            settings.reset(reset.name());
            return tag("RESET");
        }
        if (statement instanceof PgStatement.Show show) return show(show.name());
        if (statement instanceof PgStatement.CreateDatabase create) {
            requireNoBlock(session, "CREATE DATABASE");
            databases.createDatabase(create.name());
            return tag("CREATE DATABASE");
        }
        if (statement instanceof PgStatement.DropDatabase drop) {
            requireNoBlock(session, "DROP DATABASE");
            if (drop.ifExists() && !databases.databases().contains(drop.name())) {
                context.notice("NOTICE", SqlState.SUCCESSFUL_COMPLETION,
                        "database \"" + drop.name() + "\" does not exist, skipping");
            } else {
                databases.dropDatabase(drop.name(), drop.ifExists(), session);
            }
            return tag("DROP DATABASE");
        }
        return null; // Empty
    }

    /** The result columns a statement will have, without running it; null when it returns no rows. */
    List<ResultColumn> describe(PgStatement statement) {
        if (statement instanceof PgStatement.Sql sql) {
            return sql.returnsRows() ? context.session().describe(sql) : null;
        }
        if (statement instanceof PgStatement.Show show) {
            return "all".equalsIgnoreCase(show.name())
                    ? List.of(textColumn("name"), textColumn("setting"), textColumn("description"))
                    : List.of(textColumn(context.settings().canonicalName(show.name())));
        }
        return null;
    }

    /** AND CHAIN: a new block with the ended block's isolation level and read-only mode. */
    private record Chain(IsolationLevel isolation, boolean readOnly) {
        void begin(Session session, SessionSettings settings) {
            session.begin(isolation, readOnly);
            settings.beginTransaction(isolation, readOnly);
        }
    }

    private static Chain chainOf(boolean chain, String verb, boolean inBlock, SessionSettings settings) {
        if (!chain) return null;
        if (!inBlock) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    verb + " AND CHAIN can only be used in transaction blocks");
        }
        IsolationLevel isolation = IsolationLevel.READ_COMMITTED;
        String current = settings.show("transaction_isolation");
        for (IsolationLevel level : IsolationLevel.values()) {
            if (level.pgName().equals(current)) isolation = level;
        }
        return new Chain(isolation, "on".equals(settings.show("transaction_read_only")));
    }

    private QueryResult show(String name) {
        SessionSettings settings = context.settings();
        if ("all".equalsIgnoreCase(name)) {
            List<ResultColumn> columns = List.of(textColumn("name"), textColumn("setting"), textColumn("description"));
            List<Object[]> rows = new ArrayList<>();
            for (SessionSettings.Setting setting : settings.showAll()) {
                rows.add(new Object[] {setting.name(), setting.setting(), setting.description()});
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
