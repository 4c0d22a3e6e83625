package dev.impostgres.tracking.schema;

import dev.impostgres.tracking.PgNotice;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlParser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Runs a DDL statement against SQLite and the metadata tables, on the session's connection and inside the SQLite
 * transaction the session opened for it (so the statement is atomic and ROLLBACK undoes it).
 */
public final class DdlRunner {
    private DdlRunner() {}

    /** The parsed command when this runner handles the statement, else null (it then goes to SQLite as is). */
    public static DdlCommand parse(String source) {
        DdlCommand command = DdlParser.parse(source);
        if (command instanceof DdlCommand.CreateTable t && t.temporary()) {
            return OnCommitActions.applies(t) ? command : null; // else a session-local SQLite table, created as written
        }
        if (command instanceof DdlCommand.CreateView v && v.temporary()) return null; // session-local SQLite view
        return command;
    }

    public static void run(Connection connection, String user, DdlCommand command, Consumer<PgNotice> notices)
            throws SQLException {
        run(connection, user, command, notices, null);
    }

    /** As above; {@code sqlite} is the statement's translation, which a TEMP table with ON COMMIT is created from. */
    public static void run(Connection connection, String user, DdlCommand command, Consumer<PgNotice> notices,
                           String sqlite) throws SQLException {
        DdlContext ctx = new DdlContext(new Catalog(connection, user), notices);
        if (command instanceof DdlCommand.CreateTable c && c.temporary()) OnCommitActions.create(ctx, c, sqlite);
        else if (command instanceof DdlCommand.CreateTable c) CreateTableRunner.run(ctx, c);
        else if (command instanceof DdlCommand.CreateEnum e) EnumRunner.create(ctx, e);
        else if (command instanceof DdlCommand.AlterEnum e) EnumRunner.alter(ctx, e);
        else if (command instanceof DdlCommand.CreateDomain d) DomainRunner.create(ctx, d);
        else if (command instanceof DdlCommand.Drop d && (d.kind() == DdlCommand.ObjectKind.TYPE
                || d.kind() == DdlCommand.ObjectKind.DOMAIN)) EnumRunner.drop(ctx, d);
        else if (command instanceof DdlCommand.Drop d) DropRunner.run(ctx, d);
        else if (command instanceof DdlCommand.CreateIndex i) IndexRunner.create(ctx, i);
        else if (command instanceof DdlCommand.CreateView v) ViewRunner.create(ctx, v);
        else if (command instanceof DdlCommand.CreateSchema s) SchemaRunner.create(ctx, s);
        else if (command instanceof DdlCommand.CreateSequence s) SequenceRunner.create(ctx, s);
        else if (command instanceof DdlCommand.AlterSequence s) SequenceRunner.alter(ctx, s);
        else if (command instanceof DdlCommand.Truncate t) TruncateRunner.run(ctx, t);
        else if (command instanceof DdlCommand.Comment c) CommentRunner.run(ctx, c);
        else if (command instanceof DdlCommand.AlterTable a) AlterTableRunner.run(ctx, a);
        else if (command instanceof DdlCommand.CreatePublication p) PublicationRunner.create(ctx, p);
        else if (command instanceof DdlCommand.CreateFunction f) RoutineRunner.createFunction(ctx, f);
        else if (command instanceof DdlCommand.CreateTrigger t) RoutineRunner.createTrigger(ctx, t);
        else if (command instanceof DdlCommand.DropTrigger t) RoutineRunner.dropTrigger(ctx, t);
        else if (command instanceof DdlCommand.CreateEventTrigger t) RoutineRunner.createEventTrigger(t);
        else if (command instanceof DdlCommand.DropEventTrigger t) RoutineRunner.dropEventTrigger(ctx, t);
        else if (command instanceof DdlCommand.DropFunction f) RoutineRunner.dropFunctions(ctx, f);
        else if (command instanceof DdlCommand.AlterPublication p) PublicationRunner.alter(ctx, p);
        else if (command instanceof DdlCommand.DropPublication p) PublicationRunner.drop(ctx, p);
        else throw new IllegalArgumentException("not a DDL command this runner handles: " + command);
    }
}
