package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand.AlterAction;
import dev.impostgres.translator.ddl.TableConstraint;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ADD / DROP / RENAME CONSTRAINT. A new constraint is recorded as CREATE TABLE records it (same names, same
 * rows), then checked against the existing rows with Postgres's errors (23502, 23505 "could not create unique
 * index", 23514, 23503) before SQLite enforces it: keys as unique indexes, CHECK and FOREIGN KEY in the rewritten
 * table definition.
 */
final class AlterConstraints {
    private AlterConstraints() {}

    static void add(DdlContext ctx, Relation rel, TableConstraint c) throws SQLException {
        Catalog catalog = ctx.catalog();
        Map<String, Integer> attnums = new LinkedHashMap<>();
        for (Column column : catalog.columns(rel.oid())) attnums.put(column.name(), column.attnum());
        boolean key = c.kind() == TableConstraint.Kind.PRIMARY_KEY || c.kind() == TableConstraint.Kind.UNIQUE;
        if (c.kind() == TableConstraint.Kind.PRIMARY_KEY && catalog.queryLong(
                "SELECT 1 FROM _pg_constraint WHERE conrelid = ? AND contype = 'p'", rel.oid()) != null) {
            throw PgException.of(DdlStates.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"%s\" are not allowed",
                    rel.name());
        }
        if (!key && c.name() != null && catalog.constraintExists(rel.oid(), c.name())) {
            throw PgException.of(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for relation \"%s\" already exists",
                    c.name(), rel.name());
        }
        for (String col : c.columns()) CreateTableRunner.requireColumn(attnums, col);
        if (c.nullsNotDistinct()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "ALTER TABLE … ADD UNIQUE NULLS NOT DISTINCT is not supported");
        }
        Long before = catalog.queryLong("SELECT coalesce(max(oid), 0) FROM _pg_constraint WHERE conrelid = ?", rel.oid());
        new ConstraintDefinitions(catalog, rel.namespaceOid(), rel.oid(), rel.name(), rel.sqliteName(), attnums,
                new HashSet<>()).define(c);
        String name = catalog.queryString("SELECT conname FROM _pg_constraint WHERE conrelid = ? AND oid > ? "
                + "ORDER BY oid DESC LIMIT 1", rel.oid(), before == null ? 0 : before);
        String table = Catalog.quote(rel.sqliteName());
        switch (c.kind()) {
            case PRIMARY_KEY, UNIQUE -> {
                if (c.kind() == TableConstraint.Kind.PRIMARY_KEY) {
                    for (String col : c.columns()) {
                        AlterColumns.requireNoNulls(catalog, rel, col);
                        catalog.update("UPDATE _pg_attribute SET attnotnull = 1 WHERE attrelid = ? AND attname = ?",
                                rel.oid(), col);
                    }
                }
                requireNoDuplicates(catalog, rel, c.columns(), name);
                if (c.kind() == TableConstraint.Kind.PRIMARY_KEY) TableRewrite.rewrite(catalog, rel, Map.of());
                TableRewrite.createMissingKeyIndexes(catalog, rel);
            }
            case CHECK -> {
                if (catalog.queryLong("SELECT 1 FROM " + table + " WHERE NOT (" + Expressions.toSqlite(c.checkExpr(), catalog, rel.oid())
                        + ") LIMIT 1") != null) {
                    throw PgException.of(SqlState.CHECK_VIOLATION, "check constraint \"%s\" of relation \"%s\" is violated by some row",
                            name, rel.name());
                }
                TableRewrite.rewrite(catalog, rel, Map.of());
            }
            case FOREIGN_KEY -> {
                requireMatchingKeyAndRows(catalog, rel, c, name);
                TableRewrite.rewrite(catalog, rel, Map.of());
            }
        }
    }

    private static void requireNoDuplicates(Catalog catalog, Relation rel, List<String> columns, String name)
            throws SQLException {
        String cols = columns.stream().map(Catalog::quote).collect(Collectors.joining(", "));
        String notNull = columns.stream().map(col -> Catalog.quote(col) + " IS NOT NULL").collect(Collectors.joining(" AND "));
        List<String> values = firstRow(catalog, "SELECT " + cols + " FROM " + Catalog.quote(rel.sqliteName()) + " WHERE "
                + notNull + " GROUP BY " + cols + " HAVING count(*) > 1 LIMIT 1");
        if (values != null) {
            throw PgException.of(SqlState.UNIQUE_VIOLATION, "could not create unique index \"%s\"", name)
                    .withDetail("Key (" + String.join(", ", columns) + ")=(" + String.join(", ", values) + ") is duplicated.");
        }
    }

    private static void requireMatchingKeyAndRows(Catalog catalog, Relation rel, TableConstraint c, String name)
            throws SQLException {
        String row = catalog.queryString("SELECT conkey || '|' || confrelid || '|' || confkey FROM _pg_constraint "
                + "WHERE conrelid = ? AND conname = ?", rel.oid(), name);
        String[] parts = row.split("\\|", -1);
        long parentOid = Long.parseLong(parts[1]);
        Relation parent = parentOid == rel.oid() ? rel : catalog.relationByOid(parentOid);
        Set<String> wanted = new HashSet<>(List.of(parts[2].split(",")));
        boolean unique = false;
        for (String indkey : queryStrings(catalog, "SELECT indkey FROM _pg_index WHERE indrelid = ? AND indisunique = 1",
                parentOid)) {
            unique |= new HashSet<>(List.of(indkey.split(","))).equals(wanted);
        }
        if (!unique) {
            throw PgException.of(DdlStates.INVALID_FOREIGN_KEY,
                    "there is no unique constraint matching given keys for referenced table \"%s\"", parent.name());
        }
        String[] childCols = TableRewrite.columnList(catalog, rel.oid(), parts[0]).split(", ");
        String[] parentCols = TableRewrite.columnList(catalog, parentOid, parts[2]).split(", ");
        List<String> match = new ArrayList<>(), notNull = new ArrayList<>();
        for (int i = 0; i < childCols.length; i++) {
            match.add("p." + parentCols[i] + " = c." + childCols[i]);
            notNull.add("c." + childCols[i] + " IS NOT NULL");
        }
        List<String> values = firstRow(catalog, "SELECT " + String.join(", ", List.of(childCols).stream()
                .map(col -> "c." + col).toList()) + " FROM " + Catalog.quote(rel.sqliteName()) + " c WHERE "
                + String.join(" AND ", notNull) + " AND NOT EXISTS (SELECT 1 FROM " + Catalog.quote(parent.sqliteName())
                + " p WHERE " + String.join(" AND ", match) + ") LIMIT 1");
        if (values != null) {
            List<String> names = c.columns();
            throw PgException.of(SqlState.FOREIGN_KEY_VIOLATION,
                    "insert or update on table \"%s\" violates foreign key constraint \"%s\"", rel.name(), name)
                    .withDetail("Key (" + String.join(", ", names) + ")=(" + String.join(", ", values)
                            + ") is not present in table \"" + parent.name() + "\".");
        }
    }

    static void drop(DdlContext ctx, Relation rel, AlterAction.DropConstraint action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Long oid = catalog.queryLong("SELECT oid FROM _pg_constraint WHERE conrelid = ? AND conname = ?", rel.oid(),
                action.name());
        if (oid == null) {
            String message = "constraint \"" + action.name() + "\" of relation \"" + rel.name() + "\" does not exist";
            if (action.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, message + ", skipping");
                return;
            }
            throw new PgException(SqlState.UNDEFINED_OBJECT, message);
        }
        String contype = catalog.queryString("SELECT contype FROM _pg_constraint WHERE oid = ?", oid);
        if (contype.equals("p") || contype.equals("u")) dropReferencingKeys(ctx, rel, oid, action);
        deleteConstraint(catalog, oid);
        TableRewrite.rewrite(catalog, rel, Map.of());
    }

    /** Other tables' foreign keys on this key: 2BP01, or dropped with CASCADE. */
    private static void dropReferencingKeys(DdlContext ctx, Relation rel, long oid, AlterAction.DropConstraint action)
            throws SQLException {
        Catalog catalog = ctx.catalog();
        Set<String> conkey = new HashSet<>(List.of(catalog.queryString(
                "SELECT conkey FROM _pg_constraint WHERE oid = ?", oid).split(",")));
        List<Long> dependents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Long fk : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE contype = 'f' AND confrelid = ? "
                + "AND oid <> ? ORDER BY oid", rel.oid(), oid)) {
            String confkey = catalog.queryString("SELECT confkey FROM _pg_constraint WHERE oid = ?", fk);
            if (!new HashSet<>(List.of(confkey.split(","))).equals(conkey)) continue;
            dependents.add(fk);
            names.add("constraint " + catalog.queryString("SELECT conname FROM _pg_constraint WHERE oid = ?", fk)
                    + " on table " + catalog.queryString("SELECT c.relname FROM _pg_constraint k JOIN _pg_class c "
                    + "ON c.oid = k.conrelid WHERE k.oid = ?", fk));
        }
        if (dependents.isEmpty()) return;
        String index = catalog.queryString("SELECT c.relname FROM _pg_constraint k JOIN _pg_class c ON c.oid = k.conindid "
                + "WHERE k.oid = ?", oid);
        if (!action.cascade()) {
            throw new PgException(DdlStates.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop constraint " + action.name()
                    + " on table " + rel.name() + " because other objects depend on it")
                    .withDetail(String.join("\n", names.stream().map(n -> n + " depends on index " + index).toList()))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        ColumnDependents.cascadeNotice(ctx, names);
        Set<Long> children = new LinkedHashSet<>();
        for (Long fk : dependents) {
            children.add(catalog.queryLong("SELECT conrelid FROM _pg_constraint WHERE oid = ?", fk));
            catalog.update("DELETE FROM _pg_constraint WHERE oid = ?", fk);
        }
        for (Long child : children) {
            if (child != rel.oid()) TableRewrite.rewrite(catalog, catalog.relationByOid(child), Map.of());
        }
    }

    static void rename(DdlContext ctx, Relation rel, AlterAction.RenameConstraint action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Long oid = catalog.queryLong("SELECT oid FROM _pg_constraint WHERE conrelid = ? AND conname = ?", rel.oid(),
                action.from());
        if (oid == null) {
            throw PgException.of(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" for table \"%s\" does not exist",
                    action.from(), rel.name());
        }
        if (catalog.constraintExists(rel.oid(), action.to())) {
            throw PgException.of(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for relation \"%s\" already exists",
                    action.to(), rel.name());
        }
        long index = catalog.queryLong("SELECT conindid FROM _pg_constraint WHERE oid = ?", oid);
        String contype = catalog.queryString("SELECT contype FROM _pg_constraint WHERE oid = ?", oid);
        if ((contype.equals("p") || contype.equals("u")) && index != 0) {
            if (catalog.relationExists(rel.namespaceOid(), action.to())) {
                throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", action.to());
            }
            catalog.update("UPDATE _pg_class SET relname = ? WHERE oid = ?", action.to(), index);
        }
        catalog.update("UPDATE _pg_constraint SET conname = ? WHERE oid = ?", action.to(), oid);
        if (contype.equals("c") || contype.equals("f")) TableRewrite.rewrite(catalog, rel, Map.of());
    }

    /** Removes a constraint's metadata and, for a key with a named SQLite index, that index. */
    static void deleteConstraint(Catalog catalog, long oid) throws SQLException {
        String contype = catalog.queryString("SELECT contype FROM _pg_constraint WHERE oid = ?", oid);
        Long index = catalog.queryLong("SELECT conindid FROM _pg_constraint WHERE oid = ?", oid);
        catalog.update("DELETE FROM _pg_constraint WHERE oid = ?", oid);
        if ((contype.equals("p") || contype.equals("u")) && index != null && index != 0) {
            String sqliteName = catalog.queryString("SELECT sqlite_name FROM _pg_class WHERE oid = ?", index);
            catalog.deleteRelation(index);
            if (sqliteName != null && !sqliteName.isEmpty()) catalog.exec("DROP INDEX IF EXISTS " + Catalog.quote(sqliteName));
        }
    }

    private static List<String> firstRow(Catalog catalog, String sql) throws SQLException {
        try (PreparedStatement ps = catalog.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return null;
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) values.add(rs.getString(i));
            return values;
        }
    }

    private static List<String> queryStrings(Catalog catalog, String sql, Object arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = catalog.connection().prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
