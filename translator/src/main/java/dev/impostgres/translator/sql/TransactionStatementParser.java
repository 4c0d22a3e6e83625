package dev.impostgres.translator.sql;

import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;

/**
 * BEGIN, START TRANSACTION, COMMIT/END, ROLLBACK/ABORT, SAVEPOINT, RELEASE, ROLLBACK TO and the transaction modes
 * of SET TRANSACTION (gram.y's TransactionStmt and transaction_mode_list).
 */
final class TransactionStatementParser {
    private TransactionStatementParser() {}

    /** The statement, or null when {@code w} does not start a transaction-control statement. */
    static PgStatement parse(String source, Words w) {
        if (w.is("begin") || w.is("start")) {
            boolean start = w.accept("start");
            if (start) w.expect("transaction");
            else {
                w.next();
                if (!w.accept("work")) w.accept("transaction");
            }
            Modes modes = modes(w, true);
            return new PgStatement.Begin(source, modes.isolation, modes.readOnly);
        }
        if (w.accept("commit") || w.accept("end")) {
            if (w.is("prepared")) return null; // two-phase commit: not a transaction-block command
            optionalWorkAndChain(w);
            return new PgStatement.Commit(source);
        }
        if (w.is("rollback") || w.is("abort")) {
            boolean abort = w.next().is("abort");
            if (!abort && w.is("prepared")) return null;
            if (!w.accept("work")) w.accept("transaction");
            if (!abort && w.accept("to")) {
                w.accept("savepoint");
                String name = w.identifier();
                w.expectEnd();
                return new PgStatement.RollbackToSavepoint(source, name);
            }
            chain(w);
            w.expectEnd();
            return new PgStatement.Rollback(source);
        }
        if (w.accept("savepoint")) {
            String name = w.identifier();
            w.expectEnd();
            return new PgStatement.Savepoint(source, name);
        }
        if (w.accept("release")) {
            w.accept("savepoint");
            String name = w.identifier();
            w.expectEnd();
            return new PgStatement.ReleaseSavepoint(source, name);
        }
        return null;
    }

    private static void optionalWorkAndChain(Words w) {
        if (!w.accept("work")) w.accept("transaction");
        chain(w);
        w.expectEnd();
    }

    /** AND NO CHAIN is the default; AND CHAIN is refused rather than silently ignored. */
    private static void chain(Words w) {
        if (w.accept("and")) {
            boolean no = w.accept("no");
            w.expect("chain");
            if (!no) throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "AND CHAIN is not supported");
        }
    }

    record Modes(IsolationLevel isolation, Boolean readOnly) {}

    /** transaction_mode_list: modes separated by commas or just whitespace; {@code allowEmpty} for BEGIN. */
    static Modes modes(Words w, boolean allowEmpty) {
        IsolationLevel isolation = null;
        Boolean readOnly = null;
        boolean first = true;
        while (!w.atEnd()) {
            if (!first) w.acceptPunct(",");
            first = false;
            if (w.accept("isolation")) {
                w.expect("level");
                isolation = isolationLevel(w);
            } else if (w.accept("read")) {
                if (w.accept("only")) readOnly = true;
                else {
                    w.expect("write");
                    readOnly = false;
                }
            } else if (w.accept("not")) {
                w.expect("deferrable");
            } else if (!w.accept("deferrable")) {
                throw w.syntaxError();
            }
        }
        if (first && !allowEmpty) throw w.syntaxError();
        return new Modes(isolation, readOnly);
    }

    static IsolationLevel isolationLevel(Words w) {
        if (w.accept("serializable")) return IsolationLevel.SERIALIZABLE;
        if (w.accept("repeatable")) {
            w.expect("read");
            return IsolationLevel.REPEATABLE_READ;
        }
        w.expect("read");
        if (w.accept("committed")) return IsolationLevel.READ_COMMITTED;
        w.expect("uncommitted");
        return IsolationLevel.READ_UNCOMMITTED;
    }
}
