package dev.impostgres.tracking.schema;

import dev.impostgres.tracking.changes.ChangeCapture;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlCommand.AlterAction;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.List;

/**
 * ALTER TABLE through the schema metadata: every action updates {@code _pg_attribute}/{@code _pg_constraint}/…
 * and the SQLite table in the statement's own transaction, so a ROLLBACK undoes data, metadata and triggers
 * together. Attnums and the table's OID stay stable (a dropped column's attnum is never reused). The table's
 * change-capture triggers name its columns literally, so they are dropped first and re-created for the new
 * column set at the end (when the table had them), and later writes stream with the new shape.
 */
final class AlterTableRunner {
    private AlterTableRunner() {}

    static void run(DdlContext ctx, DdlCommand.AlterTable cmd) throws SQLException {
        if (ReplicaIdentityRunner.handles(cmd)) {
            ReplicaIdentityRunner.run(ctx, cmd);
            return;
        }
        Catalog catalog = ctx.catalog();
        Relation rel = catalog.relation(cmd.name());
        if (rel == null && cmd.name().schema() == null
                && SqliteObjects.existsOfType(catalog, "table", cmd.name().name())) {
            NativeAlter.run(catalog, cmd); // a TEMP table (SQLite's alone, no metadata)
            return;
        }
        if (rel == null) {
            if (cmd.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + cmd.name().name() + "\" does not exist, skipping");
                return;
            }
            throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", cmd.name().name());
        }
        if (!rel.isTable()) throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", rel.name());
        boolean captured = dropCaptureTriggers(catalog, rel.sqliteName());
        for (AlterAction action : cmd.actions()) rel = apply(ctx, rel, action);
        if (captured) ChangeCapture.install(catalog.connection(), rel.sqliteName());
    }

    /** Runs one action; returns the relation as it is afterwards (renamed, moved). */
    private static Relation apply(DdlContext ctx, Relation rel, AlterAction action) throws SQLException {
        if (action instanceof AlterAction.AddColumn a) AlterColumns.add(ctx, rel, a);
        else if (action instanceof AlterAction.DropColumn d) AlterColumns.drop(ctx, rel, d);
        else if (action instanceof AlterAction.RenameColumn r) AlterColumns.rename(ctx, rel, r);
        else if (action instanceof AlterAction.AlterColumnType t) AlterColumns.changeType(ctx, rel, t);
        else if (action instanceof AlterAction.SetDefault d) AlterColumns.setDefault(ctx, rel, d);
        else if (action instanceof AlterAction.SetNotNull n) AlterColumns.setNotNull(ctx, rel, n);
        else if (action instanceof AlterAction.AddConstraint c) AlterConstraints.add(ctx, rel, c.constraint());
        else if (action instanceof AlterAction.DropConstraint d) AlterConstraints.drop(ctx, rel, d);
        else if (action instanceof AlterAction.RenameConstraint r) AlterConstraints.rename(ctx, rel, r);
        else if (action instanceof AlterAction.RenameTable r) return renameTable(ctx, rel, r.to());
        else if (action instanceof AlterAction.SetSchema s) return setSchema(ctx, rel, s.schema());
        else if (action instanceof AlterAction.ReplicaIdentity) {
            ReplicaIdentityRunner.run(ctx, new DdlCommand.AlterTable(new QualifiedName(rel.schema(), rel.name()),
                    false, List.of(action)));
        } else {
            throw new IllegalArgumentException("unknown ALTER TABLE action " + action);
        }
        return ctx.catalog().relationByOid(rel.oid());
    }

    private static Relation renameTable(DdlContext ctx, Relation rel, String to) throws SQLException {
        Catalog catalog = ctx.catalog();
        String sqliteName = QualifiedName.flattened(rel.schema(), to);
        if (catalog.relationExists(rel.namespaceOid(), to)
                || !sqliteName.equalsIgnoreCase(rel.sqliteName()) && SqliteObjects.exists(catalog, sqliteName)) {
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", to);
        }
        catalog.exec("ALTER TABLE " + Catalog.quote(rel.sqliteName()) + " RENAME TO " + Catalog.quote(sqliteName));
        catalog.update("UPDATE _pg_class SET relname = ?, sqlite_name = ? WHERE oid = ?", to, sqliteName, rel.oid());
        return catalog.relationByOid(rel.oid());
    }

    /** SET SCHEMA: the table and its indexes move; a table owning sequences is not supported (their defaults name them). */
    private static Relation setSchema(DdlContext ctx, Relation rel, String schema) throws SQLException {
        Catalog catalog = ctx.catalog();
        Long namespace = catalog.namespaceOid(schema);
        if (namespace == null) throw PgException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema);
        if (namespace == rel.namespaceOid()) return rel;
        if (catalog.relationExists(namespace, rel.name())) {
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists in schema \"%s\"", rel.name(), schema);
        }
        if (catalog.queryLong("SELECT 1 FROM _pg_sequence WHERE owner_relid = ?", rel.oid()) != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ALTER TABLE SET SCHEMA of a table that owns a sequence is not supported");
        }
        String sqliteName = QualifiedName.flattened(schema, rel.name());
        if (SqliteObjects.exists(catalog, sqliteName)) {
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists in schema \"%s\"", rel.name(), schema);
        }
        catalog.exec("ALTER TABLE " + Catalog.quote(rel.sqliteName()) + " RENAME TO " + Catalog.quote(sqliteName));
        catalog.update("UPDATE _pg_class SET relnamespace = ?, sqlite_name = ? WHERE oid = ?", namespace, sqliteName,
                rel.oid());
        catalog.update("UPDATE _pg_class SET relnamespace = ? WHERE oid IN (SELECT indexrelid FROM _pg_index "
                + "WHERE indrelid = ?)", namespace, rel.oid());
        return catalog.relationByOid(rel.oid());
    }

    /** Drops the table's capture triggers; whether it had any (then they are re-created at the end). */
    private static boolean dropCaptureTriggers(Catalog catalog, String sqliteName) throws SQLException {
        List<String> triggers = new java.util.ArrayList<>();
        try (var ps = catalog.connection().prepareStatement("SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                + "AND tbl_name = ? AND name LIKE '\\_pg\\_capture\\_%' ESCAPE '\\'")) {
            ps.setString(1, sqliteName);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) triggers.add(rs.getString(1));
            }
        }
        for (String trigger : triggers) catalog.exec("DROP TRIGGER " + Catalog.quote(trigger));
        return !triggers.isEmpty();
    }
}
