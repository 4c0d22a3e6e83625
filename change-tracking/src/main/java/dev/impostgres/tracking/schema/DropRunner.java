package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlCommand.ObjectKind;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** DROP TABLE / SEQUENCE / SCHEMA, with IF EXISTS notices, RESTRICT's 2BP01 and CASCADE to dependent views. */
final class DropRunner {
    private DropRunner() {}

    static void run(DdlContext ctx, DdlCommand.Drop cmd) throws SQLException {
        if (cmd.kind() == ObjectKind.SCHEMA) {
            for (QualifiedName name : cmd.names()) dropSchema(ctx, name.name(), cmd);
            return;
        }
        for (QualifiedName name : cmd.names()) {
            if (cmd.kind() == ObjectKind.INDEX) IndexRunner.drop(ctx, name, cmd);
            else dropRelation(ctx, name, cmd);
        }
    }

    private static void dropRelation(DdlContext ctx, QualifiedName name, DdlCommand.Drop cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        String kind = cmd.kind() == ObjectKind.SEQUENCE ? "S" : cmd.kind() == ObjectKind.VIEW ? "v" : "r";
        if (name.schema() == null && !kind.equals("S") && catalog.queryLong("SELECT 1 FROM temp.sqlite_schema "
                + "WHERE type = ? AND name = ?", kind.equals("v") ? "view" : "table", name.name()) != null) {
            // the session's temporary schema comes first in Postgres's search path, as in SQLite's
            catalog.exec("DROP " + (kind.equals("v") ? "VIEW" : "TABLE") + " temp." + Catalog.quote(name.name()));
            return;
        }
        Relation rel = catalog.relation(name);
        if (rel == null && cmd.kind() == ObjectKind.VIEW && name.schema() == null
                && ViewRunner.isSqliteView(catalog, name.name())) {
            checkDependentViews(ctx, name.name(), "view", name.name(), cmd.cascade());
            catalog.exec("DROP VIEW " + Catalog.quote(name.name())); // a view created without metadata
            return;
        }
        if (rel == null && cmd.kind() == ObjectKind.TABLE && name.schema() == null
                && SqliteObjects.exists(catalog, name.name()) && isSqliteTable(catalog, name.name())) {
            checkDependentViews(ctx, name.name(), "table", name.name(), cmd.cascade());
            catalog.exec("DROP TABLE " + Catalog.quote(name.name())); // a table created without metadata
            return;
        }
        if (rel == null) {
            if (cmd.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, cmd.kind().word + " \"" + name.name() + "\" does not exist, skipping");
                return;
            }
            throw PgException.of(SqlState.UNDEFINED_TABLE, "%s \"%s\" does not exist", cmd.kind().word, name.name());
        }
        if (!rel.kind().equals(kind)) {
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a %s", rel.name(), cmd.kind().word)
                    .withHint(dropHint(rel.kind()));
        }
        if (kind.equals("S")) {
            catalog.deleteRelation(rel.oid());
            return;
        }
        if (kind.equals("v")) {
            dropView(ctx, rel, cmd.cascade());
            return;
        }
        dropTable(ctx, rel, cmd.cascade());
    }

    static void dropTable(DdlContext ctx, Relation rel, boolean cascade) throws SQLException {
        Catalog catalog = ctx.catalog();
        checkDependentViews(ctx, rel.sqliteName(), "table", rel.name(), cascade);
        List<String> referencing = new ArrayList<>();
        for (Long conOid : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE confrelid = ? AND conrelid <> ?",
                rel.oid(), rel.oid())) {
            String con = catalog.queryString("SELECT conname FROM _pg_constraint WHERE oid = ?", conOid);
            String table = catalog.queryString("SELECT c.relname FROM _pg_constraint k JOIN _pg_class c "
                    + "ON c.oid = k.conrelid WHERE k.oid = ?", conOid);
            referencing.add("constraint " + con + " on table " + table);
        }
        if (!referencing.isEmpty()) {
            if (!cascade) throw dependents("table", rel.name(), referencing, rel.name());
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "DROP TABLE … CASCADE of a table referenced by a foreign key is not supported yet");
        }
        for (Long seq : catalog.queryLongs("SELECT seqrelid FROM _pg_sequence WHERE owner_relid = ?", rel.oid())) {
            catalog.deleteRelation(seq);
        }
        for (Long index : catalog.queryLongs("SELECT indexrelid FROM _pg_index WHERE indrelid = ?", rel.oid())) {
            catalog.deleteRelation(index);
        }
        catalog.deleteRelation(rel.oid());
        catalog.exec("DROP TABLE main." + Catalog.quote(rel.sqliteName())); // never a TEMP table of that name
    }

    /** The HINT of 42809 for DROP of the wrong kind: the DROP that would remove it. */
    static String dropHint(String relkind) {
        return switch (relkind) {
            case "v" -> "Use DROP VIEW to remove a view.";
            case "i" -> "Use DROP INDEX to remove an index.";
            case "S" -> "Use DROP SEQUENCE to remove a sequence.";
            default -> "Use DROP TABLE to remove a table.";
        };
    }

    static void dropView(DdlContext ctx, Relation rel, boolean cascade) throws SQLException {
        checkDependentViews(ctx, rel.sqliteName(), "view", rel.name(), cascade);
        ViewDefinitions.remove(ctx.catalog(), rel.oid());
        ctx.catalog().deleteRelation(rel.oid());
        ctx.catalog().exec("DROP VIEW IF EXISTS main." + Catalog.quote(rel.sqliteName()));
    }

    /**
     * SQLite views whose text names the relation: dependents for RESTRICT, dropped (with their metadata) and a
     * NOTICE for CASCADE.
     */
    private static void checkDependentViews(DdlContext ctx, String sqliteName, String kind, String relname,
                                            boolean cascade) throws SQLException {
        List<String> views = SqliteViews.referencing(ctx.catalog(), sqliteName);
        views.removeIf(v -> v.equalsIgnoreCase(sqliteName));
        if (views.isEmpty()) return;
        List<String> details = views.stream().map(v -> "view " + v + " depends on " + kind + " " + relname).toList();
        if (!cascade) throw dependents(kind, relname, details, null);
        for (String view : views) {
            if (!ViewRunner.isSqliteView(ctx.catalog(), view)) continue; // already dropped by an earlier cascade
            Relation dependent = ctx.catalog().relationBySqliteName(view);
            ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "drop cascades to view " + view);
            if (dependent != null) dropView(ctx, dependent, true);
            else ctx.catalog().exec("DROP VIEW " + Catalog.quote(view));
        }
    }

    private static PgException dependents(String kind, String name, List<String> details, String unused) {
        return new PgException(DdlStates.DEPENDENT_OBJECTS_STILL_EXIST,
                "cannot drop " + kind + " " + name + " because other objects depend on it")
                .withDetail(String.join("\n", details.stream().map(d -> d.contains("depends on") ? d
                        : d + " depends on " + kind + " " + name).toList()))
                .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
    }

    private static boolean isSqliteTable(Catalog catalog, String name) throws SQLException {
        return catalog.queryLong("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ? COLLATE NOCASE",
                name) != null && !name.startsWith(MetadataTables.PREFIX);
    }

    private static void dropSchema(DdlContext ctx, String schema, DdlCommand.Drop cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Long oid = catalog.namespaceOid(schema);
        if (oid == null) {
            if (cmd.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "schema \"" + schema + "\" does not exist, skipping");
                return;
            }
            throw PgException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema);
        }
        List<Long> members = catalog.queryLongs("SELECT oid FROM _pg_class WHERE relnamespace = ? AND relkind IN "
                + "('r', 'S', 'v') ORDER BY oid", oid);
        if (!members.isEmpty() && !cmd.cascade()) {
            List<String> details = new ArrayList<>();
            for (Long m : members) {
                Relation r = catalog.relationByOid(m);
                details.add((r.kind().equals("S") ? "sequence " : r.kind().equals("v") ? "view " : "table ")
                        + schema + "." + r.name());
            }
            throw dependents("schema", schema, details, null);
        }
        for (Long m : members) {
            Relation r = catalog.relationByOid(m);
            if (r == null) continue; // dropped with its owner (a serial's sequence)
            if (r.isTable()) dropTable(ctx, r, true);
            else if (r.kind().equals("v")) dropView(ctx, r, true);
            else catalog.deleteRelation(r.oid());
        }
        catalog.update("DELETE FROM _pg_publication_namespace WHERE pnnspid = ?", oid);
        catalog.update("DELETE FROM _pg_namespace WHERE oid = ?", oid);
    }
}
