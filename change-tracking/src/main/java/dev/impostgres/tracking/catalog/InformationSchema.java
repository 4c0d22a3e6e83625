package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The information_schema views clients read (schemata, tables, columns, table_constraints, key_column_usage,
 * referential_constraints, views, sequences), as tables of a second in-memory database attached as
 * {@code information_schema} and refilled with the pg_catalog mirror. Rows follow the SQL-standard definitions in
 * Postgres 17's information_schema.sql for the user's relations. The standard's domains (sql_identifier,
 * character_data, cardinal_number, yes_or_no) are declared as their base types (name, varchar, int4, varchar),
 * which is what Postgres's RowDescription reports for a domain-typed column too.
 */
final class InformationSchema {
    private InformationSchema() {}

    static final String SCHEMA = "information_schema";
    private static final String ID = "name";
    private static final String CHAR = "varchar";
    private static final String NUM = "int4";
    private static final String YN = "varchar";

    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("schemata", cols("catalog_name " + ID, "schema_name " + ID, "schema_owner " + ID,
                "default_character_set_catalog " + ID, "default_character_set_schema " + ID,
                "default_character_set_name " + ID, "sql_path " + CHAR));
        TABLES.put("tables", cols("table_catalog " + ID, "table_schema " + ID, "table_name " + ID,
                "table_type " + CHAR, "self_referencing_column_name " + ID, "reference_generation " + CHAR,
                "user_defined_type_catalog " + ID, "user_defined_type_schema " + ID, "user_defined_type_name " + ID,
                "is_insertable_into " + YN, "is_typed " + YN, "commit_action " + CHAR));
        TABLES.put("columns", cols("table_catalog " + ID, "table_schema " + ID, "table_name " + ID,
                "column_name " + ID, "ordinal_position " + NUM, "column_default " + CHAR, "is_nullable " + YN,
                "data_type " + CHAR, "character_maximum_length " + NUM, "character_octet_length " + NUM,
                "numeric_precision " + NUM, "numeric_precision_radix " + NUM, "numeric_scale " + NUM,
                "datetime_precision " + NUM, "interval_type " + CHAR, "interval_precision " + NUM,
                "character_set_catalog " + ID, "character_set_schema " + ID, "character_set_name " + ID,
                "collation_catalog " + ID, "collation_schema " + ID, "collation_name " + ID, "domain_catalog " + ID,
                "domain_schema " + ID, "domain_name " + ID, "udt_catalog " + ID, "udt_schema " + ID, "udt_name " + ID,
                "scope_catalog " + ID, "scope_schema " + ID, "scope_name " + ID, "maximum_cardinality " + NUM,
                "dtd_identifier " + ID, "is_self_referencing " + YN, "is_identity " + YN,
                "identity_generation " + CHAR, "identity_start " + CHAR, "identity_increment " + CHAR,
                "identity_maximum " + CHAR, "identity_minimum " + CHAR, "identity_cycle " + YN,
                "is_generated " + CHAR, "generation_expression " + CHAR, "is_updatable " + YN));
        TABLES.put("table_constraints", cols("constraint_catalog " + ID, "constraint_schema " + ID,
                "constraint_name " + ID, "table_catalog " + ID, "table_schema " + ID, "table_name " + ID,
                "constraint_type " + CHAR, "is_deferrable " + YN, "initially_deferred " + YN, "enforced " + YN,
                "nulls_distinct " + YN));
        TABLES.put("key_column_usage", cols("constraint_catalog " + ID, "constraint_schema " + ID,
                "constraint_name " + ID, "table_catalog " + ID, "table_schema " + ID, "table_name " + ID,
                "column_name " + ID, "ordinal_position " + NUM, "position_in_unique_constraint " + NUM));
        TABLES.put("referential_constraints", cols("constraint_catalog " + ID, "constraint_schema " + ID,
                "constraint_name " + ID, "unique_constraint_catalog " + ID, "unique_constraint_schema " + ID,
                "unique_constraint_name " + ID, "match_option " + CHAR, "update_rule " + CHAR,
                "delete_rule " + CHAR));
        TABLES.put("views", cols("table_catalog " + ID, "table_schema " + ID, "table_name " + ID,
                "view_definition " + CHAR, "check_option " + CHAR, "is_updatable " + YN, "is_insertable_into " + YN,
                "is_trigger_updatable " + YN, "is_trigger_deletable " + YN, "is_trigger_insertable_into " + YN));
        TABLES.put("sequences", cols("sequence_catalog " + ID, "sequence_schema " + ID, "sequence_name " + ID,
                "data_type " + CHAR, "numeric_precision " + NUM, "numeric_precision_radix " + NUM,
                "numeric_scale " + NUM, "start_value " + CHAR, "minimum_value " + CHAR, "maximum_value " + CHAR,
                "increment " + CHAR, "cycle_option " + YN));
    }

    private static String cols(String... columns) {
        return String.join(", ", columns);
    }

    static void attach(Statement st) throws SQLException {
        st.execute("ATTACH DATABASE ':memory:' AS " + SCHEMA);
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            st.execute("CREATE TABLE " + SCHEMA + "." + table.getKey() + " (" + table.getValue() + ")");
        }
    }

    private static final String USER_RELS = "pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
            + "ON n.oid = c.relnamespace";

    /** The relation (c) with oid {@code oid} and its schema (n), as joins. */
    private static String rel(String oid) {
        return "pg_catalog.pg_class c ON c.oid = " + oid + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace";
    }
    private static final String YES_NO = " WHEN 1 THEN 'YES' ELSE 'NO' END";
    private static final String RULE = "CASE %s WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN "
            + "'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END";
    /** The constraint (primary key or unique) a foreign key's referenced index belongs to. */
    private static final String REFERENCED = "(SELECT u.%s FROM pg_catalog.pg_constraint u WHERE u.conrelid = k.confrelid "
            + "AND u.conindid = k.conindid AND u.contype IN ('p', 'u') LIMIT 1)";

    /** Columns of a table with their type; numbers as information_schema._pg_numeric_precision and friends compute. */
    private static final String COLUMNS = "INSERT INTO information_schema.columns SELECT ?1, n.nspname, c.relname, "
            + "a.attname, a.attnum, CASE WHEN a.attgenerated = '' THEN d.adbin END, "
            + "CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END, "
            + "CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY' WHEN t.typnamespace <> 11 THEN 'USER-DEFINED' "
            + "WHEN a.atttypid = 1042 THEN 'character' WHEN a.atttypid = 1043 THEN 'character varying' "
            + "ELSE format_type(a.atttypid, NULL) END, "
            + "CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod >= 4 THEN a.atttypmod - 4 END, "
            + "CASE WHEN a.atttypid IN (1042, 1043) AND a.atttypmod >= 4 THEN (a.atttypmod - 4) * 4 "
            + "WHEN a.atttypid IN (25, 1042, 1043) THEN 1073741824 END, "
            + "CASE a.atttypid WHEN 21 THEN 16 WHEN 23 THEN 32 WHEN 20 THEN 64 WHEN 700 THEN 24 WHEN 701 THEN 53 "
            + "WHEN 1700 THEN CASE WHEN a.atttypmod >= 4 THEN ((a.atttypmod - 4) >> 16) & 65535 END END, "
            + "CASE WHEN a.atttypid IN (21, 23, 20, 700, 701) THEN 2 WHEN a.atttypid = 1700 THEN 10 END, "
            + "CASE WHEN a.atttypid IN (21, 23, 20) THEN 0 WHEN a.atttypid = 1700 AND a.atttypmod >= 4 "
            + "THEN (a.atttypmod - 4) & 65535 END, "
            + "CASE WHEN a.atttypid = 1082 THEN 0 WHEN a.atttypid IN (1083, 1114, 1184, 1266, 1186) "
            + "THEN CASE WHEN a.atttypmod < 0 THEN 6 ELSE a.atttypmod END END, "
            + "NULL, CASE WHEN a.atttypid = 1186 THEN 6 END, NULL, NULL, NULL, NULL, NULL, NULL, "
            + "CASE WHEN a.attdomain IS NOT NULL THEN ?1 END, (SELECT dn.nspname FROM pg_catalog.pg_type dt2 JOIN "
            + "pg_catalog.pg_namespace dn ON dn.oid = dt2.typnamespace WHERE dt2.oid = a.attdomain), "
            + "(SELECT dt3.typname FROM pg_catalog.pg_type dt3 WHERE dt3.oid = a.attdomain), "
            + "?1, (SELECT tn.nspname FROM pg_catalog.pg_namespace tn WHERE tn.oid = t.typnamespace), t.typname, "
            + "NULL, NULL, NULL, NULL, a.attnum, 'NO', CASE WHEN a.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END, "
            + "CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END, "
            + "CASE WHEN a.attidentity IN ('a', 'd') THEN CAST(s.seqstart AS TEXT) END, "
            + "CASE WHEN a.attidentity IN ('a', 'd') THEN CAST(s.seqincrement AS TEXT) END, "
            + "CASE WHEN a.attidentity IN ('a', 'd') THEN CAST(s.seqmax AS TEXT) END, "
            + "CASE WHEN a.attidentity IN ('a', 'd') THEN CAST(s.seqmin AS TEXT) END, "
            + "CASE WHEN a.attidentity IN ('a', 'd') THEN CASE s.seqcycle" + YES_NO + " ELSE 'NO' END, "
            + "CASE WHEN a.attgenerated = 's' THEN 'ALWAYS' ELSE 'NEVER' END, "
            + "CASE WHEN a.attgenerated = 's' THEN d.adbin END, CASE WHEN c.relkind IN ('r', 'p') THEN 'YES' ELSE 'NO' END "
            // a column of a domain is described by the domain's base type, the domain in domain_*
            + "FROM (SELECT a0.attrelid, a0.attname, a0.attnum, a0.attnotnull, a0.attgenerated, a0.attidentity, "
            + "a0.attisdropped, CASE WHEN dt.typtype = 'd' THEN dt.typbasetype ELSE a0.atttypid END AS atttypid, "
            + "CASE WHEN dt.typtype = 'd' THEN dt.typtypmod ELSE a0.atttypmod END AS atttypmod, "
            + "CASE WHEN dt.typtype = 'd' THEN dt.oid END AS attdomain FROM pg_catalog.pg_attribute a0 "
            + "LEFT JOIN pg_catalog.pg_type dt ON dt.oid = a0.atttypid) a JOIN " + rel("a.attrelid") + " "
            + "LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
            + "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            + "LEFT JOIN main._pg_sequence s ON s.owner_relid = a.attrelid AND s.owner_attnum = a.attnum "
            + "WHERE c.relkind IN ('r', 'v', 'f', 'p') AND a.attnum > 0 AND NOT a.attisdropped";

    private static final List<String> FILL = List.of(
            "INSERT INTO information_schema.schemata SELECT ?1, nspname, CASE WHEN nspname = 'public' "
                    + "THEN 'pg_database_owner' ELSE ?2 END, NULL, NULL, NULL, NULL FROM pg_catalog.pg_namespace",
            "INSERT INTO information_schema.tables SELECT ?1, n.nspname, c.relname, CASE WHEN c.relpersistence = 't' "
                    + "THEN 'LOCAL TEMPORARY' WHEN c.relkind IN ('r', 'p') THEN 'BASE TABLE' WHEN c.relkind = 'v' "
                    + "THEN 'VIEW' ELSE 'FOREIGN' END, NULL, NULL, NULL, NULL, NULL, "
                    + "CASE WHEN c.relkind IN ('r', 'p') THEN 'YES' ELSE 'NO' END, 'NO', "
                    + "CASE WHEN c.relpersistence = 't' THEN 'PRESERVE' END FROM " + USER_RELS
                    + " WHERE c.relkind IN ('r', 'v', 'f', 'p')",
            COLUMNS,
            "INSERT INTO information_schema.table_constraints SELECT ?1, n.nspname, k.conname, ?1, n.nspname, "
                    + "c.relname, CASE k.contype WHEN 'c' THEN 'CHECK' WHEN 'f' THEN 'FOREIGN KEY' WHEN 'p' "
                    + "THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' END, CASE k.condeferrable" + YES_NO + ", "
                    + "CASE k.condeferred" + YES_NO + ", 'YES', CASE WHEN k.contype = 'u' THEN 'YES' END "
                    + "FROM pg_catalog.pg_constraint k JOIN " + rel("k.conrelid") + " "
                    + "WHERE k.contype IN ('c', 'f', 'p', 'u') AND c.relkind IN ('r', 'p')",
            // NOT NULL constraints show as CHECK constraints named nspoid_reloid_attnum_not_null (Postgres < 18).
            "INSERT INTO information_schema.table_constraints SELECT ?1, n.nspname, n.oid || '_' || c.oid || '_' "
                    + "|| a.attnum || '_not_null', ?1, n.nspname, c.relname, 'CHECK', 'NO', 'NO', 'YES', NULL "
                    // a column of a domain is described by the domain's base type, the domain in domain_*
            + "FROM (SELECT a0.attrelid, a0.attname, a0.attnum, a0.attnotnull, a0.attgenerated, a0.attidentity, "
            + "a0.attisdropped, CASE WHEN dt.typtype = 'd' THEN dt.typbasetype ELSE a0.atttypid END AS atttypid, "
            + "CASE WHEN dt.typtype = 'd' THEN dt.typtypmod ELSE a0.atttypmod END AS atttypmod, "
            + "CASE WHEN dt.typtype = 'd' THEN dt.oid END AS attdomain FROM pg_catalog.pg_attribute a0 "
            + "LEFT JOIN pg_catalog.pg_type dt ON dt.oid = a0.atttypid) a JOIN " + rel("a.attrelid") + " "
                    + "WHERE a.attnotnull AND a.attnum > 0 AND c.relkind IN ('r', 'p')",
            "INSERT INTO information_schema.key_column_usage SELECT ?1, n.nspname, k.conname, ?1, n.nspname, "
                    + "c.relname, a.attname, p.key + 1, CASE WHEN k.contype = 'f' THEN (SELECT q.key + 1 "
                    + "FROM main._pg_constraint u, json_each('[' || u.conkey || ']') q "
                    + "WHERE u.conrelid = k.confrelid AND u.oid = " + String.format(REFERENCED, "oid")
                    + " AND q.value = json_extract('[' || mk.confkey || ']', '$[' || p.key || ']')) END "
                    + "FROM pg_catalog.pg_constraint k JOIN main._pg_constraint mk ON mk.oid = k.oid "
                    + "JOIN " + rel("k.conrelid") + ", json_each('[' || mk.conkey || ']') p "
                    + "JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = p.value "
                    + "WHERE k.contype IN ('p', 'u', 'f') AND c.relkind IN ('r', 'p')",
            "INSERT INTO information_schema.referential_constraints SELECT ?1, n.nspname, k.conname, ?1, "
                    + "(SELECT un.nspname FROM pg_catalog.pg_class uc JOIN pg_catalog.pg_namespace un "
                    + "ON un.oid = uc.relnamespace WHERE uc.oid = k.confrelid), " + String.format(REFERENCED, "conname")
                    + ", CASE k.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' ELSE 'NONE' END, "
                    + String.format(RULE, "k.confupdtype") + ", " + String.format(RULE, "k.confdeltype")
                    + " FROM pg_catalog.pg_constraint k JOIN " + rel("k.conrelid") + " "
                    + "WHERE k.contype = 'f'",
            "INSERT INTO information_schema.views SELECT ?1, v.schemaname, v.viewname, v.definition, 'NONE', 'NO', "
                    + "'NO', 'NO', 'NO', 'NO' FROM pg_catalog.pg_views v",
            // Identity sequences are internal to their column and not listed (Postgres's deptype 'i' filter).
            "INSERT INTO information_schema.sequences SELECT ?1, n.nspname, c.relname, format_type(s.seqtypid, NULL), "
                    + "CASE s.seqtypid WHEN 21 THEN 16 WHEN 23 THEN 32 ELSE 64 END, 2, 0, CAST(s.seqstart AS TEXT), "
                    + "CAST(s.seqmin AS TEXT), CAST(s.seqmax AS TEXT), CAST(s.seqincrement AS TEXT), "
                    + "CASE s.seqcycle" + YES_NO + " FROM main._pg_sequence s JOIN " + rel("s.seqrelid") + " "
                    + "WHERE NOT EXISTS (SELECT 1 FROM main._pg_attribute ia WHERE ia.attrelid = s.owner_relid "
                    + "AND ia.attnum = s.owner_attnum AND ia.attidentity IN ('a', 'd'))");

    /** Refills every view from the pg_catalog mirror (which {@link CatalogRefresh} has just refilled). */
    static void refresh(Connection connection, SessionInfo session) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String table : TABLES.keySet()) st.execute("DELETE FROM " + SCHEMA + "." + table);
        }
        for (String sql : FILL) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int count = ps.getParameterMetaData().getParameterCount();
                if (count >= 1) ps.setString(1, session.databaseName());
                if (count >= 2) ps.setString(2, session.user());
                ps.executeUpdate();
            }
        }
    }
}
