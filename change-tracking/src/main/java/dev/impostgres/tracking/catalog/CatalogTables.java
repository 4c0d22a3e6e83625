package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pg_catalog relations clients query, as tables of an in-memory database attached to each session's connection
 * under the name {@code pg_catalog}: so {@code pg_catalog.pg_class} resolves natively, an unqualified
 * {@code pg_class} falls through to it (when no user table has that name), and writing them never touches the
 * database file or its writer lock. Tables rather than views over the {@code _pg_*} metadata because the declared
 * column types ({@code oid}, {@code name}, {@code "char"}, {@code bool}) are what RowDescription reports: SQLite
 * hands a declared type back only for a column taken straight from a table. The dynamic ones are refilled from the
 * metadata before a statement that mentions them ({@link CatalogRefresh}).
 */
public final class CatalogTables {
    private CatalogTables() {}

    public static final String SCHEMA = "pg_catalog";

    /** Column lists in Postgres 17's order and types (rarely used columns of the big catalogs are left out). */
    static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("pg_namespace", "oid oid, nspname name, nspowner oid, nspacl \"aclitem[]\"");
        TABLES.put("pg_class", "oid oid, relname name, relnamespace oid, reltype oid, reloftype oid, relowner oid, "
                + "relam oid, relfilenode oid, reltablespace oid, relpages int4, reltuples float4, relallvisible int4, "
                + "reltoastrelid oid, relhasindex bool, relisshared bool, relpersistence \"\"\"char\"\"\", relkind \"\"\"char\"\"\", "
                + "relnatts int2, relchecks int2, relhasrules bool, relhastriggers bool, relhassubclass bool, "
                + "relrowsecurity bool, relforcerowsecurity bool, relispopulated bool, relreplident \"\"\"char\"\"\", "
                + "relispartition bool, relrewrite oid, relfrozenxid xid, relminmxid xid, relacl \"aclitem[]\", "
                + "reloptions \"text[]\", relpartbound pg_node_tree");
        TABLES.put("pg_attribute", "attrelid oid, attname name, atttypid oid, attlen int2, attnum int2, "
                + "attcacheoff int4, atttypmod int4, attndims int2, attbyval bool, attalign \"\"\"char\"\"\", "
                + "attstorage \"\"\"char\"\"\", attcompression \"\"\"char\"\"\", attnotnull bool, atthasdef bool, atthasmissing bool, "
                + "attidentity \"\"\"char\"\"\", attgenerated \"\"\"char\"\"\", attisdropped bool, attislocal bool, attinhcount int2, "
                + "attcollation oid, attstattarget int2, attacl \"aclitem[]\", attoptions \"text[]\", "
                + "attfdwoptions \"text[]\"");
        TABLES.put("pg_type", "oid oid, typname name, typnamespace oid, typowner oid, typlen int2, typbyval bool, "
                + "typtype \"\"\"char\"\"\", typcategory \"\"\"char\"\"\", typispreferred bool, typisdefined bool, typdelim \"\"\"char\"\"\", "
                + "typrelid oid, typsubscript regproc, typelem oid, typarray oid, typinput regproc, "
                + "typoutput regproc, typreceive regproc, typsend regproc, typmodin regproc, typmodout regproc, "
                + "typanalyze regproc, typalign \"\"\"char\"\"\", typstorage \"\"\"char\"\"\", typnotnull bool, typbasetype oid, "
                + "typtypmod int4, typndims int4, typcollation oid, typdefaultbin pg_node_tree, typdefault text, "
                + "typacl \"aclitem[]\"");
        TABLES.put("pg_attrdef", "oid oid, adrelid oid, adnum int2, adbin pg_node_tree");
        TABLES.put("pg_index", "indexrelid oid, indrelid oid, indnatts int2, indnkeyatts int2, indisunique bool, "
                + "indnullsnotdistinct bool, indisprimary bool, indisexclusion bool, indimmediate bool, "
                + "indisclustered bool, indisvalid bool, indcheckxmin bool, indisready bool, indislive bool, "
                + "indisreplident bool, indkey int2vector, indcollation oidvector, indclass oidvector, "
                + "indoption int2vector, indexprs pg_node_tree, indpred pg_node_tree");
        TABLES.put("pg_constraint", "oid oid, conname name, connamespace oid, contype \"\"\"char\"\"\", condeferrable bool, "
                + "condeferred bool, convalidated bool, conrelid oid, contypid oid, conindid oid, conparentid oid, "
                + "confrelid oid, confupdtype \"\"\"char\"\"\", confdeltype \"\"\"char\"\"\", confmatchtype \"\"\"char\"\"\", "
                + "conislocal bool, coninhcount int2, connoinherit bool, conkey \"int2[]\", confkey \"int2[]\", "
                + "conpfeqop \"oid[]\", conppeqop \"oid[]\", conffeqop \"oid[]\", confdelsetcols \"int2[]\", "
                + "conexclop \"oid[]\", conbin pg_node_tree");
        TABLES.put("pg_description", "objoid oid, classoid oid, objsubid int4, description text");
        TABLES.put("pg_sequence", "seqrelid oid, seqtypid oid, seqstart int8, seqincrement int8, seqmax int8, "
                + "seqmin int8, seqcache int8, seqcycle bool");
        TABLES.put("pg_sequences", "schemaname name, sequencename name, sequenceowner name, data_type regtype, "
                + "start_value int8, min_value int8, max_value int8, increment_by int8, cycle bool, cache_size int8, "
                + "last_value int8");
        TABLES.put("pg_enum", "oid oid, enumtypid oid, enumsortorder float4, enumlabel name");
        TABLES.put("pg_database", "oid oid, datname name, datdba oid, encoding int4, datlocprovider \"\"\"char\"\"\", "
                + "datistemplate bool, datallowconn bool, dathasloginevt bool, datconnlimit int4, datfrozenxid xid, "
                + "datminmxid xid, dattablespace oid, datcollate text, datctype text, datlocale text, "
                + "daticurules text, datcollversion text, datacl \"aclitem[]\"");
        TABLES.put("pg_authid", "oid oid, rolname name, rolsuper bool, rolinherit bool, rolcreaterole bool, "
                + "rolcreatedb bool, rolcanlogin bool, rolreplication bool, rolbypassrls bool, rolconnlimit int4, "
                + "rolpassword text, rolvaliduntil timestamptz");
        TABLES.put("pg_roles", "rolname name, rolsuper bool, rolinherit bool, rolcreaterole bool, rolcreatedb bool, "
                + "rolcanlogin bool, rolreplication bool, rolconnlimit int4, rolpassword text, "
                + "rolvaliduntil timestamptz, rolbypassrls bool, rolconfig \"text[]\", oid oid");
        TABLES.put("pg_user", "usename name, usesysid oid, usecreatedb bool, usesuper bool, userepl bool, "
                + "usebypassrls bool, passwd text, valuntil timestamptz, useconfig \"text[]\"");
        TABLES.put("pg_replication_slots", "slot_name name, plugin name, slot_type text, datoid oid, database name, "
                + "temporary bool, active bool, active_pid int4, xmin xid, catalog_xmin xid, restart_lsn pg_lsn, "
                + "confirmed_flush_lsn pg_lsn, wal_status text, safe_wal_size int8, two_phase bool, "
                + "inactive_since timestamptz, conflicting bool, invalidation_reason text, failover bool, synced bool");
        TABLES.put("pg_settings", "name text, setting text, unit text, category text, short_desc text, "
                + "extra_desc text, context text, vartype text, source text, min_val text, max_val text, "
                + "enumvals \"text[]\", boot_val text, reset_val text, sourcefile text, sourceline int4, "
                + "pending_restart bool");
        TABLES.put("pg_tables", "schemaname name, tablename name, tableowner name, tablespace name, hasindexes bool, "
                + "hasrules bool, hastriggers bool, rowsecurity bool");
        TABLES.put("pg_views", "schemaname name, viewname name, viewowner name, definition text");
        TABLES.put("pg_indexes", "schemaname name, tablename name, indexname name, tablespace name, indexdef text");
        TABLES.put("pg_am", "oid oid, amname name, amhandler regproc, amtype \"\"\"char\"\"\"");
        TABLES.put("pg_collation", "oid oid, collname name, collnamespace oid, collowner oid, collprovider \"\"\"char\"\"\", "
                + "collisdeterministic bool, collencoding int4, collcollate text, collctype text, colllocale text, "
                + "collicurules text, collversion text");
        TABLES.put("pg_extension", "oid oid, extname name, extowner oid, extnamespace oid, extrelocatable bool, "
                + "extversion text, extconfig \"oid[]\", extcondition \"text[]\"");
        TABLES.put("pg_inherits", "inhrelid oid, inhparent oid, inhseqno int4, inhdetachpending bool");
        TABLES.put("pg_partitioned_table", "partrelid oid, partstrat \"\"\"char\"\"\", partnatts int2, partdefid oid, "
                + "partattrs int2vector, partclass oidvector, partcollation oidvector, partexprs pg_node_tree");
        TABLES.put("pg_proc", "oid oid, proname name, pronamespace oid, proowner oid, prolang oid, procost float4, "
                + "prorows float4, provariadic oid, prosupport regproc, prokind \"\"\"char\"\"\", prosecdef bool, "
                + "proleakproof bool, proisstrict bool, proretset bool, provolatile \"\"\"char\"\"\", proparallel \"\"\"char\"\"\", "
                + "pronargs int2, pronargdefaults int2, prorettype oid, proargtypes oidvector, "
                + "proallargtypes \"oid[]\", proargmodes \"\"\"char\"\"[]\", proargnames \"text[]\", prosrc text");
        TABLES.put("pg_trigger", "oid oid, tgrelid oid, tgparentid oid, tgname name, tgfoid oid, tgtype int2, "
                + "tgenabled \"\"\"char\"\"\", tgisinternal bool, tgconstrrelid oid, tgconstrindid oid, tgconstraint oid, "
                + "tgdeferrable bool, tginitdeferred bool, tgnargs int2, tgattr int2vector, tgargs bytea, "
                + "tgqual pg_node_tree, tgoldtable name, tgnewtable name");
        TABLES.put("pg_depend", "classid oid, objid oid, objsubid int4, refclassid oid, refobjid oid, "
                + "refobjsubid int4, deptype \"\"\"char\"\"\"");
        TABLES.put("pg_tablespace", "oid oid, spcname name, spcowner oid, spcacl \"aclitem[]\", "
                + "spcoptions \"text[]\"");
        TABLES.put("pg_publication", "oid oid, pubname name, pubowner oid, puballtables bool, pubinsert bool, "
                + "pubupdate bool, pubdelete bool, pubtruncate bool, pubviaroot bool");
        TABLES.put("pg_policy", "oid oid, polname name, polrelid oid, polcmd \"\"\"char\"\"\", polpermissive bool, "
                + "polroles \"oid[]\", polqual pg_node_tree, polwithcheck pg_node_tree");
        TABLES.put("pg_rewrite", "oid oid, rulename name, ev_class oid, ev_type \"\"\"char\"\"\", ev_enabled \"\"\"char\"\"\", "
                + "is_instead bool, ev_qual pg_node_tree, ev_action pg_node_tree");
        TABLES.put("pg_statistic_ext", "oid oid, stxrelid oid, stxname name, stxnamespace oid, stxowner oid, "
                + "stxstattarget int2, stxkeys int2vector, stxkind \"\"\"char\"\"[]\"");
        TABLES.put("pg_auth_members", "oid oid, roleid oid, member oid, grantor oid, admin_option bool, "
                + "inherit_option bool, set_option bool");
        TABLES.put("pg_publication_namespace", "oid oid, pnpubid oid, pnnspid oid");
        TABLES.put("pg_publication_tables", "pubname name, schemaname name, tablename name, attnames \"name[]\", "
                + "rowfilter text");
        TABLES.put("pg_publication_rel", "oid oid, prpubid oid, prrelid oid, prqual pg_node_tree, prattrs int2vector");
        TABLES.put("pg_foreign_table", "ftrelid oid, ftserver oid, ftoptions \"text[]\"");
        TABLES.put("pg_stat_activity", "datid oid, datname name, pid int4, leader_pid int4, usesysid oid, "
                + "usename name, application_name text, client_addr inet, client_hostname text, client_port int4, "
                + "backend_start timestamptz, xact_start timestamptz, query_start timestamptz, "
                + "state_change timestamptz, wait_event_type text, wait_event text, state text, backend_xid xid, "
                + "backend_xmin xid, query_id int8, query text, backend_type text");
        TABLES.put("pg_locks", "locktype text, database oid, relation oid, page int4, tuple int2, virtualxid text, "
                + "transactionid xid, classid oid, objid oid, objsubid int2, virtualtransaction text, pid int4, "
                + "mode text, granted bool, fastpath bool, waitstart timestamptz");
        TABLES.put("pg_event_trigger", "oid oid, evtname name, evtevent name, evtowner oid, evtfoid oid, "
                + "evtenabled \"\"\"char\"\"\", evttags \"text[]\"");
    }

    /** Attaches the catalog database to a fresh connection (ATTACH is refused inside a transaction) and fills it. */
    public static void attach(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("ATTACH DATABASE ':memory:' AS " + SCHEMA);
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                st.execute("CREATE TABLE " + SCHEMA + "." + table.getKey() + " (" + table.getValue() + ")");
            }
            InformationSchema.attach(st);
        }
        StaticCatalog.fill(connection);
        ProcCatalog.fill(connection);
    }
}
