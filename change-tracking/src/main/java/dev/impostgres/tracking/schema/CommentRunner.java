package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;

/** COMMENT ON: _pg_description rows keyed like pg_description (objoid, classoid, objsubid). */
final class CommentRunner {
    private CommentRunner() {}

    static final long PG_CLASS = 1259, PG_NAMESPACE = 2615;

    static void run(DdlContext ctx, DdlCommand.Comment cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        long objoid, classoid = PG_CLASS;
        int subid = 0;
        if (cmd.kind() == DdlCommand.ObjectKind.SCHEMA) {
            Long oid = catalog.namespaceOid(cmd.name().name());
            if (oid == null) throw PgException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", cmd.name().name());
            objoid = oid;
            classoid = PG_NAMESPACE;
        } else {
            Relation rel = catalog.relation(cmd.name());
            if (rel == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", cmd.name());
            objoid = rel.oid();
            if (cmd.column() != null) {
                Long attnum = catalog.queryLong("SELECT attnum FROM _pg_attribute WHERE attrelid = ? AND attname = ?",
                        rel.oid(), cmd.column());
                if (attnum == null) {
                    throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist",
                            cmd.column(), rel.name());
                }
                subid = attnum.intValue();
            }
        }
        catalog.update("DELETE FROM _pg_description WHERE objoid = ? AND classoid = ? AND objsubid = ?", objoid,
                classoid, subid);
        if (cmd.text() != null && !cmd.text().isEmpty()) {
            catalog.update("INSERT INTO _pg_description VALUES (?, ?, ?, ?)", objoid, classoid, subid, cmd.text());
        }
    }
}
