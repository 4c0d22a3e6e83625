package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;

/** CREATE SEQUENCE and ALTER SEQUENCE on _pg_sequence rows. */
final class SequenceRunner {
    private SequenceRunner() {}

    static void create(DdlContext ctx, DdlCommand.CreateSequence cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        long namespace = catalog.creationNamespace(cmd.name());
        String name = cmd.name().name();
        if (catalog.relationExists(namespace, name)) {
            if (cmd.ifNotExists()) {
                ctx.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping");
                return;
            }
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        Sequences.create(catalog, namespace, name, Sequences.resolve(cmd.options(), 20, null), 0, 0);
    }

    static void alter(DdlContext ctx, DdlCommand.AlterSequence cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Relation rel = catalog.relation(cmd.name());
        if (rel == null || !rel.kind().equals("S")) {
            if (cmd.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + cmd.name() + "\" does not exist, skipping");
                return;
            }
            if (rel == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", cmd.name());
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a sequence", rel.name());
        }
        Sequences.Parameters current = Sequences.read(catalog, rel.oid());
        Sequences.Parameters next = Sequences.resolve(cmd.options(), current.typeOid(), current);
        Sequences.update(catalog, rel.oid(), next);
        if (cmd.options().restart()) {
            Sequences.restart(catalog, rel.oid(), cmd.options().restartWith() != null ? cmd.options().restartWith()
                    : next.start());
        }
    }
}
