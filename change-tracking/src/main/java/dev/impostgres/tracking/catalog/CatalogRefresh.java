package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.settings.SessionSettings;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Refills the per-session pg_catalog tables that mirror the schema metadata ({@code _pg_*}) and the session
 * (settings, user), just before a statement that names one of them. Runs on the statement's connection and
 * transaction, so it sees exactly the schema the statement will see (its own uncommitted DDL included).
 */
public final class CatalogRefresh {
    private CatalogRefresh() {}

    private static final Pattern MENTIONS_CATALOG = Pattern.compile("(?i)(?<![\\w$])(pg_catalog\\s*\\.|information_schema\\s*\\.|(?:"
            + String.join("|", CatalogTables.TABLES.keySet()) + ")(?![\\w$]))");

    /** True when a translated statement reads a catalog relation. */
    public static boolean mentionsCatalog(String sql) {
        return MENTIONS_CATALOG.matcher(sql).find();
    }

    /** A unique index covers a foreign key's referenced columns when they are the same set, in any order. */
    private static final String SAME_COLUMNS = "(SELECT group_concat(value) FROM (SELECT value FROM json_each('[' || "
            + "i.indkey || ']') ORDER BY value)) = (SELECT group_concat(value) FROM (SELECT value FROM "
            + "json_each('[' || k.confkey || ']') ORDER BY value))";

    private static final String ATTLEN = "coalesce((SELECT t.typlen FROM pg_catalog.pg_type t WHERE t.oid = a.atttypid), 4)";

    private static final List<String> FILL = List.of(
            "DELETE FROM pg_catalog.pg_namespace WHERE oid NOT IN (11, 99, 13134)",
            // public belongs to pg_database_owner (6171) since Postgres 15
            "INSERT INTO pg_catalog.pg_namespace SELECT oid, nspname, CASE WHEN oid = 2200 THEN 6171 ELSE 10 END, NULL "
                    + "FROM main._pg_namespace",
            "DELETE FROM pg_catalog.pg_type WHERE oid >= 16384",
            "INSERT INTO pg_catalog.pg_type (oid, typname, typnamespace, typowner, typlen, typbyval, typtype, "
                    + "typcategory, typispreferred, typisdefined, typdelim, typrelid, typsubscript, typelem, typarray, "
                    + "typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze, typalign, "
                    + "typstorage, typnotnull, typbasetype, typtypmod, typndims, typcollation) "
                    + "SELECT oid, typname, typnamespace, 10, 4, 1, typtype, 'E', 0, 1, ',', 0, '-', 0, typarray, "
                    + "'enum_in', 'enum_out', 'enum_recv', 'enum_send', '-', '-', '-', 'i', 'p', 0, 0, -1, 0, 0 "
                    + "FROM main._pg_type WHERE typtype = 'e' "
                    // a domain: typtype 'd' and its base type's storage properties (as DefineDomain copies them)
                    + "UNION ALL SELECT d.oid, d.typname, d.typnamespace, 10, coalesce(b.typlen, -1), coalesce(b.typbyval, 0), "
                    + "'d', coalesce(b.typcategory, 'U'), 0, 1, ',', 0, '-', 0, d.typarray, 'domain_in', "
                    + "coalesce(b.typoutput, 'enum_out'), 'domain_recv', coalesce(b.typsend, 'enum_send'), '-', '-', '-', "
                    + "coalesce(b.typalign, 'i'), coalesce(b.typstorage, 'p'), d.typnotnull, d.typbasetype, d.typtypmod, 0, "
                    + "coalesce(b.typcollation, 0) FROM main._pg_type d LEFT JOIN pg_catalog.pg_type b ON b.oid = d.typbasetype "
                    + "WHERE d.typtype = 'd' "
                    + "UNION ALL SELECT typarray, '_' || typname, typnamespace, 10, -1, 0, 'b', 'A', 0, 1, ',', 0, "
                    + "'array_subscript_handler', oid, 0, 'array_in', 'array_out', 'array_recv', 'array_send', '-', "
                    + "'-', 'array_typanalyze', 'i', 'x', 0, 0, -1, 0, 0 FROM main._pg_type WHERE typarray <> 0 "
                    + "UNION ALL SELECT reltype, relname, relnamespace, 10, -1, 0, 'c', 'C', 0, 1, ',', oid, '-', 0, 0, "
                    + "'record_in', 'record_out', 'record_recv', 'record_send', '-', '-', '-', 'd', 'x', 0, 0, -1, 0, 0 "
                    + "FROM main._pg_class WHERE reltype <> 0",
            "DELETE FROM pg_catalog.pg_class",
            "INSERT INTO pg_catalog.pg_class SELECT c.oid, c.relname, c.relnamespace, c.reltype, 0, 10, "
                    + "CASE WHEN c.relkind IN ('r', 'm', 'p') THEN 2 WHEN c.relkind = 'i' THEN 403 ELSE 0 END, "
                    + "c.oid, 0, 0, -1, 0, 0, "
                    + "EXISTS (SELECT 1 FROM main._pg_index i WHERE i.indrelid = c.oid), 0, c.relpersistence, c.relkind, "
                    + "(SELECT count(*) FROM main._pg_attribute a WHERE a.attrelid = c.oid), "
                    + "(SELECT count(*) FROM main._pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'c'), "
                    // relhastriggers: a foreign key has RI triggers on both its tables (psql shows FKs only then)
                    + "c.relkind = 'v', EXISTS (SELECT 1 FROM main._pg_constraint f WHERE f.contype = 'f' AND "
                    + "(f.conrelid = c.oid OR f.confrelid = c.oid)), 0, 0, 0, 1, c.relreplident, 0, 0, "
                    + "CASE WHEN c.relkind IN ('r', 'm') THEN 730 ELSE 0 END, CASE WHEN c.relkind IN ('r', 'm') "
                    + "THEN 1 ELSE 0 END, NULL, NULL, NULL FROM main._pg_class c",
            "DELETE FROM pg_catalog.pg_attribute",
            "INSERT INTO pg_catalog.pg_attribute SELECT a.attrelid, a.attname, "
                    + "CASE WHEN a.attdomain <> 0 THEN a.attdomain ELSE a.atttypid END, " + ATTLEN + ", a.attnum, "
                    + "-1, CASE WHEN a.attdomain <> 0 THEN -1 ELSE a.atttypmod END, CASE WHEN a.type_name LIKE '%]' THEN 1 ELSE 0 END, " + ATTLEN + " IN (1, 2, 4, 8), "
                    + "coalesce((SELECT t.typalign FROM pg_catalog.pg_type t WHERE t.oid = a.atttypid), 'i'), "
                    + "coalesce((SELECT t.typstorage FROM pg_catalog.pg_type t WHERE t.oid = a.atttypid), 'x'), '', a.attnotnull, a.default_expr IS NOT NULL, 0, a.attidentity, a.attgenerated, 0, 1, "
                    + "0, 0, NULL, NULL, NULL, NULL FROM main._pg_attribute a",
            "DELETE FROM pg_catalog.pg_attrdef",
            "INSERT INTO pg_catalog.pg_attrdef SELECT a.attrelid * 1000 + a.attnum, a.attrelid, a.attnum, "
                    + "_pg_default_deparse(a.default_expr, format_type(a.atttypid, -1)) FROM main._pg_attribute a "
                    + "WHERE a.default_expr IS NOT NULL",
            "DELETE FROM pg_catalog.pg_index",
            "INSERT INTO pg_catalog.pg_index SELECT i.indexrelid, i.indrelid, "
                    + "length(i.indkey) - length(replace(i.indkey, ',', '')) + 1, "
                    + "length(i.indkey) - length(replace(i.indkey, ',', '')) + 1, i.indisunique, 0, i.indisprimary, 0, "
                    + "1, 0, 1, 0, 1, 1, 0, replace(i.indkey, ',', ' '), NULL, NULL, "
                    + "_pg_indoption(i.definition, length(i.indkey) - length(replace(i.indkey, ',', '')) + 1), NULL, NULL "
                    + "FROM main._pg_index i",
            "DELETE FROM pg_catalog.pg_constraint",
            "INSERT INTO pg_catalog.pg_constraint SELECT k.oid, k.conname, c.relnamespace, k.contype, k.condeferrable, "
                    + "k.condeferred, 1, "
                    + "k.conrelid, 0, CASE WHEN k.contype = 'f' AND k.conindid = 0 THEN coalesce((SELECT i.indexrelid "
                    + "FROM main._pg_index i WHERE i.indrelid = k.confrelid AND i.indisunique AND " + SAME_COLUMNS + " "
                    + "LIMIT 1), 0) ELSE k.conindid END, 0, k.confrelid, "
                    + "CASE WHEN k.contype = 'f' THEN k.confupdtype ELSE ' ' END, "
                    + "CASE WHEN k.contype = 'f' THEN k.confdeltype ELSE ' ' END, "
                    + "CASE WHEN k.contype = 'f' THEN 's' ELSE ' ' END, 1, 0, 0, "
                    + "CASE WHEN k.conkey = '' THEN NULL ELSE '{' || k.conkey || '}' END, "
                    + "CASE WHEN k.confkey = '' THEN NULL ELSE '{' || k.confkey || '}' END, "
                    + "NULL, NULL, NULL, NULL, NULL, k.check_expr "
                    + "FROM main._pg_constraint k JOIN main._pg_class c ON c.oid = k.conrelid",
            // a domain's CHECK constraints: contypid, no relation
            "INSERT INTO pg_catalog.pg_constraint SELECT k.oid, k.conname, t.typnamespace, 'c', 0, 0, 1, 0, k.contypid, "
                    + "0, 0, 0, ' ', ' ', ' ', 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, k.check_expr "
                    + "FROM main._pg_constraint k JOIN main._pg_type t ON t.oid = k.contypid WHERE k.contypid <> 0",
            "DELETE FROM pg_catalog.pg_description",
            "INSERT INTO pg_catalog.pg_description SELECT * FROM main._pg_description",
            "DELETE FROM pg_catalog.pg_sequence",
            "INSERT INTO pg_catalog.pg_sequence SELECT seqrelid, seqtypid, seqstart, seqincrement, seqmax, seqmin, "
                    + "seqcache, seqcycle FROM main._pg_sequence",
            "DELETE FROM pg_catalog.pg_sequences",
            "INSERT INTO pg_catalog.pg_sequences SELECT n.nspname, c.relname, ?1, format_type(s.seqtypid, NULL), "
                    + "s.seqstart, s.seqmin, s.seqmax, s.seqincrement, s.seqcycle, s.seqcache, "
                    + "CASE WHEN s.is_called THEN s.last_value END FROM main._pg_sequence s "
                    + "JOIN main._pg_class c ON c.oid = s.seqrelid JOIN main._pg_namespace n ON n.oid = c.relnamespace",
            "DELETE FROM pg_catalog.pg_tables",
            "INSERT INTO pg_catalog.pg_tables SELECT n.nspname, c.relname, ?1, NULL, "
                    + "EXISTS (SELECT 1 FROM main._pg_index i WHERE i.indrelid = c.oid), 0, 0, 0 FROM main._pg_class c "
                    + "JOIN main._pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')",
            "DELETE FROM pg_catalog.pg_views",
            "INSERT INTO pg_catalog.pg_views SELECT n.nspname, c.relname, ?1, (SELECT m.value FROM main._pg_meta m "
                    + "WHERE m.key = 'viewdef:' || c.oid) FROM main._pg_class c "
                    + "JOIN main._pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'v'",
            // Views created before the DDL runner records them live only in SQLite's schema.
            "INSERT INTO pg_catalog.pg_views SELECT CASE WHEN instr(name, '.') > 0 THEN substr(name, 1, "
                    + "instr(name, '.') - 1) ELSE 'public' END, CASE WHEN instr(name, '.') > 0 THEN "
                    + "substr(name, instr(name, '.') + 1) ELSE name END, ?1, NULL FROM main.sqlite_schema "
                    + "WHERE type = 'view' AND name NOT IN (SELECT sqlite_name FROM main._pg_class)",
            "DELETE FROM pg_catalog.pg_indexes",
            "INSERT INTO pg_catalog.pg_indexes SELECT n.nspname, t.relname, c.relname, NULL, pg_get_indexdef(i.indexrelid) "
                    + "FROM main._pg_index i JOIN main._pg_class c ON c.oid = i.indexrelid "
                    + "JOIN main._pg_class t ON t.oid = i.indrelid JOIN main._pg_namespace n ON n.oid = t.relnamespace",
            "DELETE FROM pg_catalog.pg_publication",
            "INSERT INTO pg_catalog.pg_publication SELECT oid, pubname, 10, puballtables, pubinsert, pubupdate, "
                    + "pubdelete, pubtruncate, pubviaroot FROM main._pg_publication",
            "DELETE FROM pg_catalog.pg_publication_rel",
            "INSERT INTO pg_catalog.pg_publication_rel SELECT oid, prpubid, prrelid, NULL, NULL "
                    + "FROM main._pg_publication_rel",
            // The view as Postgres 15+ defines it: every published table (FOR ALL TABLES: every user table; FOR
            // TABLES IN SCHEMA: that schema's tables) with its columns in attnum order.
            "DELETE FROM pg_catalog.pg_publication_tables",
            "INSERT INTO pg_catalog.pg_publication_tables SELECT p.pubname, n.nspname, c.relname, "
                    + "'{' || (SELECT group_concat(CASE WHEN a.attname GLOB '*[{}, \"\\]*' OR a.attname = '' OR upper(a.attname) = 'NULL' "
                    + "THEN '\"' || replace(replace(a.attname, '\\', '\\\\'), '\"', '\\\"') || '\"' ELSE a.attname END, ',') "
                    + "FROM (SELECT attname FROM main._pg_attribute WHERE attrelid = c.oid AND attnum > 0 "
                    + "ORDER BY attnum) a) || '}', NULL "
                    + "FROM main._pg_publication p JOIN main._pg_class c ON c.relkind IN ('r', 'p') "
                    + "JOIN main._pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE (p.puballtables AND n.nspname NOT IN ('pg_catalog', 'information_schema')) "
                    + "OR c.oid IN (SELECT prrelid FROM main._pg_publication_rel WHERE prpubid = p.oid) "
                    + "OR c.relnamespace IN (SELECT pnnspid FROM main._pg_publication_namespace WHERE pnpubid = p.oid) "
                    + "ORDER BY p.oid, c.oid",
            "DELETE FROM pg_catalog.pg_publication_namespace",
            "INSERT INTO pg_catalog.pg_publication_namespace SELECT oid, pnpubid, pnnspid "
                    + "FROM main._pg_publication_namespace",
            "DELETE FROM pg_catalog.pg_authid",
            "INSERT INTO pg_catalog.pg_authid VALUES (10, ?1, 1, 1, 1, 1, 1, 1, 1, -1, NULL, NULL), "
                    + "(6171, 'pg_database_owner', 0, 1, 0, 0, 0, 0, 0, -1, NULL, NULL)",
            "DELETE FROM pg_catalog.pg_roles",
            "INSERT INTO pg_catalog.pg_roles VALUES (?1, 1, 1, 1, 1, 1, 1, -1, '********', NULL, 1, NULL, 10), "
                    + "('pg_database_owner', 0, 1, 0, 0, 0, 0, -1, '********', NULL, 0, NULL, 6171)",
            "DELETE FROM pg_catalog.pg_user",
            "INSERT INTO pg_catalog.pg_user VALUES (?1, 10, 1, 1, 1, 1, '********', NULL, NULL)",
            "DELETE FROM pg_catalog.pg_database",
            // initdb revokes PUBLIC's TEMPORARY on the templates and keeps only CONNECT: =c/owner, owner=CTc/owner
            "INSERT INTO pg_catalog.pg_database VALUES (1, 'template1', 10, 6, 'c', 1, 1, 0, -1, 730, 1, 1663, "
                    + "'C.UTF-8', 'C.UTF-8', NULL, NULL, NULL, '{=c/' || ?1 || ',' || ?1 || '=CTc/' || ?1 || '}'), "
                    + "(4, 'template0', 10, 6, 'c', 1, 0, 0, -1, 730, 1, 1663, 'C.UTF-8', 'C.UTF-8', NULL, NULL, NULL, "
                    + "'{=c/' || ?1 || ',' || ?1 || '=CTc/' || ?1 || '}')");

    private static final String INSERT_DATABASE = "INSERT INTO pg_catalog.pg_database VALUES (?, ?, 10, 6, 'c', 0, 1, "
            + "0, -1, 730, 1, 1663, 'C.UTF-8', 'C.UTF-8', NULL, NULL, NULL, NULL)";

    /** Refills the mirrored catalogs for the statement about to run. */
    public static void refresh(Connection connection, SessionInfo session) throws SQLException {
        boolean queryOnly = queryOnly(connection);
        try (Statement st = connection.createStatement()) {
            if (queryOnly) st.execute("PRAGMA query_only = OFF"); // a read-only transaction may still read pg_class
            try {
                for (String sql : FILL) {
                    try (PreparedStatement ps = connection.prepareStatement(sql)) {
                        int count = ps.getParameterMetaData().getParameterCount();
                        if (count >= 1) ps.setString(1, session.user());
                        if (count >= 2) ps.setString(2, session.databaseName());
                        ps.executeUpdate();
                    }
                }
                fillDatabases(connection, session);
                fillEnums(connection);
                fillSettings(connection, session.settings());
                fillReplicationSlots(connection, session.slots());
                Activity.fill(connection, session);
                InformationSchema.refresh(connection, session);
            } finally {
                if (queryOnly) st.execute("PRAGMA query_only = ON");
            }
        }
    }

    /** Every database of the server (psql's \l lists them all), the session's own one included. */
    private static void fillDatabases(Connection connection, SessionInfo session) throws SQLException {
        Set<String> names = new TreeSet<>(session.databases());
        names.add(session.databaseName());
        names.removeAll(List.of("template0", "template1"));
        try (PreparedStatement ps = connection.prepareStatement(INSERT_DATABASE)) {
            for (String name : names) {
                ps.setLong(1, databaseOid(name));
                ps.setString(2, name);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * postgres has initdb's OID 5; any other database an OID in the user range derived from its name, so it is the
     * same after a restart and for every session (Postgres numbers them in creation order, which SQLite files do not
     * record).
     */
    static long databaseOid(String name) {
        if (name.equals("postgres")) {
            return 5;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return 16384 + crc.getValue() % (Integer.MAX_VALUE - 16384L);
    }

    private static final String SERVER_SETTINGS = String.join(", ",
            "('max_index_keys', '32', NULL, 'internal', 'integer')",
            "('max_identifier_length', '63', NULL, 'internal', 'integer')",
            "('max_function_args', '100', NULL, 'internal', 'integer')",
            "('block_size', '8192', NULL, 'internal', 'integer')",
            "('data_checksums', 'off', NULL, 'internal', 'bool')",
            "('wal_sender_timeout', '60000', 'ms', 'user', 'integer')",
            "('wal_receiver_timeout', '60000', 'ms', 'sighup', 'integer')",
            "('checkpoint_timeout', '300', 's', 'sighup', 'integer')",
            "('max_locks_per_transaction', '64', NULL, 'postmaster', 'integer')",
            "('max_prepared_transactions', '0', NULL, 'postmaster', 'integer')",
            "('superuser_reserved_connections', '3', NULL, 'postmaster', 'integer')",
            "('ssl', 'off', NULL, 'sighup', 'bool')",
            "('fsync', 'on', NULL, 'sighup', 'bool')",
            "('track_commit_timestamp', 'off', NULL, 'postmaster', 'bool')",
            "('logical_decoding_work_mem', '65536', 'kB', 'user', 'integer')",
            "('maintenance_work_mem', '65536', 'kB', 'user', 'integer')",
            "('max_slot_wal_keep_size', '-1', 'MB', 'sighup', 'integer')",
            "('wal_keep_size', '0', 'MB', 'sighup', 'integer')",
            "('shared_buffers', '16384', '8kB', 'postmaster', 'integer')",
            "('effective_cache_size', '524288', '8kB', 'user', 'integer')",
            "('hot_standby', 'on', NULL, 'postmaster', 'bool')",
            "('password_encryption', 'scram-sha-256', NULL, 'user', 'enum')",
            "('max_worker_processes', '8', NULL, 'postmaster', 'integer')",
            "('max_parallel_workers', '8', NULL, 'user', 'integer')",
            "('shared_preload_libraries', '', NULL, 'postmaster', 'string')");

    private static boolean queryOnly(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA query_only")) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    private static void fillEnums(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO pg_catalog.pg_enum VALUES (?, ?, ?, ?)")) {
            st.execute("DELETE FROM pg_catalog.pg_enum");
            try (ResultSet rs = st.executeQuery("SELECT oid, labels FROM main._pg_type WHERE typtype = 'e'")) {
                while (rs.next()) {
                    long type = rs.getLong(1);
                    String labels = rs.getString(2);
                    if (labels == null || labels.isEmpty()) continue;
                    String[] each = labels.split("\u0000", -1);
                    for (int i = 0; i < each.length; i++) {
                        insert.setLong(1, type * 1000 + i + 1); // not a real OID counter value; never compared
                        insert.setLong(2, type);
                        insert.setDouble(3, i + 1);
                        insert.setString(4, each[i]);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static void fillReplicationSlots(Connection connection, ReplicationSlotSource source) throws SQLException {
        try (Statement st = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO pg_catalog.pg_replication_slots "
                     + "VALUES (?, ?, 'logical', (SELECT oid FROM pg_catalog.pg_database WHERE datname = ?3), ?3, ?, ?, "
                     + "?, NULL, NULL, ?, ?, 'reserved', NULL, 0, NULL, 0, NULL, 0, 0)")) {
            st.execute("DELETE FROM pg_catalog.pg_replication_slots");
            for (ReplicationSlotSource.Slot slot : source.slots()) {
                insert.setString(1, slot.name());
                insert.setString(2, slot.plugin());
                insert.setString(3, slot.database());
                insert.setInt(4, slot.temporary() ? 1 : 0);
                insert.setInt(5, slot.activePid() != 0 ? 1 : 0);
                if (slot.activePid() != 0) insert.setInt(6, slot.activePid()); else insert.setNull(6, java.sql.Types.INTEGER);
                insert.setString(7, slot.restartLsn());
                insert.setString(8, slot.confirmedFlushLsn());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void fillSettings(Connection connection, SessionSettings settings) throws SQLException {
        try (Statement st = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO pg_catalog.pg_settings (name, "
                     + "setting, short_desc, context, vartype, source, boot_val, reset_val, pending_restart) "
                     + "VALUES (?, ?, ?, 'user', 'string', 'default', ?, ?, 0)")) {
            st.execute("DELETE FROM pg_catalog.pg_settings");
            for (SessionSettings.Setting setting : settings.showAll()) {
                insert.setString(1, setting.name());
                insert.setString(2, setting.setting());
                insert.setString(3, setting.description());
                insert.setString(4, setting.setting());
                insert.setString(5, setting.setting());
                insert.addBatch();
            }
            insert.executeBatch();
            // Server-wide parameters (compile-time constants, postmaster and sighup settings) that SET never
            // touches, with Postgres 17's defaults, units, contexts and types.
            st.execute("INSERT INTO pg_catalog.pg_settings (name, setting, unit, context, vartype, source, boot_val, "
                    + "reset_val, pending_restart) SELECT v.column1, v.column2, v.column3, v.column4, v.column5, "
                    + "'default', v.column2, v.column2, 0 FROM (VALUES " + SERVER_SETTINGS + ") v "
                    + "WHERE v.column1 NOT IN (SELECT name FROM pg_catalog.pg_settings)");
        }
    }
}
