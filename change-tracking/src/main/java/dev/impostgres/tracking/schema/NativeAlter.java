package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlCommand.AlterAction;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;

/**
 * ALTER TABLE of a table the metadata does not know (a TEMP table): the forms SQLite has natively, else 0A000.
 */
final class NativeAlter {
    private NativeAlter() {}

    static void run(Catalog catalog, DdlCommand.AlterTable cmd) throws SQLException {
        String table = Catalog.quote(cmd.name().name());
        for (AlterAction action : cmd.actions()) {
            if (action instanceof AlterAction.AddColumn a && a.column().constraints().isEmpty()
                    && a.column().generatedExpr() == null && !a.column().serial() && a.column().identity() == 0) {
                // SQLite takes only a literal DEFAULT here; anything else fails as SQLite reports it.
                catalog.exec("ALTER TABLE " + table + " ADD COLUMN " + Catalog.quote(a.column().name()) + " "
                        + StorageAffinity.affinity(a.column().typeOid()) + (a.column().notNull() ? " NOT NULL" : "")
                        + (a.column().defaultExpr() == null ? "" : " DEFAULT " + Expressions.toSqlite(a.column().defaultExpr())));
            } else if (action instanceof AlterAction.DropColumn d) {
                catalog.exec("ALTER TABLE " + table + " DROP COLUMN " + Catalog.quote(d.column()));
            } else if (action instanceof AlterAction.RenameColumn r) {
                catalog.exec("ALTER TABLE " + table + " RENAME COLUMN " + Catalog.quote(r.from()) + " TO "
                        + Catalog.quote(r.to()));
            } else if (action instanceof AlterAction.RenameTable r) {
                catalog.exec("ALTER TABLE " + table + " RENAME TO " + Catalog.quote(r.to()));
            } else {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "this ALTER TABLE form is not supported on a temporary table");
            }
        }
    }
}
