package dev.impostgres.tracking.schema;

import dev.impostgres.tracking.changes.ChangeCapture;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TRUNCATE as DELETE of every row (SQLite's truncate optimization keeps it fast when no trigger watches the
 * table), after Postgres's check that no other table's foreign key references a truncated one unless CASCADE
 * truncates that table too; RESTART IDENTITY resets the tables' owned sequences.
 */
final class TruncateRunner {
    private TruncateRunner() {}

    static void run(DdlContext ctx, DdlCommand.Truncate cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Map<Long, Relation> tables = new LinkedHashMap<>();
        for (QualifiedName name : cmd.names()) {
            Relation rel = catalog.relation(name);
            if (rel == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", name);
            if (!rel.isTable()) throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", rel.name());
            tables.put(rel.oid(), rel);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Relation rel : List.copyOf(tables.values())) {
                for (Long child : catalog.queryLongs("SELECT DISTINCT conrelid FROM _pg_constraint WHERE contype = 'f' "
                        + "AND confrelid = ?", rel.oid())) {
                    if (tables.containsKey(child)) continue;
                    Relation childRel = catalog.relationByOid(child);
                    if (!cmd.cascade()) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "cannot truncate a table referenced in a foreign key constraint")
                                .withDetail("Table \"" + childRel.name() + "\" references \"" + rel.name() + "\".")
                                .withHint("Truncate table \"" + childRel.name()
                                        + "\" at the same time, or use TRUNCATE ... CASCADE.");
                    }
                    ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "truncate cascades to table \"" + childRel.name() + "\"");
                    tables.put(child, childRel);
                    grew = true;
                }
            }
        }
        List<Relation> ordered = new ArrayList<>(tables.values());
        if (catalog.queryLong("SELECT 1 FROM sqlite_schema WHERE name = '_pg_changes'") != null) {
            // Change capture is on: one Truncate entry instead of a Delete per row, as Postgres decodes it, listing
            // the named tables then the cascaded ones (Postgres's order).
            ChangeCapture.truncate(catalog.connection(), ordered.stream().map(Relation::sqliteName).toList(),
                    (cmd.cascade() ? 1 : 0) | (cmd.restartIdentity() ? 2 : 0));
        } else {
            java.util.Collections.reverse(ordered); // children (added last) first, so no key is left dangling
            for (Relation rel : ordered) catalog.exec("DELETE FROM " + Catalog.quote(rel.sqliteName()));
        }
        if (cmd.restartIdentity()) {
            for (Relation rel : tables.values()) {
                for (Long seq : catalog.queryLongs("SELECT seqrelid FROM _pg_sequence WHERE owner_relid = ?", rel.oid())) {
                    Sequences.restart(catalog, seq, Sequences.read(catalog, seq).start());
                }
            }
        }
    }
}
