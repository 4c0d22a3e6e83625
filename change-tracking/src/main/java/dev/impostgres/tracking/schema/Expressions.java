package dev.impostgres.tracking.schema;

import dev.impostgres.translator.rules.Rewriter;
import dev.impostgres.translator.sql.Lexer;

/** Postgres expressions kept in DDL (DEFAULT, CHECK, index predicates) in their SQLite spelling. */
final class Expressions {
    private Expressions() {}

    static String toSqlite(String postgres) {
        return Rewriter.rewrite(postgres, Lexer.tokenize(postgres)).sqlite();
    }

    /**
     * An expression over the columns of one table (a CHECK), typed by their declared types, so that numeric, date
     * and interval columns compare by value rather than as SQLite's text ('5' < '10' is false).
     */
    static String toSqlite(String postgres, Catalog catalog, long relOid) throws java.sql.SQLException {
        java.util.Map<String, dev.impostgres.translator.types.PgType> types = new java.util.HashMap<>();
        for (Column c : catalog.columns(relOid)) {
            dev.impostgres.translator.types.PgType type = dev.impostgres.translator.types.PgTypes.byOid(c.typeOid());
            if (type != null) types.put(c.name(), type);
        }
        dev.impostgres.translator.rules.ColumnTypes columns = (qualifier, name) -> types.get(name);
        // the typed rules work on a parsed statement: type the expression as the one item of a select list
        String select = "SELECT (" + postgres + ") AS _pg_expr";
        String typed = Rewriter.rewrite(select, Lexer.tokenize(select), columns).sqlite().trim();
        String prefix = "SELECT ", suffix = " AS _pg_expr";
        if (!typed.startsWith(prefix) || !typed.endsWith(suffix)) return toSqlite(postgres);
        return typed.substring(prefix.length(), typed.length() - suffix.length());
    }

    /** A DEFAULT for a SQLite column: parenthesized (SQLite wants that for anything but a literal). */
    static String sqliteDefault(String postgres, int typeOid, int typmod) {
        return "(" + PgInFunction.NAME + "(" + typeOid + ", " + typmod + ", " + toSqlite(postgres) + "))";
    }
}
