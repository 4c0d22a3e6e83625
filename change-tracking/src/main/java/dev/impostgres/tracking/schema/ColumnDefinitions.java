package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.ColumnDef;
import dev.impostgres.translator.ddl.SequenceOptions;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** One column of a new table: its SQLite definition, its _pg_attribute row and, for serial/identity, its sequence. */
final class ColumnDefinitions {
    private ColumnDefinitions() {}

    /**
     * A column's SQLite parts: its declared type, NOT NULL, DEFAULT expression (SQLite spelling), generation and,
     * for a column of a domain, the CHECK that enforces the domain's constraints (else null).
     */
    record Defined(String name, String declaredType, boolean notNull, String sqliteDefault, String generatedSql,
                   String domainCheck) {
        String sql() {
            StringBuilder sql = new StringBuilder(Catalog.quote(name)).append(' ').append(declaredType);
            if (notNull) sql.append(" NOT NULL");
            if (domainCheck != null) sql.append(' ').append(domainCheck);
            if (sqliteDefault != null) sql.append(" DEFAULT ").append(sqliteDefault);
            if (generatedSql != null) sql.append(" GENERATED ALWAYS AS (").append(generatedSql).append(") STORED");
            return sql.toString();
        }
    }

    static String define(DdlContext ctx, long relOid, String schema, long namespace, String relname, ColumnDef column,
                         int attnum, boolean inPrimaryKey, Set<String> usedNames) throws SQLException {
        return parts(ctx, relOid, schema, namespace, relname, column, attnum, inPrimaryKey, usedNames).sql();
    }

    static Defined parts(DdlContext ctx, long relOid, String schema, long namespace, String relname, ColumnDef column,
                         int attnum, boolean inPrimaryKey, Set<String> usedNames) throws SQLException {
        Catalog catalog = ctx.catalog();
        ResolvedType type = ResolvedType.of(catalog, column.typeName(), column.typeOid(), column.typmod());
        boolean notNull = column.notNull() || inPrimaryKey;
        if (column.explicitNull() && notNull && (column.identity() != 0 || inPrimaryKey && column.notNull())) {
            throw PgException.of(SqlState.SYNTAX_ERROR,
                    "conflicting NULL/NOT NULL declarations for column \"%s\" of table \"%s\"", column.name(), relname);
        }
        String pgDefault = column.defaultExpr();
        String sqliteDefault = pgDefault == null ? null : Expressions.sqliteDefault(pgDefault, type.oid(), type.typmod());
        if (sqliteDefault == null && type.domain() != 0) { // the domain's DEFAULT, not the column's (pg_attrdef has none)
            String domainDefault = catalog.queryString("SELECT typdefault FROM _pg_type WHERE oid = ?", type.domain());
            if (domainDefault != null) sqliteDefault = Expressions.sqliteDefault(domainDefault, type.oid(), type.typmod());
        }
        if (column.serial() || column.identity() != 0) {
            if (column.identity() != 0 && type.oid() != 20 && type.oid() != 21 && type.oid() != 23) {
                throw PgException.of(SqlState.DATATYPE_MISMATCH,
                        "identity column type must be smallint, integer, or bigint");
            }
            String sequence = Names.choose(relname, List.of(column.name()), "seq",
                    Names.relationTaken(catalog, namespace, usedNames));
            usedNames.add(sequence);
            SequenceOptions options = column.identityOptions() == null ? SequenceOptions.NONE : column.identityOptions();
            Sequences.create(catalog, namespace, sequence, Sequences.resolve(options, type.oid(), null), relOid, attnum);
            String regclass = Sequences.regclassText(schema, sequence);
            sqliteDefault = "(nextval('" + regclass.replace("'", "''") + "'))";
            if (column.serial()) pgDefault = "nextval('" + regclass.replace("'", "''") + "'::regclass)";
        }
        catalog.insertColumn(new Column(relOid, attnum, column.name(), type.oid(), type.typmod(), type.name(), notNull,
                column.identity() != 0 ? null : pgDefault, column.identity() == 0 ? "" : String.valueOf(column.identity()),
                column.generatedExpr() == null ? "" : "s"));
        if (type.domain() != 0) {
            catalog.update("UPDATE _pg_attribute SET attdomain = ? WHERE attrelid = ? AND attnum = ?", type.domain(),
                    relOid, attnum);
        }
        return new Defined(column.name(), StorageAffinity.declaredType(type.oid(), attnum), notNull, sqliteDefault,
                column.generatedExpr() == null ? null : Expressions.toSqlite(column.generatedExpr()),
                type.domain() == 0 ? null : domainCheck(type.domain(), column.name()));
    }

    /** The SQLite column CHECK that holds a column of a domain to the domain's constraints. */
    static String domainCheck(long domain, String column) {
        return "CHECK (" + DomainFunctions.CHECK + "(" + domain + ", " + Catalog.quote(column) + "))";
    }
}
