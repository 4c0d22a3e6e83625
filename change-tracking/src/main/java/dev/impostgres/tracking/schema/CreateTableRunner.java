package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.ColumnDef;
import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.ddl.SequenceOptions;
import dev.impostgres.translator.ddl.TableConstraint;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CREATE TABLE: the SQLite table with storage affinities and Postgres-named constraints, plus its metadata rows,
 * serial/identity sequences and the constraints' index relations.
 */
final class CreateTableRunner {
    private CreateTableRunner() {}

    static void run(DdlContext ctx, DdlCommand.CreateTable cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        long namespace = catalog.creationNamespace(cmd.name());
        String schema = catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", namespace);
        String relname = cmd.name().name();
        String sqliteName = QualifiedName.flattened(schema, relname);
        if (cmd.onCommit() != null) {
            throw new PgException("42P16", "ON COMMIT can only be used on temporary tables");
        }
        String caseVariant = catalog.relationExists(namespace, relname) ? null : catalog.queryString(
                "SELECT relname FROM _pg_class WHERE relnamespace = ? AND relname = ? COLLATE NOCASE LIMIT 1",
                namespace, relname);
        // SQLite's names ignore case: the second of two names differing only in case gets a SQLite name of its own
        if (caseVariant != null) sqliteName = CaseDistinctNames.physical(schema, relname);
        if (catalog.relationExists(namespace, relname) || SqliteObjects.exists(catalog, sqliteName)) {
            if (cmd.ifNotExists()) {
                ctx.notice(SqlState.DUPLICATE_TABLE, "relation \"" + relname + "\" already exists, skipping");
                return;
            }
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", relname);
        }
        List<ColumnDef> columns = new ArrayList<>();
        if (cmd.like() != null) columns.addAll(likeColumns(catalog, cmd.like(), cmd.likeDefaults()));
        columns.addAll(cmd.columns());
        Map<String, Integer> attnums = new LinkedHashMap<>();
        for (ColumnDef column : columns) {
            if (attnums.putIfAbsent(column.name(), attnums.size() + 1) != null) {
                throw PgException.of(SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once", column.name());
            }
        }
        List<TableConstraint> constraints = new ArrayList<>();
        for (ColumnDef column : columns) {
            for (TableConstraint c : column.constraints()) {
                constraints.add(c.kind() == TableConstraint.Kind.CHECK ? c : c.withColumns(List.of(column.name())));
            }
        }
        constraints.addAll(cmd.constraints());
        Set<String> primaryKey = new HashSet<>();
        for (TableConstraint c : constraints) {
            if (c.kind() == TableConstraint.Kind.PRIMARY_KEY) {
                if (!primaryKey.isEmpty()) {
                    throw PgException.of(DdlStates.INVALID_TABLE_DEFINITION,
                            "multiple primary keys for table \"%s\" are not allowed", relname);
                }
                for (String col : c.columns()) requireColumn(attnums, col);
                primaryKey.addAll(c.columns());
            }
        }
        long relOid = catalog.insertRelation(namespace, relname, "r", sqliteName);
        Set<String> usedNames = new HashSet<>();
        List<String> definitions = new ArrayList<>();
        for (ColumnDef column : columns) {
            int attnum = attnums.get(column.name());
            definitions.add(ColumnDefinitions.define(ctx, relOid, schema, namespace, relname, column, attnum,
                    primaryKey.contains(column.name()), usedNames));
        }
        ConstraintDefinitions defs = new ConstraintDefinitions(catalog, namespace, relOid, relname, sqliteName,
                attnums, usedNames);
        for (TableConstraint c : constraints) {
            String definition = defs.define(c);
            if (definition != null) definitions.add(definition);
        }
        catalog.exec("CREATE TABLE " + Catalog.quote(sqliteName) + " (" + String.join(", ", definitions) + ")");
        defs.createIndexes();
    }

    static void requireColumn(Map<String, Integer> attnums, String column) {
        if (!attnums.containsKey(column)) {
            throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" named in key does not exist", column);
        }
    }

    /** LIKE copies names, types and NOT NULL, and with INCLUDING DEFAULTS the defaults (not identity). */
    private static List<ColumnDef> likeColumns(Catalog catalog, QualifiedName like, boolean defaults)
            throws SQLException {
        Relation source = catalog.relation(like);
        if (source == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", like);
        List<ColumnDef> out = new ArrayList<>();
        for (Column c : catalog.columns(source.oid())) {
            out.add(new ColumnDef(c.name(), c.typeName(), c.typeOid(), c.typmod(), c.notNull(), false,
                    defaults ? c.defaultExpr() : null, (char) 0,
                    SequenceOptions.NONE, false, null, List.of()));
        }
        return out;
    }
}
