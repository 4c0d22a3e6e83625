package dev.impostgres.tracking;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.impostgres.tracking.schema.SchemaErrors;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one place that turns a SQLite error into the error Postgres would have raised: SQLSTATE and message shape
 * as close to Postgres as SQLite's message allows. Constraint names follow Postgres's defaults
 * ({@code <table>_pkey}, {@code <table>_<cols>_key}) because SQLite does not report index names.
 */
final class SqliteErrors {
    private SqliteErrors() {}

    /** SQLite's own message, without sqlite-jdbc's "[CODE] description (…)" wrapping. */
    static String sqliteMessage(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof SQLiteException && message.startsWith("[")) {
            int open = message.indexOf(" (", message.indexOf(']'));
            if (open >= 0 && message.endsWith(")")) return message.substring(open + 2, message.length() - 1);
        }
        return message;
    }

    static SQLiteErrorCode code(SQLException e) {
        return e instanceof SQLiteException s ? s.getResultCode() : SQLiteErrorCode.UNKNOWN_ERROR;
    }

    /** SQLITE_BUSY and its extended codes except BUSY_SNAPSHOT (which retrying can never fix). */
    static boolean isRetryableBusy(SQLException e) {
        SQLiteErrorCode code = code(e);
        return (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code && code != SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT
                || (code.code & 0xff) == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    static boolean isInterrupt(SQLException e) {
        return (code(e).code & 0xff) == SQLiteErrorCode.SQLITE_INTERRUPT.code;
    }

    /**
     * A unique violation named by the metadata (the index or key's real name, which SQLite does not report); any
     * other error as {@link #toPgException(SQLException, String)} made it.
     */
    static PgException withIndexName(java.sql.Connection connection, SQLException e, PgException translated) {
        if (!SqlState.UNIQUE_VIOLATION.equals(translated.sqlState())) return translated;
        try {
            String name = dev.impostgres.tracking.schema.UniqueIndexNames.of(connection, sqliteMessage(e));
            if (name == null) return translated;
            return new PgException(SqlState.UNIQUE_VIOLATION,
                    "duplicate key value violates unique constraint \"" + name + "\"", e)
                    .withDetail(translated.detail());
        } catch (SQLException lookup) {
            return translated;
        }
    }

    static PgException toPgException(SQLException e, String sqliteSql) {
        SQLiteErrorCode code = code(e);
        int primary = code.code & 0xff;
        String msg = sqliteMessage(e);
        if (primary == SQLiteErrorCode.SQLITE_INTERRUPT.code) {
            return new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT) {
            return new PgException(SqlState.SERIALIZATION_FAILURE, "could not serialize access due to concurrent update", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new PgException(SqlState.LOCK_NOT_AVAILABLE, "canceling statement due to lock timeout", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new PgException(SqlState.READ_ONLY_SQL_TRANSACTION, "cannot execute statement in a read-only transaction", e);
        }
        String[] raised = dev.impostgres.tracking.functions.PgFunctionError.decode(msg);
        if (raised != null) return new PgException(raised[0], raised[1], e); // raised by a Postgres function
        if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code) return constraint(code, msg, sqliteSql, e);
        if (primary == SQLiteErrorCode.SQLITE_TOOBIG.code) {
            return new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, msg, e);
        }
        return updateTarget(undefinedFunction(insertArity(byMessage(msg, e), msg), msg, sqliteSql, e), sqliteSql);
    }

    private static final Pattern VALUES_FOR_COLUMNS = Pattern.compile("^(\\d+) values for (\\d+) columns$");

    /** SQLite counts VALUES items against target columns in one message; Postgres says which side has more. */
    private static PgException insertArity(PgException mapped, String msg) {
        Matcher m = VALUES_FOR_COLUMNS.matcher(msg);
        if (!m.find()) return mapped;
        boolean moreValues = Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2));
        return new PgException(SqlState.SYNTAX_ERROR, moreValues ? "INSERT has more expressions than target columns"
                : "INSERT has more target columns than expressions", mapped.getCause());
    }

    /** An unknown column assigned by UPDATE … SET is named with its relation, as Postgres does. */
    static PgException updateTarget(PgException mapped, String sql) {
        if (!SqlState.UNDEFINED_COLUMN.equals(mapped.sqlState()) || sql == null) return mapped;
        Matcher column = Pattern.compile("^column \"([^\".]+)\" does not exist$").matcher(mapped.getMessage());
        String[] target = targetTable(sql);
        if (!column.find() || target == null || !target[0].equals("update")) return mapped;
        String name = Pattern.quote(column.group(1));
        Pattern assigned = Pattern.compile("(?is)\\bset\\s+(?:.*?,\\s*)?\"?" + name + "\"?\\s*=(?!=)");
        if (!assigned.matcher(sql).find()) return mapped;
        return new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + column.group(1) + "\" of relation \""
                + target[1] + "\" does not exist", mapped.getCause());
    }

    private static final Pattern NO_FUNCTION = Pattern.compile(
            "(?:no such function: |wrong number of arguments to function )([\\w$]+)");

    /** 42883 names the call's argument types as Postgres does, with its HINT, when the translator can type them. */
    private static PgException undefinedFunction(PgException mapped, String msg, String sql, SQLException e) {
        Matcher m = NO_FUNCTION.matcher(msg);
        if (!m.find() || sql == null) return mapped;
        String signature = dev.impostgres.translator.rules.FunctionSignatures.of(sql, m.group(1));
        if (signature == null) return mapped;
        return new PgException(SqlState.UNDEFINED_FUNCTION, "function " + signature + " does not exist", e)
                .withHint("No function matches the given name and argument types. You might need to add explicit "
                        + "type casts.");
    }

    private static final Pattern MISSING_RELATION = Pattern.compile("^relation \"([^\"]+)\" does not exist$");

    /**
     * The error named as the statement wrote it: a missing relation written with its schema is "public.missing", as
     * Postgres names it; a missing function's argument types are read from the Postgres text (true is boolean there,
     * 1 in SQLite's). Other errors unchanged.
     */
    static PgException asWritten(PgException mapped, String source) {
        if (source == null) return mapped;
        if (SqlState.UNDEFINED_TABLE.equals(mapped.sqlState())) {
            Matcher m = MISSING_RELATION.matcher(mapped.getMessage());
            if (!m.find()) return mapped;
            String qualified = dev.impostgres.translator.rules.RelationNames.qualifiedAsWritten(source, m.group(1));
            return qualified == null ? mapped : new PgException(SqlState.UNDEFINED_TABLE,
                    "relation \"" + qualified + "\" does not exist", mapped.getCause());
        }
        if (SqlState.UNDEFINED_FUNCTION.equals(mapped.sqlState()) && mapped.getCause() instanceof SQLException e) {
            Matcher m = NO_FUNCTION.matcher(sqliteMessage(e));
            if (!m.find()) return mapped;
            String signature = dev.impostgres.translator.rules.FunctionSignatures.of(source, m.group(1));
            if (signature == null) return mapped;
            return new PgException(SqlState.UNDEFINED_FUNCTION, "function " + signature + " does not exist", e)
                    .withHint("No function matches the given name and argument types. You might need to add explicit "
                            + "type casts.");
        }
        return mapped;
    }

    private static final Pattern COLUMNS = Pattern.compile("constraint failed: (.*)$");
    private static final Pattern TARGET_TABLE = Pattern.compile(
            "(?is)^\\s*(?:with\\b.*?\\)\\s*)?(insert|replace|update|delete)\\b(?:\\s+or\\s+\\w+)?(?:\\s+into|\\s+from)?\\s+(\"(?:[^\"]|\"\")+\"|[\\w.$]+)");

    private static PgException constraint(SQLiteErrorCode code, String msg, String sql, SQLException e) {
        Matcher m = COLUMNS.matcher(msg);
        String detail = m.find() ? m.group(1) : "";
        // ON DELETE RESTRICT fails through SQLite's trigger path with the foreign key's message but another code
        if (msg.startsWith("FOREIGN KEY constraint failed")) code = SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY;
        switch (code) {
            case SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE -> {
                String table = null;
                List<String> columns = new ArrayList<>();
                for (String qualified : detail.split(", ")) {
                    int dot = qualified.lastIndexOf('.');
                    table = dot < 0 ? table : qualified.substring(0, dot);
                    columns.add(qualified.substring(dot + 1));
                }
                String name = code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                        ? table + "_pkey" : table + "_" + String.join("_", columns) + "_key";
                return new PgException(SqlState.UNIQUE_VIOLATION,
                        "duplicate key value violates unique constraint \"" + name + "\"", e);
            }
            case SQLITE_CONSTRAINT_NOTNULL -> {
                int dot = detail.lastIndexOf('.');
                return new PgException(SqlState.NOT_NULL_VIOLATION, "null value in column \"" + detail.substring(dot + 1)
                        + "\" of relation \"" + (dot < 0 ? "" : detail.substring(0, dot)) + "\" violates not-null constraint", e);
            }
            case SQLITE_CONSTRAINT_FOREIGNKEY -> {
                String[] target = targetTable(sql);
                // A DELETE can only violate a key from the referenced side; INSERT/UPDATE are reported as the
                // referencing side (an UPDATE of a referenced key is indistinguishable here).
                boolean delete = target != null && target[0].equals("delete");
                String table = target == null ? "" : target[1];
                return new PgException(SqlState.FOREIGN_KEY_VIOLATION, (delete ? "update or delete" : "insert or update")
                        + " on table \"" + table + "\" violates foreign key constraint", e);
            }
            case SQLITE_CONSTRAINT_CHECK -> {
                String[] target = targetTable(sql);
                String table = target == null ? "" : target[1];
                String name = detail.matches("[\\p{L}_][\\p{L}\\p{N}_$]*") ? detail : table + "_check";
                return new PgException(SqlState.CHECK_VIOLATION,
                        "new row for relation \"" + table + "\" violates check constraint \"" + name + "\"", e);
            }
            default -> {
                return new PgException(SqlState.INTEGRITY_CONSTRAINT_VIOLATION, msg, e);
            }
        }
    }

    /** {verb, table} of an INSERT/UPDATE/DELETE, best effort, for messages SQLite gives without a table name. */
    static String[] targetTable(String sql) {
        Matcher m = TARGET_TABLE.matcher(sql == null ? "" : sql);
        if (!m.find()) return null;
        String table = m.group(2);
        if (table.startsWith("\"")) table = table.substring(1, table.length() - 1).replace("\"\"", "\"");
        return new String[] {m.group(1).toLowerCase(java.util.Locale.ROOT), table};
    }

    private record Rule(Pattern pattern, String sqlState, String format) {}

    private static final List<Rule> RULES = List.of(
            rule("^no such table: (?:main\\.)?(.+)$", SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist"),
            rule("^no such column: (.+\\..+)$", SqlState.UNDEFINED_COLUMN, "column %s does not exist"),
            rule("^no such column: (.+)$", SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist"),
            rule("^table (\\S+) has no column named (.+)$", SqlState.UNDEFINED_COLUMN, "column \"%2$s\" of relation \"%1$s\" does not exist"),
            rule("^table \\S+ has \\d+ columns but \\d+ values were supplied$", SqlState.SYNTAX_ERROR,
                    "INSERT has more expressions than target columns"),
            rule("^all VALUES must have the same number of terms$", SqlState.SYNTAX_ERROR,
                    "VALUES lists must all be the same length"),
            rule("^(?:table|index|view) (?:\"(.+)\"|(.+)) already exists$", SqlState.DUPLICATE_TABLE, "relation \"%s\" already exists"),
            rule("^near \"(.*)\": syntax error$", SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\""),
            rule("^incomplete input$", SqlState.SYNTAX_ERROR, "syntax error at end of input"),
            rule("^unrecognized token: \"(.*)\"$", SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\""),
            rule("^no such function: (.+)$", SqlState.UNDEFINED_FUNCTION, "function %s does not exist"),
            rule("^ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint$", "42P10",
                    "there is no unique or exclusion constraint matching the ON CONFLICT specification"),
            rule("^ambiguous column name: (.+)$", SqlState.AMBIGUOUS_COLUMN, "column reference \"%s\" is ambiguous"),
            rule("^duplicate column name: (.+)$", SqlState.DUPLICATE_COLUMN, "column \"%s\" specified more than once"),
            rule("^integer overflow$", SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range"),
            rule("^interrupted$", SqlState.QUERY_CANCELED, "canceling statement due to user request"));

    private static Rule rule(String regex, String sqlState, String format) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), sqlState, format);
    }

    private static PgException byMessage(String msg, SQLException e) {
        PgException carried = SchemaErrors.decode(msg, e); // raised by one of our SQL functions
        if (carried != null) return carried;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(msg);
            if (m.find()) {
                List<Object> groups = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) if (m.group(i) != null) groups.add(m.group(i));
                return new PgException(rule.sqlState(), String.format(rule.format(), groups.toArray()), e);
            }
        }
        return new PgException(SqlState.INTERNAL_ERROR, msg.isEmpty() ? "internal SQLite error" : msg, e);
    }
}
