package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.ColumnDef;
import dev.impostgres.translator.ddl.DdlCommand.AlterAction;
import dev.impostgres.translator.ddl.TableConstraint;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The column actions of ALTER TABLE: ADD, DROP, RENAME, TYPE, SET/DROP DEFAULT, SET/DROP NOT NULL. Existing rows
 * are filled or converted with an UPDATE (per row, so a volatile default such as gen_random_uuid() differs per
 * row, as in Postgres), checked before the definition tightens, and the SQLite definition follows the metadata
 * through {@link TableRewrite}.
 */
final class AlterColumns {
    private AlterColumns() {}

    static void add(DdlContext ctx, Relation rel, AlterAction.AddColumn action) throws SQLException {
        Catalog catalog = ctx.catalog();
        ColumnDef column = action.column();
        if (find(catalog, rel, column.name()) != null) {
            String message = "column \"" + column.name() + "\" of relation \"" + rel.name() + "\" already exists";
            if (action.ifNotExists()) {
                ctx.notice(SqlState.DUPLICATE_COLUMN, message + ", skipping");
                return;
            }
            throw new PgException(SqlState.DUPLICATE_COLUMN, message);
        }
        if (column.generatedExpr() != null) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "ADD COLUMN … GENERATED ALWAYS AS … STORED is not supported");
        }
        boolean primaryKey = column.constraints().stream().anyMatch(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY);
        if (primaryKey && catalog.queryLong("SELECT 1 FROM _pg_constraint WHERE conrelid = ? AND contype = 'p'",
                rel.oid()) != null) {
            throw PgException.of(DdlStates.INVALID_TABLE_DEFINITION, "multiple primary keys for table \"%s\" are not allowed",
                    rel.name());
        }
        int attnum = Attnums.next(catalog, rel.oid());
        ColumnDefinitions.Defined defined = ColumnDefinitions.parts(ctx, rel.oid(), rel.schema(), rel.namespaceOid(),
                rel.name(), column, attnum, primaryKey, new HashSet<>());
        String table = Catalog.quote(rel.sqliteName()), name = Catalog.quote(column.name());
        catalog.exec("ALTER TABLE " + table + " ADD COLUMN " + name + " " + defined.declaredType());
        if (defined.sqliteDefault() != null) catalog.exec("UPDATE " + table + " SET " + name + " = " + defined.sqliteDefault());
        if (defined.notNull()) requireNoNulls(catalog, rel, column.name());
        if (defined.notNull() || defined.sqliteDefault() != null || defined.domainCheck() != null) {
            Map<Integer, String> defaults = new HashMap<>();
            defaults.put(attnum, defined.sqliteDefault());
            TableRewrite.rewrite(catalog, rel, defaults);
        }
        for (TableConstraint c : column.constraints()) {
            AlterConstraints.add(ctx, rel, c.kind() == TableConstraint.Kind.CHECK ? c : c.withColumns(List.of(column.name())));
        }
    }

    static void drop(DdlContext ctx, Relation rel, AlterAction.DropColumn action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Column column = find(catalog, rel, action.column());
        if (column == null) {
            String message = "column \"" + action.column() + "\" of relation \"" + rel.name() + "\" does not exist";
            if (action.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, message + ", skipping");
                return;
            }
            throw new PgException(SqlState.UNDEFINED_COLUMN, message);
        }
        ColumnDependents.dropAll(ctx, rel, column, action.cascade());
        TableRewrite.rewrite(catalog, rel, Map.of());
        try {
            catalog.exec("ALTER TABLE " + Catalog.quote(rel.sqliteName()) + " DROP COLUMN " + Catalog.quote(column.name()));
        } catch (SQLException e) {
            throw ColumnDependents.translate(e, rel, column);
        }
        Attnums.remember(catalog, rel.oid(), column.attnum());
        catalog.update("DELETE FROM _pg_attribute WHERE attrelid = ? AND attnum = ?", rel.oid(), column.attnum());
        catalog.update("DELETE FROM _pg_description WHERE objoid = ? AND objsubid = ?", rel.oid(), column.attnum());
        for (Long seq : catalog.queryLongs("SELECT seqrelid FROM _pg_sequence WHERE owner_relid = ? AND owner_attnum = ?",
                rel.oid(), column.attnum())) {
            catalog.deleteRelation(seq);
        }
    }

    static void rename(DdlContext ctx, Relation rel, AlterAction.RenameColumn action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Column column = find(catalog, rel, action.from());
        if (column == null) throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", action.from());
        if (find(catalog, rel, action.to()) != null) {
            throw PgException.of(SqlState.DUPLICATE_COLUMN, "column \"%s\" of relation \"%s\" already exists",
                    action.to(), rel.name());
        }
        catalog.exec("ALTER TABLE " + Catalog.quote(rel.sqliteName()) + " RENAME COLUMN " + Catalog.quote(action.from())
                + " TO " + Catalog.quote(action.to()));
        catalog.update("UPDATE _pg_attribute SET attname = ? WHERE attrelid = ? AND attnum = ?", action.to(), rel.oid(),
                column.attnum());
        ColumnDependents.renameInExpressions(catalog, rel, action.from(), action.to());
    }

    static void changeType(DdlContext ctx, Relation rel, AlterAction.AlterColumnType action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Column column = require(catalog, rel, action.column());
        ResolvedType type = ResolvedType.of(catalog, action.typeName(), action.typeOid(), action.typmod());
        if (action.using() == null && !TypeChanges.automatic(column.typeOid(), type.oid())) {
            throw PgException.of(SqlState.DATATYPE_MISMATCH, "column \"%s\" cannot be cast automatically to type %s",
                    column.name(), type.name())
                    .withHint("You might need to specify \"USING " + Identifiers.quote(column.name()) + "::" + type.name() + "\".");
        }
        catalog.update("UPDATE _pg_attribute SET atttypid = ?, atttypmod = ?, type_name = ?, attdomain = ? "
                + "WHERE attrelid = ? AND attnum = ?", type.oid(), type.typmod(), type.name(), type.domain(), rel.oid(),
                column.attnum());
        Map<Integer, String> defaults = new HashMap<>();
        boolean ownsSequence = catalog.queryLong("SELECT 1 FROM _pg_sequence WHERE owner_relid = ? AND owner_attnum = ?",
                rel.oid(), column.attnum()) != null;
        if (column.defaultExpr() != null && !ownsSequence) {
            defaults.put(column.attnum(), Expressions.sqliteDefault(column.defaultExpr(), type.oid(), type.typmod()));
        }
        TableRewrite.rewrite(catalog, rel, defaults);
        // Without USING the conversion is an assignment cast: to the base type here, then _pg_in applies the
        // typmod as assignment does (a too-long varchar is 22001, where an explicit ::varchar(3) would truncate).
        String source = action.using() != null ? action.using()
                : Identifiers.quote(column.name()) + "::" + action.typeName().replaceAll("\\s*\\([^)]*\\)", "");
        catalog.exec("UPDATE " + Catalog.quote(rel.sqliteName()) + " SET " + Catalog.quote(column.name()) + " = "
                + PgInFunction.NAME + "(" + type.oid() + ", " + type.typmod() + ", " + Expressions.toSqlite(source) + ")");
    }

    static void setDefault(DdlContext ctx, Relation rel, AlterAction.SetDefault action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Column column = require(catalog, rel, action.column());
        if (!column.identity().isEmpty()) {
            PgException e = PgException.of(SqlState.SYNTAX_ERROR, "column \"%s\" of relation \"%s\" is an identity column",
                    column.name(), rel.name());
            throw action.expr() == null ? e.withHint("Use ALTER TABLE ... ALTER COLUMN ... DROP IDENTITY instead.") : e;
        }
        catalog.update("UPDATE _pg_attribute SET default_expr = ? WHERE attrelid = ? AND attnum = ?", action.expr(),
                rel.oid(), column.attnum());
        Map<Integer, String> defaults = new HashMap<>();
        defaults.put(column.attnum(), action.expr() == null ? null
                : Expressions.sqliteDefault(action.expr(), column.typeOid(), column.typmod()));
        TableRewrite.rewrite(catalog, rel, defaults);
    }

    static void setNotNull(DdlContext ctx, Relation rel, AlterAction.SetNotNull action) throws SQLException {
        Catalog catalog = ctx.catalog();
        Column column = require(catalog, rel, action.column());
        if (column.notNull() == action.notNull()) return;
        if (action.notNull()) {
            requireNoNulls(catalog, rel, column.name());
        } else {
            if (!column.identity().isEmpty()) {
                throw PgException.of(SqlState.SYNTAX_ERROR, "column \"%s\" of relation \"%s\" is an identity column",
                        column.name(), rel.name());
            }
            String pkey = catalog.queryString("SELECT conkey FROM _pg_constraint WHERE conrelid = ? AND contype = 'p'", rel.oid());
            if (pkey != null && List.of(pkey.split(",")).contains(String.valueOf(column.attnum()))) {
                throw PgException.of(DdlStates.INVALID_TABLE_DEFINITION, "column \"%s\" is in a primary key", column.name());
            }
        }
        catalog.update("UPDATE _pg_attribute SET attnotnull = ? WHERE attrelid = ? AND attnum = ?",
                action.notNull() ? 1 : 0, rel.oid(), column.attnum());
        TableRewrite.rewrite(catalog, rel, Map.of());
    }

    static void requireNoNulls(Catalog catalog, Relation rel, String column) throws SQLException {
        if (catalog.queryLong("SELECT 1 FROM " + Catalog.quote(rel.sqliteName()) + " WHERE " + Catalog.quote(column)
                + " IS NULL LIMIT 1") != null) {
            throw PgException.of(SqlState.NOT_NULL_VIOLATION, "column \"%s\" of relation \"%s\" contains null values",
                    column, rel.name());
        }
    }

    static Column find(Catalog catalog, Relation rel, String name) throws SQLException {
        for (Column c : catalog.columns(rel.oid())) {
            if (c.name().equals(name)) return c;
        }
        return null;
    }

    static Column require(Catalog catalog, Relation rel, String name) throws SQLException {
        Column column = find(catalog, rel, name);
        if (column == null) {
            throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" of relation \"%s\" does not exist", name, rel.name());
        }
        return column;
    }
}
