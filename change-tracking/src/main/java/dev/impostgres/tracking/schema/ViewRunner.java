package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * CREATE [OR REPLACE] VIEW and DROP VIEW: the SQLite view (query translated) plus a _pg_class row (relkind 'v') and
 * _pg_depend rows for the relations its text names, so catalogs list it and DROP … RESTRICT sees its dependents.
 * OR REPLACE keeps the view's OID, as Postgres does. TEMP views stay SQLite's own (session-local, no metadata).
 */
final class ViewRunner {
    private ViewRunner() {}

    static void create(DdlContext ctx, DdlCommand.CreateView cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        long namespace = catalog.creationNamespace(cmd.name());
        String schema = catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", namespace);
        String relname = cmd.name().name();
        String sqliteName = QualifiedName.flattened(schema, relname);
        Relation existing = catalog.relation(new QualifiedName(schema, relname));
        Long oid = null;
        if (existing != null && cmd.orReplace() && existing.kind().equals("v")) {
            oid = existing.oid();
            catalog.update("DELETE FROM _pg_depend WHERE objid = ?", oid);
            catalog.update("DELETE FROM _pg_attribute WHERE attrelid = ?", oid);
            catalog.exec("DROP VIEW IF EXISTS " + Catalog.quote(sqliteName));
        } else if (existing != null || SqliteObjects.exists(catalog, sqliteName)) {
            if (cmd.orReplace() && existing == null && isSqliteView(catalog, sqliteName)) {
                catalog.exec("DROP VIEW " + Catalog.quote(sqliteName)); // a view created without metadata
            } else if (existing != null && cmd.orReplace()) {
                throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a view", relname);
            } else {
                throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", relname);
            }
        }
        String columns = cmd.columns().isEmpty() ? ""
                : " (" + String.join(", ", cmd.columns().stream().map(Catalog::quote).toList()) + ")";
        catalog.exec("CREATE VIEW " + Catalog.quote(sqliteName) + columns + " AS " + Expressions.toSqlite(cmd.query()));
        if (oid == null) oid = catalog.insertRelation(namespace, relname, "v", sqliteName);
        ViewColumns.record(catalog, oid, sqliteName);
        ViewDefinitions.record(catalog, oid, cmd.query());
        for (Long ref : referencedRelations(catalog, sqliteName, oid)) {
            catalog.update("INSERT INTO _pg_depend (objid, refobjid) VALUES (?, ?)", oid, ref);
        }
    }

    /** The tables and views (by metadata) whose SQLite names the view's SQLite text mentions. */
    private static Set<Long> referencedRelations(Catalog catalog, String sqliteName, long self) throws SQLException {
        String sql = catalog.queryString("SELECT sql FROM sqlite_schema WHERE type = 'view' AND name = ?", sqliteName);
        Set<Long> refs = new LinkedHashSet<>();
        for (Token t : Lexer.significant(Lexer.tokenize(sql == null ? "" : sql))) {
            String id = t.kind() == Token.Kind.QUOTED_IDENT ? t.identifier()
                    : t.kind() == Token.Kind.IDENT ? t.text() : null;
            if (id == null) continue;
            Long ref = catalog.queryLong("SELECT oid FROM _pg_class WHERE sqlite_name = ? COLLATE NOCASE "
                    + "AND relkind IN ('r', 'v')", id);
            if (ref != null && ref != self) refs.add(ref);
        }
        return refs;
    }

    static boolean isSqliteView(Catalog catalog, String name) throws SQLException {
        return SqliteObjects.existsOfType(catalog, "view", name);
    }
}
