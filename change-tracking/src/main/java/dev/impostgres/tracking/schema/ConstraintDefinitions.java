package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.References;
import dev.impostgres.translator.ddl.TableConstraint;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table constraints of one new table: each becomes a named SQLite table constraint (so SQLite's CHECK message
 * names it) and a _pg_constraint row; PRIMARY KEY and UNIQUE also get their index relation, as in Postgres.
 */
final class ConstraintDefinitions {
    private final Catalog catalog;
    private final long namespace;
    private final long relOid;
    private final String relname;
    private final String sqliteName;
    private final Map<String, Integer> attnums;
    private final Set<String> usedNames;
    private final List<String> pendingIndexes = new ArrayList<>();

    ConstraintDefinitions(Catalog catalog, long namespace, long relOid, String relname, String sqliteName,
                          Map<String, Integer> attnums, Set<String> usedNames) {
        this.catalog = catalog;
        this.namespace = namespace;
        this.relOid = relOid;
        this.relname = relname;
        this.sqliteName = sqliteName;
        this.attnums = attnums;
        this.usedNames = usedNames;
    }

    String define(TableConstraint c) throws SQLException {
        return switch (c.kind()) {
            case PRIMARY_KEY -> key(c, "p", "pkey", List.of(), "PRIMARY KEY");
            case UNIQUE -> key(c, "u", "key", c.columns(), "UNIQUE");
            case CHECK -> check(c);
            case FOREIGN_KEY -> foreignKey(c);
        };
    }

    private String key(TableConstraint c, String contype, String label, List<String> nameColumns, String sql)
            throws SQLException {
        for (String col : c.columns()) CreateTableRunner.requireColumn(attnums, col);
        String name = c.name() != null ? c.name()
                : Names.choose(relname, nameColumns, label, Names.relationTaken(catalog, namespace, usedNames));
        if (usedNames.contains(name) || catalog.relationExists(namespace, name)) {
            throw PgException.of(SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists", name);
        }
        usedNames.add(name);
        long indexOid = catalog.insertRelation(namespace, name, "i", "");
        String indkey = attnumList(c.columns());
        catalog.update("INSERT INTO _pg_index (indexrelid, indrelid, indisunique, indisprimary, indkey, definition) "
                + "VALUES (?, ?, 1, ?, ?, ?)", indexOid, relOid, contype.equals("p") ? 1 : 0, indkey, "");
        insertConstraint(name, contype, indkey, 0, "", "a", "a", indexOid, null);
        if (c.deferral() != TableConstraint.Deferral.NOT_DEFERRABLE) {
            // SQLite checks a unique index per row; a deferrable key is checked by DeferrableKeys at statement end
            // or COMMIT instead, over a plain index on its columns.
            catalog.update("UPDATE _pg_constraint SET condeferrable = 1, condeferred = ? WHERE conrelid = ? AND conname = ?",
                    c.deferral() == TableConstraint.Deferral.DEFERRED ? 1 : 0, relOid, name);
            String index = dev.impostgres.translator.ddl.QualifiedName.flattened(
                    catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", namespace), name);
            catalog.update("UPDATE _pg_class SET sqlite_name = ? WHERE oid = ?", index, indexOid);
            pendingIndexes.add("CREATE INDEX " + Catalog.quote(index) + " ON " + Catalog.quote(sqliteName)
                    + " (" + quoteAll(c.columns()) + ")");
            return null;
        }
        if (c.nullsNotDistinct()) {
            // SQLite's unique indexes let NULLs repeat; an index on (c IS NULL, ifnull(c, 0)) per column makes every
            // NULL equal to every other and to no value. SQLite names it on failure; the metadata knows the key.
            String index = dev.impostgres.translator.ddl.QualifiedName.flattened(
                    catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", namespace), name);
            catalog.update("UPDATE _pg_class SET sqlite_name = ? WHERE oid = ?", index, indexOid);
            String keys = c.columns().stream().map(col -> Catalog.quote(col) + " IS NULL, ifnull(" + Catalog.quote(col)
                    + ", 0)").collect(Collectors.joining(", "));
            pendingIndexes.add("CREATE UNIQUE INDEX " + Catalog.quote(index) + " ON " + Catalog.quote(sqliteName)
                    + " (" + keys + ")");
            return null;
        }
        return "CONSTRAINT " + Catalog.quote(name) + " " + sql + " (" + quoteAll(c.columns()) + ")";
    }

    private String check(TableConstraint c) throws SQLException {
        String column = Names.singleColumn(c.checkExpr(), attnums.keySet());
        String name = c.name() != null ? c.name()
                : Names.choose(relname, column == null ? List.of() : List.of(column), "check", this::constraintTaken);
        usedNames.add("constraint:" + name);
        insertConstraint(name, "c", "", 0, "", "a", "a", 0, c.checkExpr());
        return "CONSTRAINT " + Catalog.quote(name) + " CHECK (" + Expressions.toSqlite(c.checkExpr(), catalog, relOid) + ")";
    }

    private String foreignKey(TableConstraint c) throws SQLException {
        for (String col : c.columns()) CreateTableRunner.requireColumn(attnums, col);
        References ref = c.references();
        boolean self = ref.table().schema() == null && ref.table().name().equals(relname);
        Relation parent = self ? null : catalog.relation(ref.table());
        if (!self && parent == null) {
            throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", ref.table());
        }
        long parentOid = self ? relOid : parent.oid();
        List<String> parentColumns = ref.columns().isEmpty() ? primaryKeyColumns(parentOid, self) : ref.columns();
        if (parentColumns.size() != c.columns().size()) {
            throw new PgException(DdlStates.INVALID_FOREIGN_KEY,
                    "number of referencing and referenced columns for foreign key disagree");
        }
        String name = c.name() != null ? c.name() : Names.choose(relname, c.columns(), "fkey", this::constraintTaken);
        usedNames.add("constraint:" + name);
        String confkey = self ? attnumList(parentColumns) : parentAttnums(parentOid, parentColumns);
        insertConstraint(name, "f", attnumList(c.columns()), parentOid, confkey, actionCode(ref.onDelete()),
                actionCode(ref.onUpdate()), 0, null);
        if (ref.deferrable()) {
            catalog.update("UPDATE _pg_constraint SET condeferrable = 1, condeferred = ? WHERE conrelid = ? AND conname = ?",
                    ref.initiallyDeferred() ? 1 : 0, relOid, name);
        }
        String parentSqlite = self ? sqliteName : parent.sqliteName();
        return "CONSTRAINT " + Catalog.quote(name) + " FOREIGN KEY (" + quoteAll(c.columns()) + ") REFERENCES "
                + Catalog.quote(parentSqlite) + " (" + quoteAll(parentColumns) + ") ON DELETE " + ref.onDelete()
                + " ON UPDATE " + ref.onUpdate() + TableRewrite.deferral(ref.initiallyDeferred());
    }

    /** The keys that cannot be inline SQLite constraints (UNIQUE NULLS NOT DISTINCT), once the table exists. */
    void createIndexes() throws SQLException {
        for (String sql : pendingIndexes) catalog.exec(sql);
        pendingIndexes.clear();
    }

    private boolean constraintTaken(String name) {
        try {
            return usedNames.contains("constraint:" + name) || catalog.constraintExists(relOid, name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> primaryKeyColumns(long parentOid, boolean self) throws SQLException {
        String conkey = catalog.queryString("SELECT conkey FROM _pg_constraint WHERE conrelid = ? AND contype = 'p'",
                parentOid);
        if (conkey == null) {
            throw PgException.of(SqlState.UNDEFINED_OBJECT,
                    "there is no primary key for referenced table \"%s\"", self ? relname : "");
        }
        List<String> names = new ArrayList<>();
        for (String n : conkey.split(",")) {
            int attnum = Integer.parseInt(n);
            if (self) {
                attnums.forEach((k, v) -> { if (v == attnum) names.add(k); });
            } else {
                names.add(catalog.column(parentOid, attnum).name());
            }
        }
        return names;
    }

    private String parentAttnums(long parentOid, List<String> columns) throws SQLException {
        List<String> out = new ArrayList<>();
        List<Column> parentColumns = catalog.columns(parentOid);
        for (String col : columns) {
            Column match = parentColumns.stream().filter(p -> p.name().equals(col)).findFirst().orElse(null);
            if (match == null) {
                throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" referenced in foreign key constraint does not exist", col);
            }
            out.add(String.valueOf(match.attnum()));
        }
        return String.join(",", out);
    }

    private void insertConstraint(String name, String contype, String conkey, long confrelid, String confkey,
                                  String onDelete, String onUpdate, long indexOid, String checkExpr) throws SQLException {
        catalog.update("INSERT INTO _pg_constraint (oid, conrelid, conname, contype, conkey, confrelid, confkey, "
                        + "confdeltype, confupdtype, conindid, check_expr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                catalog.allocateOid(), relOid, name, contype, conkey, confrelid, confkey, onDelete, onUpdate, indexOid,
                checkExpr);
    }

    private String attnumList(List<String> columns) {
        return columns.stream().map(c -> String.valueOf(attnums.get(c))).collect(Collectors.joining(","));
    }

    private static String quoteAll(List<String> columns) {
        return columns.stream().map(Catalog::quote).collect(Collectors.joining(", "));
    }

    /** pg_constraint's confdeltype codes. */
    static String actionCode(String action) {
        return switch (action) {
            case "CASCADE" -> "c";
            case "RESTRICT" -> "r";
            case "SET NULL" -> "n";
            case "SET DEFAULT" -> "d";
            default -> "a";
        };
    }
}
