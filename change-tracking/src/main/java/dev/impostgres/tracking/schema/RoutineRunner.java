package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.List;

/**
 * CREATE FUNCTION, CREATE/DROP TRIGGER and CREATE EVENT TRIGGER. Functions are kept in {@code _pg_proc} as written
 * (any language; only trigger functions are run, see {@link TriggerFunctions}). A row trigger becomes a SQLite
 * trigger kept in {@code _pg_trigger} so the change capture can re-create it after its own triggers (SQLite fires
 * the newest trigger first, and a BEFORE trigger's assignments must be in the captured row). Event triggers are
 * refused with 42501, as Postgres refuses them to a non-superuser: clients such as zero-cache then take their
 * documented path for a server without DDL events.
 */
final class RoutineRunner {
    private RoutineRunner() {}

    static final String PROC_TABLE = "_pg_proc";
    static final String TRIGGER_TABLE = "_pg_trigger";

    static void ensureTables(Catalog catalog) throws SQLException {
        catalog.update("CREATE TABLE IF NOT EXISTS " + PROC_TABLE + " (oid INTEGER PRIMARY KEY, "
                + "pronamespace INTEGER NOT NULL, proname TEXT NOT NULL, arguments TEXT NOT NULL, returns TEXT, "
                + "language TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (pronamespace, proname, arguments))");
        // sqlite_sql: the SQLite trigger(s) that run it, separated by a NUL character.
        catalog.update("CREATE TABLE IF NOT EXISTS " + TRIGGER_TABLE + " (oid INTEGER PRIMARY KEY, "
                + "tgrelid INTEGER NOT NULL, tgname TEXT NOT NULL, tgfoid INTEGER NOT NULL, timing TEXT NOT NULL, "
                + "events TEXT NOT NULL, sqlite_names TEXT NOT NULL, sqlite_sql TEXT NOT NULL, "
                + "UNIQUE (tgrelid, tgname))");
    }

    static void createFunction(DdlContext ctx, DdlCommand.CreateFunction f) throws SQLException {
        Catalog catalog = ctx.catalog();
        ensureTables(catalog);
        long namespace = catalog.creationNamespace(f.name());
        String arguments = f.arguments().trim().replaceAll("\\s+", " ");
        Long existing = catalog.queryLong("SELECT oid FROM " + PROC_TABLE
                + " WHERE pronamespace = ? AND proname = ? AND arguments = ?", namespace, f.name().name(), arguments);
        if (f.language() == null) {
            throw new PgException("42P13", "no language specified");
        }
        if (existing != null && !f.orReplace()) {
            throw PgException.of("42723", "function \"%s\" already exists with same argument types", f.name().name());
        }
        if (existing != null) {
            catalog.update("UPDATE " + PROC_TABLE + " SET returns = ?, language = ?, body = ? WHERE oid = ?",
                    f.returns(), f.language(), f.body(), existing);
            recompileTriggers(catalog, existing, f);
        } else {
            catalog.update("INSERT INTO " + PROC_TABLE + " (oid, pronamespace, proname, arguments, returns, language, "
                    + "body) VALUES (?, ?, ?, ?, ?, ?, ?)", catalog.allocateOid(), namespace, f.name().name(),
                    arguments, f.returns(), f.language(), f.body());
        }
    }

    static void createEventTrigger(DdlCommand.CreateEventTrigger t) {
        throw new PgException(SqlState.INSUFFICIENT_PRIVILEGE,
                "permission denied to create event trigger \"" + t.name() + "\"")
                .withHint("Must be superuser to create an event trigger.");
    }

    /** No event trigger can exist (creating one is refused above), so dropping one finds nothing, as Postgres says. */
    static void dropEventTrigger(DdlContext ctx, DdlCommand.DropEventTrigger t) {
        if (!t.ifExists()) throw PgException.of(SqlState.UNDEFINED_OBJECT, "event trigger \"%s\" does not exist", t.name());
        ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "event trigger \"" + t.name() + "\" does not exist, skipping");
    }

    /**
     * DROP FUNCTION: a function is named by schema, name and, when given, its argument types (names and modes in
     * the list are ignored, as Postgres ignores them); without a list the name must be unique. Triggers that use
     * it are not tracked as dependents here, so it goes as with CASCADE.
     */
    static void dropFunctions(DdlContext ctx, DdlCommand.DropFunction d) throws SQLException {
        Catalog catalog = ctx.catalog();
        ensureTables(catalog);
        for (DdlCommand.DropFunction.Routine r : d.functions()) {
            String shown = r.name().name() + "(" + (r.arguments() == null ? "" : RoutineArguments.types(r.arguments())) + ")";
            Long namespace = r.name().schema() == null ? catalog.namespaceOid("public")
                    : catalog.namespaceOid(r.name().schema());
            if (namespace == null) {
                if (!d.ifExists()) throw PgException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist",
                        r.name().schema());
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "schema \"" + r.name().schema() + "\" does not exist, skipping");
                continue;
            }
            List<Long> matches = new java.util.ArrayList<>();
            for (Long oid : catalog.queryLongs("SELECT oid FROM " + PROC_TABLE + " WHERE pronamespace = ? AND proname = ?",
                    namespace, r.name().name())) {
                String arguments = catalog.queryString("SELECT arguments FROM " + PROC_TABLE + " WHERE oid = ?", oid);
                if (r.arguments() == null || RoutineArguments.types(arguments).equals(RoutineArguments.types(r.arguments()))) {
                    matches.add(oid);
                }
            }
            if (matches.isEmpty()) {
                if (!d.ifExists()) {
                    if (r.arguments() == null) {
                        throw PgException.of(SqlState.UNDEFINED_FUNCTION, "could not find a function named \"%s\"",
                                r.name().schema() == null ? r.name().name() : r.name().schema() + "." + r.name().name());
                    }
                    throw PgException.of(SqlState.UNDEFINED_FUNCTION, "function %s does not exist", shown);
                }
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "function " + shown + " does not exist, skipping");
                continue;
            }
            if (matches.size() > 1) {
                throw PgException.of("42725", "function name \"%s\" is not unique", r.name().name())
                        .withHint("Specify the argument list to select the function unambiguously.");
            }
            catalog.update("DELETE FROM " + PROC_TABLE + " WHERE oid = ?", matches.get(0));
        }
    }

    static void createTrigger(DdlContext ctx, DdlCommand.CreateTrigger t) throws SQLException {
        Catalog catalog = ctx.catalog();
        ensureTables(catalog);
        Relation table = catalog.relation(t.table());
        if (table == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", t.table());
        if (!table.isTable()) {
            throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "\"%s\" is not a table", t.table().name());
        }
        ProcRow proc = function(catalog, t.function());
        Long existing = catalog.queryLong("SELECT oid FROM " + TRIGGER_TABLE + " WHERE tgrelid = ? AND tgname = ?",
                table.oid(), t.name());
        if (existing != null && !t.orReplace()) {
            throw PgException.of(SqlState.DUPLICATE_OBJECT, "trigger \"%s\" for relation \"%s\" already exists",
                    t.name(), table.name());
        }
        if (existing != null) drop(catalog, existing);
        long oid = catalog.allocateOid();
        List<String> sql = TriggerFunctions.compile(t, proc.language(), proc.body(), table, oid);
        List<String> names = TriggerFunctions.sqliteNames(t, oid);
        catalog.update("INSERT INTO " + TRIGGER_TABLE + " (oid, tgrelid, tgname, tgfoid, timing, events, sqlite_names, "
                + "sqlite_sql) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", oid, table.oid(), t.name(), proc.oid(), t.timing(),
                String.join(",", t.events()), String.join("\0", names), String.join("\0", sql));
        for (String statement : sql) catalog.update(statement);
    }

    static void dropTrigger(DdlContext ctx, DdlCommand.DropTrigger d) throws SQLException {
        Catalog catalog = ctx.catalog();
        ensureTables(catalog);
        Relation table = catalog.relation(d.table());
        if (table == null) {
            if (d.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "relation \"" + d.table() + "\" does not exist, skipping");
                return;
            }
            throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", d.table());
        }
        Long oid = catalog.queryLong("SELECT oid FROM " + TRIGGER_TABLE + " WHERE tgrelid = ? AND tgname = ?",
                table.oid(), d.name());
        if (oid == null) {
            if (d.ifExists()) {
                ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "trigger \"" + d.name() + "\" for relation \""
                        + table.name() + "\" does not exist, skipping");
                return;
            }
            throw PgException.of(SqlState.UNDEFINED_OBJECT, "trigger \"%s\" for table \"%s\" does not exist",
                    d.name(), table.name());
        }
        drop(catalog, oid);
    }

    private static void drop(Catalog catalog, long triggerOid) throws SQLException {
        String names = catalog.queryString("SELECT sqlite_names FROM " + TRIGGER_TABLE + " WHERE oid = ?", triggerOid);
        for (String name : names.split("\0")) catalog.update("DROP TRIGGER IF EXISTS " + TriggerFunctions.quote(name));
        catalog.update("DELETE FROM " + TRIGGER_TABLE + " WHERE oid = ?", triggerOid);
    }

    private record ProcRow(long oid, String language, String body) {}

    private static ProcRow function(Catalog catalog, QualifiedName name) throws SQLException {
        String schema = name.schema() == null ? "public" : name.schema();
        Long oid = catalog.queryLong("SELECT p.oid FROM " + PROC_TABLE + " p JOIN _pg_namespace n ON n.oid = "
                + "p.pronamespace WHERE p.proname = ? AND p.arguments = '' AND n.nspname = ?", name.name(), schema);
        if (oid == null) throw PgException.of(SqlState.UNDEFINED_FUNCTION, "function %s() does not exist", name);
        return new ProcRow(oid, catalog.queryString("SELECT language FROM " + PROC_TABLE + " WHERE oid = ?", oid),
                catalog.queryString("SELECT body FROM " + PROC_TABLE + " WHERE oid = ?", oid));
    }

    /** CREATE OR REPLACE FUNCTION of a trigger function: the triggers using it are rebuilt to run the new body. */
    private static void recompileTriggers(Catalog catalog, long functionOid, DdlCommand.CreateFunction f)
            throws SQLException {
        for (Long oid : catalog.queryLongs("SELECT oid FROM " + TRIGGER_TABLE + " WHERE tgfoid = ?", functionOid)) {
            Relation table = catalog.relationByOid(catalog.queryLong(
                    "SELECT tgrelid FROM " + TRIGGER_TABLE + " WHERE oid = ?", oid));
            String name = catalog.queryString("SELECT tgname FROM " + TRIGGER_TABLE + " WHERE oid = ?", oid);
            String timing = catalog.queryString("SELECT timing FROM " + TRIGGER_TABLE + " WHERE oid = ?", oid);
            List<String> events = List.of(catalog.queryString(
                    "SELECT events FROM " + TRIGGER_TABLE + " WHERE oid = ?", oid).split(","));
            DdlCommand.CreateTrigger t = new DdlCommand.CreateTrigger(name, true, timing, events, List.of(),
                    new QualifiedName(table.schema(), table.name()), true, null, f.name(), "");
            List<String> sql = TriggerFunctions.compile(t, f.language(), f.body(), table, oid);
            for (String old : catalog.queryString("SELECT sqlite_names FROM " + TRIGGER_TABLE + " WHERE oid = ?", oid)
                    .split("\0")) {
                catalog.update("DROP TRIGGER IF EXISTS " + TriggerFunctions.quote(old));
            }
            catalog.update("UPDATE " + TRIGGER_TABLE + " SET sqlite_sql = ? WHERE oid = ?", String.join("\0", sql), oid);
            for (String statement : sql) catalog.update(statement);
        }
    }
}
