package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.DdlCommand.IndexElement;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;

/**
 * CREATE INDEX and DROP INDEX: the SQLite index (expressions and predicate translated) plus its _pg_class (relkind
 * 'i') and _pg_index rows, so catalogs list it and a unique index's violations carry its name. The index lives in
 * its table's schema; its SQLite name is flattened like a table's.
 */
final class IndexRunner {
    private IndexRunner() {}

    /** Access methods SQLite's one b-tree index can stand in for: the index then just orders by the keys. */
    private static final Set<String> METHODS = Set.of("btree", "hash", "gin", "gist", "brin", "spgist");

    static void create(DdlContext ctx, DdlCommand.CreateIndex cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        if (!METHODS.contains(cmd.method())) {
            throw PgException.of(SqlState.UNDEFINED_OBJECT, "access method \"%s\" does not exist", cmd.method());
        }
        Relation table = catalog.relation(cmd.table());
        if (table == null && cmd.table().schema() == null
                && SqliteObjects.existsOfType(catalog, "table", cmd.table().name())) {
            createWithoutMetadata(catalog, cmd);
            return;
        }
        if (table == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", cmd.table().name());
        if (!table.isTable()) {
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "cannot create index on relation \"%s\"", table.name());
        }
        Map<String, Integer> attnums = new HashMap<>();
        for (Column c : catalog.columns(table.oid())) attnums.put(c.name(), c.attnum());
        List<String> nameParts = new ArrayList<>();
        List<String> indkey = new ArrayList<>();
        for (IndexElement e : cmd.elements()) {
            if (e.column() != null) indkey.add(String.valueOf(attnum(attnums, e.column())));
            else indkey.add("0");
            nameParts.add(e.nameHint());
        }
        for (String col : cmd.include()) {
            indkey.add(String.valueOf(attnum(attnums, col)));
            nameParts.add(col);
        }
        String schema = catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", table.namespaceOid());
        String name = cmd.name() != null ? cmd.name()
                : Names.choose(table.name(), nameParts, "idx", Names.relationTaken(catalog, table.namespaceOid(), Set.of()));
        String sqliteName = QualifiedName.flattened(schema, name);
        if (catalog.relationExists(table.namespaceOid(), name) || SqliteObjects.exists(catalog, sqliteName)) {
            if (cmd.ifNotExists()) {
                ctx.notice(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists, skipping");
                return;
            }
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        String sql = sqliteCreate(cmd, sqliteName, table.sqliteName(), false);
        try {
            catalog.exec(sql);
        } catch (SQLException e) {
            if (!cmd.method().equals("btree") || cmd.elements().stream().anyMatch(el -> el.column() == null)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "index " + (cmd.method().equals("btree") ? ""
                        : "access method \"" + cmd.method() + "\" ") + "on this expression is not supported: "
                        + e.getMessage(), e);
            }
            throw e;
        }
        long oid = catalog.insertRelation(table.namespaceOid(), name, "i", sqliteName);
        catalog.update("INSERT INTO _pg_index (indexrelid, indrelid, indisunique, indisprimary, indkey, definition) "
                        + "VALUES (?, ?, ?, 0, ?, ?)", oid, table.oid(), cmd.unique() ? 1 : 0, String.join(",", indkey),
                definition(cmd, name, schema, table.name()));
        catalog.update("INSERT INTO _pg_depend (objid, refobjid) VALUES (?, ?)", oid, table.oid());
    }

    /** A temporary table's index (or one on a table made without metadata): SQLite's alone, as before. */
    private static void createWithoutMetadata(Catalog catalog, DdlCommand.CreateIndex cmd) throws SQLException {
        String name = cmd.name() != null ? cmd.name() : Names.choose(cmd.table().name(),
                cmd.elements().stream().map(IndexElement::nameHint).toList(), "idx",
                n -> { try { return SqliteObjects.existsOfType(catalog, "index", n); }
                       catch (SQLException e) { throw new IllegalStateException(e); } });
        catalog.exec(sqliteCreate(cmd, name, cmd.table().name(), cmd.ifNotExists()));
    }

    private static String sqliteCreate(DdlCommand.CreateIndex cmd, String index, String table, boolean ifNotExists) {
        List<String> sqliteKeys = new ArrayList<>();
        for (IndexElement e : cmd.elements()) {
            String key = e.column() != null ? Catalog.quote(e.column()) : "(" + Expressions.toSqlite(e.expression()) + ")";
            sqliteKeys.add(e.descending() ? key + " DESC" : key);
        }
        return "CREATE " + (cmd.unique() ? "UNIQUE " : "") + "INDEX " + (ifNotExists ? "IF NOT EXISTS " : "")
                + Catalog.quote(index) + " ON " + Catalog.quote(table) + " (" + String.join(", ", sqliteKeys) + ")"
                + (cmd.predicate() == null ? "" : " WHERE " + Expressions.toSqlite(cmd.predicate()));
    }

    private static int attnum(Map<String, Integer> attnums, String column) {
        Integer attnum = attnums.get(column);
        if (attnum == null) throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", column);
        return attnum;
    }

    /** What pg_get_indexdef prints (expressions as written, not deparsed). */
    static String definition(DdlCommand.CreateIndex cmd, String name, String schema, String table) {
        List<String> keys = new ArrayList<>();
        for (IndexElement e : cmd.elements()) {
            String key = e.column() != null ? Identifiers.quote(e.column())
                    : e.expression().matches("(?s)[A-Za-z_][A-Za-z0-9_$]*\\s*\\(.*\\)") ? e.expression()
                    : "(" + e.expression() + ")";
            if (e.descending()) key += " DESC";
            if (e.nullsFirst() != null && e.nullsFirst() != e.descending()) key += e.nullsFirst() ? " NULLS FIRST" : " NULLS LAST";
            keys.add(key);
        }
        return "CREATE " + (cmd.unique() ? "UNIQUE " : "") + "INDEX " + Identifiers.quote(name) + " ON "
                + Identifiers.quote(schema) + "." + Identifiers.quote(table) + " USING " + cmd.method()
                + " (" + String.join(", ", keys) + ")"
                + (cmd.include().isEmpty() ? "" : " INCLUDE (" + String.join(", ",
                        cmd.include().stream().map(Identifiers::quote).toList()) + ")")
                + (cmd.predicate() == null ? "" : " WHERE (" + cmd.predicate().trim() + ")");
    }

    static void drop(DdlContext ctx, QualifiedName name, DdlCommand.Drop cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Relation rel = catalog.relation(name);
        if (rel == null && name.schema() == null && SqliteObjects.existsOfType(catalog, "index", name.name())) {
            catalog.exec("DROP INDEX " + Catalog.quote(name.name())); // an index created without metadata
            return;
        }
        if (rel == null) {
            if (cmd.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "index \"" + name.name() + "\" does not exist, skipping");
                return;
            }
            throw PgException.of(SqlState.UNDEFINED_OBJECT, "index \"%s\" does not exist", name.name());
        }
        if (!rel.kind().equals("i")) {
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not an index", rel.name())
                    .withHint(DropRunner.dropHint(rel.kind()));
        }
        Long constraint = catalog.queryLong("SELECT oid FROM _pg_constraint WHERE conindid = ?", rel.oid());
        if (constraint != null) {
            String conname = catalog.queryString("SELECT conname FROM _pg_constraint WHERE oid = ?", constraint);
            String table = catalog.queryString("SELECT c.relname FROM _pg_constraint k JOIN _pg_class c "
                    + "ON c.oid = k.conrelid WHERE k.oid = ?", constraint);
            throw new PgException(DdlStates.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop index " + rel.name()
                    + " because constraint " + conname + " on table " + table + " requires it")
                    .withHint("You can drop constraint " + conname + " on table " + table + " instead.");
        }
        catalog.deleteRelation(rel.oid());
        catalog.exec("DROP INDEX IF EXISTS " + Catalog.quote(rel.sqliteName()));
    }
}
