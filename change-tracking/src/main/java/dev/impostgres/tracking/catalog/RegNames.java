package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The object-identifier types' input and output ({@code 'public.t'::regclass} → OID, OID → {@code t}), resolved
 * against the schema metadata with Postgres's name rules: unquoted parts fold to lower case, an unqualified
 * relation is looked up in the search path (public), output qualifies names that are not visible.
 */
final class RegNames {
    private RegNames() {}

    static Object regclass(Connection c, Object value) throws SQLException {
        if (value instanceof Long l) return l;
        String text = value.toString().trim();
        if (text.matches("\\d+")) return Long.parseLong(text);
        List<String> parts = nameParts(text);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : "public";
        String name = parts.get(parts.size() - 1);
        Integer catalogOid = CATALOG_OIDS.get(name);
        if (catalogOid != null && (parts.size() == 1 || schema.equals("pg_catalog"))) return (long) catalogOid;
        Object oid = CatalogFunctions.lookup(c, "SELECT c.oid FROM main._pg_class c JOIN main._pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relname = '" + name.replace("'", "''") + "'",
                schema);
        if (oid == null) throw new PgException("42P01", "relation \"" + text + "\" does not exist");
        return oid;
    }

    /** The fixed OIDs of the catalog relations (classoid values, 'pg_class'::regclass). */
    private static final java.util.Map<String, Integer> CATALOG_OIDS = java.util.Map.ofEntries(
            java.util.Map.entry("pg_class", 1259), java.util.Map.entry("pg_type", 1247),
            java.util.Map.entry("pg_attribute", 1249), java.util.Map.entry("pg_proc", 1255),
            java.util.Map.entry("pg_namespace", 2615), java.util.Map.entry("pg_constraint", 2606),
            java.util.Map.entry("pg_description", 2609), java.util.Map.entry("pg_index", 2610),
            java.util.Map.entry("pg_attrdef", 2604), java.util.Map.entry("pg_database", 1262),
            java.util.Map.entry("pg_authid", 1260), java.util.Map.entry("pg_am", 2601),
            java.util.Map.entry("pg_enum", 3501), java.util.Map.entry("pg_collation", 3456),
            java.util.Map.entry("pg_extension", 3079), java.util.Map.entry("pg_inherits", 2611),
            java.util.Map.entry("pg_sequence", 2224), java.util.Map.entry("pg_trigger", 2620),
            java.util.Map.entry("pg_depend", 2608), java.util.Map.entry("pg_rewrite", 2618),
            java.util.Map.entry("pg_tablespace", 1213), java.util.Map.entry("pg_publication", 6104),
            java.util.Map.entry("pg_policy", 3256), java.util.Map.entry("pg_partitioned_table", 3350),
            java.util.Map.entry("pg_statistic_ext", 3381), java.util.Map.entry("pg_foreign_table", 3118),
            java.util.Map.entry("pg_event_trigger", 3466));

    static String relationName(Connection c, long oid) throws SQLException {
        for (var e : CATALOG_OIDS.entrySet()) {
            if (e.getValue() == oid) return e.getKey();
        }
        Object name = CatalogFunctions.lookup(c, "SELECT relname FROM main._pg_class WHERE oid = ?", oid);
        if (name == null) return Long.toString(oid);
        Object schema = CatalogFunctions.lookup(c, "SELECT n.nspname FROM main._pg_class c JOIN main._pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE c.oid = ?", oid);
        String quoted = quoteIdent(name.toString());
        return "public".equals(schema) ? quoted : quoteIdent(String.valueOf(schema)) + "." + quoted;
    }

    static Object regtype(Connection c, Object value) throws SQLException {
        if (value instanceof Long l) return l;
        String text = value.toString().trim();
        if (text.matches("\\d+")) return Long.parseLong(text);
        PgType builtin = PgTypes.byName(text);
        if (builtin != null) return (long) builtin.oid();
        List<String> parts = nameParts(text);
        Object oid = CatalogFunctions.lookup(c, "SELECT oid FROM main._pg_type WHERE typname = ?",
                parts.get(parts.size() - 1));
        if (oid == null) throw new PgException("42704", "type \"" + text + "\" does not exist");
        return oid;
    }

    static Object regnamespace(Connection c, Object value) throws SQLException {
        if (value instanceof Long l) return l;
        String text = value.toString().trim();
        if (text.matches("\\d+")) return Long.parseLong(text);
        String name = nameParts(text).get(0);
        Object oid = CatalogFunctions.lookup(c, "SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = ?", name);
        if (oid == null) throw new PgException("42704", "schema \"" + text + "\" does not exist");
        return oid;
    }

    /** pg_get_serial_sequence('t', 'col'): the schema-qualified sequence owned by the column, or null. */
    static Object serialSequence(Connection c, String table, String column) throws SQLException {
        long relid = CatalogFunctions.integer(regclass(c, table));
        Object seq = CatalogFunctions.lookup(c, "SELECT s.seqrelid FROM main._pg_sequence s JOIN main._pg_attribute a "
                + "ON a.attrelid = s.owner_relid AND a.attnum = s.owner_attnum WHERE s.owner_relid = ? AND a.attname = '"
                + column.replace("'", "''") + "'", relid);
        if (seq == null) return null;
        Object schema = CatalogFunctions.lookup(c, "SELECT n.nspname FROM main._pg_class c JOIN main._pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE c.oid = ?", seq);
        Object name = CatalogFunctions.lookup(c, "SELECT relname FROM main._pg_class WHERE oid = ?", seq);
        return quoteIdent(String.valueOf(schema)) + "." + quoteIdent(String.valueOf(name));
    }

    /** Splits a possibly qualified, possibly quoted name; unquoted parts fold to lower case. */
    static List<String> nameParts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    current.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '.') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(Character.toLowerCase(ch));
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static String quoteIdent(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*") && !KEYWORDS.contains(name)) return name;
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("user", "table", "select", "from",
            "where", "order", "group", "check", "default", "primary", "references", "column", "constraint", "end",
            "limit", "offset", "to", "all", "and", "or", "not", "null", "true", "false", "case", "when", "then",
            "else", "as", "on", "in", "is", "into", "create", "grant", "union", "unique", "using", "with");

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
