package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * The functions client catalog queries call (format_type, pg_get_expr, pg_table_is_visible, current_setting, …)
 * as SQLite functions on the session's connection. Lookups run as nested statements on the same connection, so
 * they see the statement's own transaction. Names clients call with {@code pg_catalog.} arrive unqualified (the
 * translator drops the qualifier).
 */
public final class CatalogFunctions {
    private CatalogFunctions() {}

    static final String VERSION = "PostgreSQL 17.6 on x86_64-pc-linux-gnu, compiled by Impostgres (Java), 64-bit";

    @FunctionalInterface
    interface Body {
        Object apply(Object[] args) throws SQLException;
    }

    public static void register(Connection c, SessionInfo session) throws SQLException {
        CatalogArrays.register(c);
        IndexOptions.register(c);
        lenient(c, "format_type", 2, a -> a[0] == null ? null : formatType(c, integer(a[0]),
                a[1] == null ? -1 : (int) integer(a[1])));
        strict(c, "_pg_default_deparse", 2, a -> DefaultDeparse.of(a[0].toString(), a[1].toString()));
        strict(c, "pg_get_expr", 2, a -> a[0]);
        strict(c, "pg_get_expr", 3, a -> a[0]);
        strict(c, "pg_get_indexdef", 1, a -> IndexDef.of(c, integer(a[0]), false));
        strict(c, "pg_get_indexdef", 3, a -> IndexDef.of(c, integer(a[0]), integer(a[1]), Values.truthy(a[2])));
        strict(c, "pg_get_constraintdef", 1, a -> ConstraintDef.of(c, integer(a[0])));
        strict(c, "pg_get_constraintdef", 2, a -> ConstraintDef.of(c, integer(a[0])));
        strict(c, "pg_table_is_visible", 1, a -> visible(c, integer(a[0])));
        strict(c, "pg_type_is_visible", 1, a -> true);
        strict(c, "pg_get_userbyid", 1, a -> integer(a[0]) == 10 ? session.user()
                : integer(a[0]) == 6171 ? "pg_database_owner" : "unknown (OID=" + a[0] + ")");
        // The text deparsed at CREATE VIEW (schema.ViewDefinitions); NULL for a query it could not deparse exactly.
        strict(c, "pg_get_viewdef", 1, a -> viewDefinition(c, a[0], false));
        strict(c, "pg_get_viewdef", 2, a -> viewDefinition(c, a[0], Values.truthy(a[1])));
        // Sizes are what the relation occupies in the SQLite file (its b-tree pages), not Postgres's 8 kB pages.
        // The argument is a regclass: an OID, or a relation name that Postgres casts from the unknown literal.
        strict(c, "pg_relation_size", 1, a -> RelationSizes.table(c, regclass(c, a[0])));
        strict(c, "pg_table_size", 1, a -> RelationSizes.table(c, regclass(c, a[0])));
        strict(c, "pg_total_relation_size", 1, a -> RelationSizes.total(c, regclass(c, a[0])));
        strict(c, "pg_indexes_size", 1, a -> RelationSizes.total(c, regclass(c, a[0])) - RelationSizes.table(c, regclass(c, a[0])));
        strict(c, "pg_database_size", 1, a -> RelationSizes.database(c));
        strict(c, "pg_tablespace_location", 1, a -> "");
        strict(c, "pg_size_pretty", 1, a -> RelationSizes.pretty(integer(a[0])));
        // pg_rewrite holds no rows (views are SQLite views), so psql's \d+ of a view asks for no rule's text.
        strict(c, "pg_get_ruledef", 1, a -> null);
        strict(c, "pg_get_ruledef", 2, a -> null);
        strict(c, "pg_get_triggerdef", 1, a -> null);
        strict(c, "pg_get_triggerdef", 2, a -> null);
        strict(c, "pg_get_partkeydef", 1, a -> null);
        strict(c, "pg_get_statisticsobjdef_columns", 1, a -> null);
        strict(c, "pg_get_function_result", 1, a -> proc(a[0]) == null ? null : proc(a[0]).result());
        strict(c, "pg_get_function_arguments", 1, a -> proc(a[0]) == null ? null : proc(a[0]).arguments());
        strict(c, "pg_relation_is_publishable", 1, a -> true);
        // A set-returning function; with nothing partitioned its one row is the relation itself.
        strict(c, "pg_partition_ancestors", 1, a -> RegNames.regclass(c, a[0]));
        strict(c, "pg_get_function_identity_arguments", 1, a -> proc(a[0]) == null ? "" : proc(a[0]).arguments());
        strict(c, "pg_function_is_visible", 1, a -> true);
        strict(c, "pg_get_serial_sequence", 2, a -> RegNames.serialSequence(c, a[0].toString(), a[1].toString()));
        strict(c, "obj_description", 1, a -> lookup(c, "SELECT description FROM main._pg_description "
                + "WHERE objoid = ? AND objsubid = 0", a[0]));
        strict(c, "obj_description", 2, a -> lookup(c, "SELECT description FROM main._pg_description "
                + "WHERE objoid = ? AND objsubid = 0", a[0]));
        strict(c, "col_description", 2, a -> lookup(c, "SELECT description FROM main._pg_description "
                + "WHERE objoid = ? AND objsubid = " + integer(a[1]), a[0]));
        strict(c, "shobj_description", 2, a -> null);
        strict(c, "pg_encoding_to_char", 1, a -> integer(a[0]) == 6 ? "UTF8" : integer(a[0]) == 0 ? "SQL_ASCII" : "");
        for (String p : new String[] {"has_table_privilege", "has_schema_privilege", "has_database_privilege",
                "has_column_privilege", "has_sequence_privilege", "has_function_privilege", "has_type_privilege"}) {
            lenient(c, p, 2, a -> true);
            lenient(c, p, 3, a -> true);
            lenient(c, p, 4, a -> true);
        }
        strict(c, "pg_has_role", 2, a -> true);
        strict(c, "pg_has_role", 3, a -> true);
        lenient(c, "current_schema", 0, a -> "public");
        strict(c, "current_schemas", 1, a -> Values.truthy(a[0]) ? "{pg_catalog,public}" : "{public}");
        lenient(c, "current_database", 0, a -> session.databaseName());
        lenient(c, "pg_current_catalog", 0, a -> session.databaseName());
        lenient(c, "pg_current_user", 0, a -> session.user());
        lenient(c, "pg_session_user", 0, a -> session.user());
        lenient(c, "version", 0, a -> VERSION);
        strict(c, "current_setting", 1, a -> session.settings().show(a[0].toString()));
        strict(c, "current_setting", 2, a -> {
            try {
                return session.settings().show(a[0].toString());
            } catch (RuntimeException unknown) {
                if (Values.truthy(a[1])) return null;
                throw unknown;
            }
        });
        lenient(c, "set_config", 3, a -> {
            session.settings().set(a[0].toString(), a[1] == null ? null : a[1].toString(), Values.truthy(a[2]));
            return session.settings().show(a[0].toString());
        });
        lenient(c, "pg_backend_pid", 0, a -> (long) session.backendPid());
        lenient(c, "pg_is_in_recovery", 0, a -> false);
        lenient(c, "pg_postmaster_start_time", 0, a -> null);
        lenient(c, "inet_server_port", 0, a -> null);
        lenient(c, "txid_current", 0, a -> lookup(c, "SELECT value FROM main._pg_meta WHERE key = 'next_oid'", null));
        lenient(c, "pg_current_xact_id", 0, a -> lookup(c, "SELECT value FROM main._pg_meta WHERE key = 'next_oid'", null));
        strict(c, "_pg_regclass", 1, a -> RegNames.regclass(c, a[0]));
        strict(c, "_pg_regclass_out", 1, a -> RegNames.relationName(c, integer(a[0])));
        strict(c, "_pg_regtype", 1, a -> RegNames.regtype(c, a[0]));
        strict(c, "_pg_regtype_out", 1, a -> formatType(c, integer(a[0]), -1));
        strict(c, "_pg_regnamespace", 1, a -> RegNames.regnamespace(c, a[0]));
        strict(c, "_pg_regnamespace_out", 1, a -> lookup(c, "SELECT nspname FROM pg_catalog.pg_namespace WHERE oid = ?", a[0]));
    }

    private static ProcCatalog.Proc proc(Object oid) {
        return ProcCatalog.byOid(integer(oid));
    }

    static String formatType(Connection c, long oid, int typmod) throws SQLException {
        PgType type = PgTypes.byOid((int) oid);
        if (type != null) return PgTypes.formatType(type, typmod);
        Object name = lookup(c, "SELECT typname FROM main._pg_type WHERE oid = ? UNION ALL "
                + "SELECT typname || '[]' FROM main._pg_type WHERE typarray = ?1 UNION ALL "
                + "SELECT relname FROM main._pg_class WHERE reltype = ?1", oid);
        return name == null ? "???" : name.toString();
    }

    private static boolean visible(Connection c, long oid) throws SQLException {
        Object ns = lookup(c, "SELECT relnamespace FROM main._pg_class WHERE oid = ?", oid);
        return ns == null || integer(ns) == 2200;
    }

    static Object lookup(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    private static Object viewDefinition(Connection c, Object view, boolean pretty) throws SQLException {
        long oid = regclass(c, view);
        String key = (pretty ? dev.impostgres.tracking.schema.ViewDefinitions.PRETTY_KEY
                : dev.impostgres.tracking.schema.ViewDefinitions.KEY) + oid;
        return lookup(c, "SELECT value FROM main._pg_meta WHERE key = ?", key);
    }

    private static long regclass(Connection c, Object value) throws SQLException {
        return integer(RegNames.regclass(c, value));
    }

    static long integer(Object value) {
        if (value instanceof Number n) return n.longValue();
        return Long.parseLong(value.toString().trim());
    }

    private static void strict(Connection c, String name, int nArgs, Body body) throws SQLException {
        Function.create(c, name, new Scalar(true, body), nArgs, 0);
    }

    private static void lenient(Connection c, String name, int nArgs, Body body) throws SQLException {
        Function.create(c, name, new Scalar(false, body), nArgs, 0);
    }

    private static final class Scalar extends Function {
        private final boolean strict;
        private final Body body;

        Scalar(boolean strict, Body body) {
            this.strict = strict;
            this.body = body;
        }

        @Override
        protected void xFunc() throws SQLException {
            Object[] a = new Object[args()];
            for (int i = 0; i < a.length; i++) {
                a[i] = switch (value_type(i)) {
                    case 1 -> value_long(i);
                    case 2 -> value_double(i);
                    case 3 -> value_text(i);
                    case 4 -> value_blob(i);
                    default -> null;
                };
                if (strict && a[i] == null) {
                    result();
                    return;
                }
            }
            Object value;
            try {
                value = body.apply(a);
            } catch (dev.impostgres.translator.error.PgException e) {
                error("pgerror:" + e.sqlState() + ":" + e.getMessage());
                return;
            }
            if (value == null) result();
            else if (value instanceof Long l) result(l);
            else if (value instanceof Integer i) result((long) i);
            else if (value instanceof Double d) result(d);
            else if (value instanceof Boolean b) result(b ? 1L : 0L);
            else result(value.toString());
        }
    }

    /** Postgres's boolean input for function arguments arriving as 1/0 or text. */
    static final class Values {
        private Values() {}

        static boolean truthy(Object value) {
            if (value == null) return false;
            if (value instanceof Number n) return n.longValue() != 0;
            String s = value.toString().trim().toLowerCase(java.util.Locale.ROOT);
            return s.equals("t") || s.equals("true") || s.equals("on") || s.equals("1") || s.equals("yes");
        }
    }
}
