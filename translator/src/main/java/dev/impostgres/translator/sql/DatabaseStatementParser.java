package dev.impostgres.translator.sql;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.Set;

/** CREATE DATABASE and DROP DATABASE (gram.y's CreatedbStmt and DropdbStmt). */
final class DatabaseStatementParser {
    private DatabaseStatementParser() {}

    private static final Set<String> CREATE_OPTIONS = Set.of("owner", "template", "encoding", "strategy", "locale",
            "lc_collate", "lc_ctype", "icu_locale", "icu_rules", "locale_provider", "collation_version",
            "tablespace", "allow_connections", "connection_limit", "is_template", "oid", "builtin_locale");

    static PgStatement parse(String source, Words w) {
        if (w.is("create") && w.peek(1) != null && w.peek(1).is("database")) {
            w.next();
            w.next();
            String name = w.identifier();
            w.accept("with");
            while (!w.atEnd()) option(w);
            return new PgStatement.CreateDatabase(source, name);
        }
        if (w.is("drop") && w.peek(1) != null && w.peek(1).is("database")) {
            w.next();
            w.next();
            boolean ifExists = false;
            if (w.accept("if")) {
                w.expect("exists");
                ifExists = true;
            }
            String name = w.identifier();
            w.accept("with");
            if (w.acceptPunct("(")) {
                do {
                    w.expect("force"); // the only drop option; with one database per file there is nothing to force
                } while (w.acceptPunct(","));
                w.expectPunct(")");
            }
            w.expectEnd();
            return new PgStatement.DropDatabase(source, name, ifExists);
        }
        return null;
    }

    /** createdb_opt_item: name [=] value | DEFAULT; CONNECTION LIMIT is two words. */
    private static void option(Words w) {
        String name = w.identifier();
        if (name.equals("connection")) {
            w.expect("limit");
            name = "connection_limit";
        }
        if (!CREATE_OPTIONS.contains(name)) {
            throw new PgException("ERROR", SqlState.SYNTAX_ERROR, "option \"" + name + "\" not recognized", null,
                    null, 0, null);
        }
        w.acceptPunct("=");
        Token value = w.next();
        if (value.isOperator("-") || value.isOperator("+")) value = w.next(); // CONNECTION LIMIT = -1
        if (name.equals("encoding") && !value.is("default")) {
            String enc = Literals.isString(value) ? Literals.stringValue(value) : value.text();
            String norm = enc.toUpperCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
            if (!norm.equals("UTF8") && !norm.equals("UNICODE")) {
                // Impostgres databases are SQLite files in UTF-8; Postgres says the same of template1.
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "new encoding (" + enc
                        + ") is incompatible with the encoding of the template database (UTF8)");
            }
        }
    }
}
