package dev.impostgres.tracking;

import dev.impostgres.tracking.changes.ChangeLogReader;
import dev.impostgres.tracking.changes.CommittedTransaction;
import dev.impostgres.tracking.changes.RowChange;
import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture the session tests share: a fresh data directory, a manager over it and one session on database "app",
 * statements sent through the real translator as the wire layer sends them. A test class's own {@code @BeforeEach}
 * runs after this one's, so it can already use the session.
 */
public abstract class AppSessionFixture {
    @TempDir protected Path dataDir;
    protected final DefaultTranslator translator = new DefaultTranslator();
    protected SqliteDatabaseManager manager;
    protected Session session;

    @BeforeEach
    protected void openAppSession() {
        manager = new SqliteDatabaseManager(dataDir);
        session = manager.openSession("app");
    }

    @AfterEach
    protected void closeManager() {
        manager.close();
    }

    protected QueryResult run(String sql) {
        return run(session, sql);
    }

    protected QueryResult run(Session on, String sql) {
        return on.execute((PgStatement.Sql) translator.translateOne(sql), List.of());
    }

    /** A statement sent as written, untranslated (SQLite SQL with ?N parameters). */
    protected void runWritten(String sql) {
        session.execute(Statements.write(sql), List.of());
    }

    /** From now on the change log of "app" records row changes (as once a publication or slot asks for them). */
    protected void enableCapture() {
        manager.write("app", c -> {
            manager.changeLog("app").enableCapture(c);
            return null;
        });
    }

    /** Every row change logged in "app", in order. */
    protected List<RowChange> changes() {
        return manager.read("app", c -> {
            List<RowChange> changes = new ArrayList<>();
            for (CommittedTransaction tx : ChangeLogReader.transactionsFrom(c, "app", 0, 1000)) {
                ChangeLogReader.forEachChange(c, tx, changes::add);
            }
            return changes;
        });
    }

    /** The error the statement raises; the test fails when it raises none. */
    protected PgException error(String sql) {
        try {
            run(sql);
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error from " + sql);
    }
}
