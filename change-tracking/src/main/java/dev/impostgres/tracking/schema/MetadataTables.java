package dev.impostgres.tracking.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema metadata SQLite forgets, kept in tables inside the same SQLite file, so every DDL statement updates
 * them in its own transaction (ROLLBACK undoes both). Modelled on the pg_catalog tables they feed; names start with
 * {@code _pg_} so that no user table collides and catalog listings can hide them. All OIDs come from one counter
 * in {@code _pg_meta} starting at 16384 (FirstNormalObjectId), so they are stable across restarts.
 */
public final class MetadataTables {
    private MetadataTables() {}

    public static final String PREFIX = "_pg_";
    static final long FIRST_NORMAL_OID = 16384;

    private static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS _pg_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
            "INSERT OR IGNORE INTO _pg_meta VALUES ('next_oid', " + FIRST_NORMAL_OID + ")",
            "CREATE TABLE IF NOT EXISTS _pg_namespace (oid INTEGER PRIMARY KEY, nspname TEXT NOT NULL UNIQUE)",
            "INSERT OR IGNORE INTO _pg_namespace VALUES (2200, 'public')",
            // relkind as in pg_class: r table, v view, i index, S sequence. sqlite_name: the flattened SQLite name.
            "CREATE TABLE IF NOT EXISTS _pg_class (oid INTEGER PRIMARY KEY, relnamespace INTEGER NOT NULL, "
                    + "relname TEXT NOT NULL, relkind TEXT NOT NULL, sqlite_name TEXT NOT NULL, "
                    + "relreplident TEXT NOT NULL DEFAULT 'd', reltype INTEGER NOT NULL DEFAULT 0, "
                    + "relpersistence TEXT NOT NULL DEFAULT 'p', UNIQUE (relnamespace, relname))",
            // type_name: the type as declared (enum names, error messages); default_expr in Postgres spelling.
            "CREATE TABLE IF NOT EXISTS _pg_attribute (attrelid INTEGER NOT NULL, attnum INTEGER NOT NULL, "
                    + "attname TEXT NOT NULL, atttypid INTEGER NOT NULL, atttypmod INTEGER NOT NULL, "
                    + "type_name TEXT NOT NULL, attnotnull INTEGER NOT NULL, default_expr TEXT, "
                    + "attidentity TEXT NOT NULL DEFAULT '', attgenerated TEXT NOT NULL DEFAULT '', "
                    + "attdomain INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (attrelid, attnum))",
            // contype as in pg_constraint: p, u, c, f. conkey/confkey: attnums joined by ','.
            "CREATE TABLE IF NOT EXISTS _pg_constraint (oid INTEGER PRIMARY KEY, conrelid INTEGER NOT NULL, "
                    + "conname TEXT NOT NULL, contype TEXT NOT NULL, conkey TEXT NOT NULL DEFAULT '', "
                    + "confrelid INTEGER NOT NULL DEFAULT 0, confkey TEXT NOT NULL DEFAULT '', "
                    + "confdeltype TEXT NOT NULL DEFAULT 'a', confupdtype TEXT NOT NULL DEFAULT 'a', "
                    + "conindid INTEGER NOT NULL DEFAULT 0, check_expr TEXT, "
                    + "condeferrable INTEGER NOT NULL DEFAULT 0, condeferred INTEGER NOT NULL DEFAULT 0, "
                    + "contypid INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE IF NOT EXISTS _pg_index (indexrelid INTEGER PRIMARY KEY, indrelid INTEGER NOT NULL, "
                    + "indisunique INTEGER NOT NULL, indisprimary INTEGER NOT NULL, indkey TEXT NOT NULL, "
                    + "definition TEXT NOT NULL, indisreplident INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE IF NOT EXISTS _pg_sequence (seqrelid INTEGER PRIMARY KEY, seqtypid INTEGER NOT NULL, "
                    + "seqstart INTEGER NOT NULL, seqincrement INTEGER NOT NULL, seqmax INTEGER NOT NULL, "
                    + "seqmin INTEGER NOT NULL, seqcache INTEGER NOT NULL, seqcycle INTEGER NOT NULL, "
                    + "last_value INTEGER NOT NULL, is_called INTEGER NOT NULL, seqgeneration INTEGER NOT NULL DEFAULT 0, "
                    + "owner_relid INTEGER NOT NULL DEFAULT 0, owner_attnum INTEGER NOT NULL DEFAULT 0)",
            "CREATE TABLE IF NOT EXISTS _pg_description (objoid INTEGER NOT NULL, classoid INTEGER NOT NULL, "
                    + "objsubid INTEGER NOT NULL, description TEXT NOT NULL, PRIMARY KEY (objoid, classoid, objsubid))",
            // User-defined types: enums (typtype 'e', labels in order joined by a NUL character) and domains
            // (typtype 'd': base type, its typmod, NOT NULL, DEFAULT in Postgres spelling; checks in _pg_constraint).
            "CREATE TABLE IF NOT EXISTS _pg_type (oid INTEGER PRIMARY KEY, typnamespace INTEGER NOT NULL, "
                    + "typname TEXT NOT NULL, typtype TEXT NOT NULL, typarray INTEGER NOT NULL, labels TEXT, "
                    + "typbasetype INTEGER NOT NULL DEFAULT 0, typtypmod INTEGER NOT NULL DEFAULT -1, "
                    + "typnotnull INTEGER NOT NULL DEFAULT 0, typdefault TEXT, UNIQUE (typnamespace, typname))",
            // Views and objects that depend on relations (pg_depend's 'n' entries, enough for DROP … RESTRICT).
            "CREATE TABLE IF NOT EXISTS _pg_depend (objid INTEGER NOT NULL, refobjid INTEGER NOT NULL)",
            // Publications as pg_publication / pg_publication_rel / pg_publication_namespace (owner: the role name).
            "CREATE TABLE IF NOT EXISTS _pg_publication (oid INTEGER PRIMARY KEY, pubname TEXT NOT NULL UNIQUE, "
                    + "pubowner TEXT NOT NULL, puballtables INTEGER NOT NULL, pubinsert INTEGER NOT NULL, "
                    + "pubupdate INTEGER NOT NULL, pubdelete INTEGER NOT NULL, pubtruncate INTEGER NOT NULL, "
                    + "pubviaroot INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS _pg_publication_rel (oid INTEGER PRIMARY KEY, prpubid INTEGER NOT NULL, "
                    + "prrelid INTEGER NOT NULL, UNIQUE (prpubid, prrelid))",
            "CREATE TABLE IF NOT EXISTS _pg_publication_namespace (oid INTEGER PRIMARY KEY, pnpubid INTEGER NOT NULL, "
                    + "pnnspid INTEGER NOT NULL, UNIQUE (pnpubid, pnnspid))");
    /** The last table of {@link #DDL}: a file that has it has them all. */
    private static final String LAST_TABLE = "_pg_publication_namespace";

    /** Creates the metadata tables if this file does not have them yet. */
    public static void ensure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            boolean present;
            try (var rs = st.executeQuery("SELECT 1 FROM sqlite_schema WHERE name = '" + LAST_TABLE + "'")) {
                present = rs.next();
            }
            if (present) {
                addMissingDeferral(st);
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            st.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : DDL) st.execute(sql);
                addMissingColumn(st, "_pg_index", "indisreplident", "INTEGER NOT NULL DEFAULT 0");
                addMissingColumn(st, "_pg_sequence", "seqgeneration", "INTEGER NOT NULL DEFAULT 0");
                st.execute("COMMIT");
            } catch (SQLException e) {
                st.execute("ROLLBACK");
                throw e;
            }
            assert autoCommit;
        }
    }

    /** Files made before foreign keys recorded their deferral, or before domains. */
    private static void addMissingDeferral(Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT 1 FROM pragma_table_info('_pg_attribute') WHERE name = 'attdomain'")) {
            if (rs.next()) return;
        }
        st.execute("BEGIN IMMEDIATE");
        try {
            addMissingColumn(st, "_pg_constraint", "condeferrable", "INTEGER NOT NULL DEFAULT 0");
            addMissingColumn(st, "_pg_constraint", "condeferred", "INTEGER NOT NULL DEFAULT 0");
            addMissingColumn(st, "_pg_constraint", "contypid", "INTEGER NOT NULL DEFAULT 0");
            addMissingColumn(st, "_pg_type", "typbasetype", "INTEGER NOT NULL DEFAULT 0");
            addMissingColumn(st, "_pg_type", "typtypmod", "INTEGER NOT NULL DEFAULT -1");
            addMissingColumn(st, "_pg_type", "typnotnull", "INTEGER NOT NULL DEFAULT 0");
            addMissingColumn(st, "_pg_type", "typdefault", "TEXT");
            addMissingColumn(st, "_pg_attribute", "attdomain", "INTEGER NOT NULL DEFAULT 0");
            st.execute("COMMIT");
        } catch (SQLException e) {
            st.execute("ROLLBACK");
            throw e;
        }
    }

    /** A column added to a table after files were made with it (CREATE TABLE IF NOT EXISTS does not add it). */
    private static void addMissingColumn(Statement st, String table, String column, String type) throws SQLException {
        try (var rs = st.executeQuery("SELECT 1 FROM pragma_table_info('" + table + "') WHERE name = '" + column + "'")) {
            if (rs.next()) return;
        }
        st.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
    }
}
