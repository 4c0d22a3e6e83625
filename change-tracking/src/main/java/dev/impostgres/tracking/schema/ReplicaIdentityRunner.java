package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlCommand.AlterAction;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;

/**
 * ALTER TABLE … REPLICA IDENTITY {DEFAULT | FULL | NOTHING | USING INDEX i}: {@code _pg_class.relreplident} and
 * {@code _pg_index.indisreplident}, checked as Postgres checks them (a unique index of this table whose columns are
 * all NOT NULL). Only indexes the schema metadata knows (primary keys and UNIQUE constraints) can be named.
 */
final class ReplicaIdentityRunner {
    private ReplicaIdentityRunner() {}

    /** Whether every action of this ALTER TABLE is a REPLICA IDENTITY one (the only form this runner takes). */
    static boolean handles(DdlCommand.AlterTable cmd) {
        return !cmd.actions().isEmpty() && cmd.actions().stream().allMatch(a -> a instanceof AlterAction.ReplicaIdentity);
    }

    static void run(DdlContext ctx, DdlCommand.AlterTable cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Relation rel = catalog.relation(cmd.name());
        if (rel == null || !rel.isTable()) {
            if (rel == null && cmd.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + cmd.name().name() + "\" does not exist, skipping");
                return;
            }
            if (rel == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", cmd.name());
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "ALTER action REPLICA IDENTITY cannot be performed on relation \"%s\"",
                    rel.name());
        }
        for (AlterAction action : cmd.actions()) {
            AlterAction.ReplicaIdentity identity = (AlterAction.ReplicaIdentity) action;
            Long index = identity.identity() == 'i' ? index(catalog, rel, identity.index()) : null;
            catalog.update("UPDATE _pg_index SET indisreplident = 0 WHERE indrelid = ?", rel.oid());
            if (index != null) catalog.update("UPDATE _pg_index SET indisreplident = 1 WHERE indexrelid = ?", index);
            catalog.update("UPDATE _pg_class SET relreplident = ? WHERE oid = ?", String.valueOf(identity.identity()),
                    rel.oid());
        }
    }

    private static Long index(Catalog catalog, Relation rel, String name) throws SQLException {
        Long oid = catalog.queryLong("SELECT oid FROM _pg_class WHERE relnamespace = ? AND relname = ? AND relkind = 'i'",
                rel.namespaceOid(), name);
        Long indrelid = oid == null ? null : catalog.queryLong("SELECT indrelid FROM _pg_index WHERE indexrelid = ?", oid);
        if (oid == null || indrelid == null || indrelid != rel.oid()) {
            if (oid == null && SqliteObjects.exists(catalog, name)) {
                throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "REPLICA IDENTITY USING INDEX needs a primary key or UNIQUE constraint index");
            }
            throw PgException.of(SqlState.UNDEFINED_OBJECT, "index \"%s\" for table \"%s\" does not exist", name, rel.name());
        }
        Long unique = catalog.queryLong("SELECT indisunique FROM _pg_index WHERE indexrelid = ?", oid);
        if (unique == null || unique == 0) {
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "cannot use non-unique index \"%s\" as replica identity", name);
        }
        String indkey = catalog.queryString("SELECT indkey FROM _pg_index WHERE indexrelid = ?", oid);
        for (String attnum : indkey.split("[, ]+")) {
            if (attnum.isBlank()) continue;
            Column column = catalog.column(rel.oid(), Integer.parseInt(attnum.trim()));
            if (column != null && !column.notNull()) {
                throw PgException.of(SqlState.WRONG_OBJECT_TYPE,
                        "index \"%s\" cannot be used as replica identity because column \"%s\" is nullable", name, column.name());
            }
        }
        return oid;
    }
}
