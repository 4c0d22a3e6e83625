package dev.impostgres.tracking.schema;

import dev.impostgres.translator.rules.Rewriter;
import dev.impostgres.translator.sql.Lexer;

/** Postgres expressions kept in DDL (DEFAULT, CHECK, index predicates) in their SQLite spelling. */
final class Expressions {
    private Expressions() {}

    static String toSqlite(String postgres) {
        return Rewriter.rewrite(postgres, Lexer.tokenize(postgres)).sqlite();
    }

    /** A DEFAULT for a SQLite column: parenthesized (SQLite wants that for anything but a literal). */
    static String sqliteDefault(String postgres, int typeOid, int typmod) {
        return "(" + PgInFunction.NAME + "(" + typeOid + ", " + typmod + ", " + toSqlite(postgres) + "))";
    }
}
