package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.error.PgException;
import java.sql.SQLException;

/** CREATE SCHEMA: a _pg_namespace row; its tables are SQLite tables named "schema.table" in the same file. */
final class SchemaRunner {
    private SchemaRunner() {}

    static void create(DdlContext ctx, DdlCommand.CreateSchema cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        if (cmd.name().startsWith("pg_")) {
            throw new PgException("42939", "unacceptable schema name \"" + cmd.name() + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        if (catalog.namespaceOid(cmd.name()) != null || cmd.name().equals("pg_catalog")
                || cmd.name().equals("information_schema")) {
            if (cmd.ifNotExists()) {
                ctx.notice(DdlStates.DUPLICATE_SCHEMA, "schema \"" + cmd.name() + "\" already exists, skipping");
                return;
            }
            throw PgException.of(DdlStates.DUPLICATE_SCHEMA, "schema \"%s\" already exists", cmd.name());
        }
        catalog.update("INSERT INTO _pg_namespace (oid, nspname) VALUES (?, ?)", catalog.allocateOid(), cmd.name());
    }
}
