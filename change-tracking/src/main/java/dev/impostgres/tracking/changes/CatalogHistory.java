package dev.impostgres.tracking.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The decoding catalog's history, so that each change is decoded with the relation definition, replica identity and
 * publication membership that were true when it was made — what Postgres's historic catalog snapshots give logical
 * decoding. Today's catalog would decode an INSERT made before {@code ALTER TABLE … ADD COLUMN} with the new column,
 * or drop a change of a table that a later {@code ALTER PUBLICATION … DROP TABLE} removed.
 *
 * <pre>
 *  _pg_catalog_versions  id | seq | kind 'r'/'p' | name | oid | body   ← one row per definition change
 *  _pg_catalog_dirty     kind | oid                                    ← filled by triggers on the metadata tables
 * </pre>
 * A version row says: for changes whose change-log seq is greater than {@code seq}, relation (kind 'r', by SQLite
 * storage name, the name {@code _pg_changes} records) or publication (kind 'p', by name) {@code name} is described by
 * {@code body} ({@link HistoricCatalog}'s encoding), or does not exist (null body). Triggers on the metadata tables
 * mark what a statement touched; after each writing statement {@link #record} writes a version for every marked
 * object, tagged with the change log's current seq. A version is also an invalidation, as a catalog change is in
 * Postgres: a decoder sends the Relation again after one (see {@link HistoricCatalog#invalidatedBetween}). Everything
 * happens inside the writing transaction, so a rollback (or a rolled-back savepoint) leaves no version behind.
 */
public final class CatalogHistory {
    static final char RELATION = 'r', PUBLICATION = 'p';
    /** Marks "every relation": a schema or type changed, which can change any relation's description. */
    private static final long ALL = 0;

    private CatalogHistory() {}

    /** Creates the history tables and the marking triggers (idempotent). */
    static void install(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS _pg_catalog_versions (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    + "seq INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, oid INTEGER NOT NULL, body TEXT)");
            st.execute("CREATE INDEX IF NOT EXISTS _pg_catalog_versions_name ON _pg_catalog_versions(kind, name, id)");
            st.execute("CREATE TABLE IF NOT EXISTS _pg_catalog_dirty (kind TEXT NOT NULL, oid INTEGER NOT NULL, "
                    + "PRIMARY KEY (kind, oid)) WITHOUT ROWID");
            mark(st, "_pg_class", RELATION, "oid");
            mark(st, "_pg_attribute", RELATION, "attrelid");
            mark(st, "_pg_constraint", RELATION, "conrelid");
            mark(st, "_pg_index", RELATION, "indrelid");
            mark(st, "_pg_namespace", RELATION, null);
            mark(st, "_pg_type", RELATION, null);
            mark(st, "_pg_publication", PUBLICATION, "oid");
            mark(st, "_pg_publication_rel", PUBLICATION, "prpubid");
            mark(st, "_pg_publication_namespace", PUBLICATION, "pnpubid");
        }
    }

    private static void mark(Statement st, String table, char kind, String oidColumn) throws SQLException {
        for (String op : List.of("INSERT", "UPDATE", "DELETE")) {
            String row = op.equals("DELETE") ? "OLD" : "NEW";
            String oid = oidColumn == null ? String.valueOf(ALL) : row + "." + oidColumn;
            StringBuilder body = new StringBuilder("INSERT OR IGNORE INTO _pg_catalog_dirty VALUES ('" + kind + "', " + oid + ");");
            // A renumbered/moved row also leaves its old owner changed.
            if (op.equals("UPDATE") && oidColumn != null) {
                body.append(" INSERT OR IGNORE INTO _pg_catalog_dirty VALUES ('").append(kind).append("', OLD.").append(oidColumn).append(");");
            }
            st.execute("CREATE TRIGGER IF NOT EXISTS \"_pg_history_" + table + "_" + op.toLowerCase() + "\" AFTER " + op
                    + " ON " + table + " BEGIN " + body + " END");
        }
    }

    /** Marks every relation and publication, so the next {@link #record} writes a full baseline where needed. */
    static void markAll(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT OR IGNORE INTO _pg_catalog_dirty VALUES ('r', " + ALL + ")");
            st.execute("INSERT OR IGNORE INTO _pg_catalog_dirty SELECT 'p', oid FROM _pg_publication");
        }
    }

    /** True when the current transaction changed decoding-relevant metadata since the last {@link #record}. */
    static boolean dirty(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT 1 FROM _pg_catalog_dirty LIMIT 1")) {
            return rs.next();
        }
    }

    /** Writes a version for every marked object whose definition changed, then clears the marks. */
    static void record(Connection connection, RelationCatalog catalog) throws SQLException {
        Set<Long> relations = new LinkedHashSet<>(), publications = new LinkedHashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT kind, oid FROM _pg_catalog_dirty")) {
            while (rs.next()) (rs.getString(1).charAt(0) == RELATION ? relations : publications).add(rs.getLong(2));
        }
        if (relations.isEmpty() && publications.isEmpty()) return;
        if (relations.remove(ALL)) relations.addAll(allRelations(connection));
        long seq = currentSeq(connection);
        for (long oid : relations) recordRelation(connection, catalog, seq, oid);
        for (long oid : publications) recordPublication(connection, seq, oid);
        try (Statement st = connection.createStatement()) {
            st.execute("DELETE FROM _pg_catalog_dirty");
        }
    }

    /** The change log's last seq handed out (AUTOINCREMENT's counter, which pruning does not lower). */
    static long currentSeq(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = '_pg_changes'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Every table the metadata knows, and every relation whose latest version says it exists. */
    private static Set<Long> allRelations(Connection connection) throws SQLException {
        Set<Long> oids = new LinkedHashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT oid FROM _pg_class WHERE relkind IN ('r', 'p') "
                     + "UNION SELECT oid FROM _pg_catalog_versions WHERE kind = 'r'")) {
            while (rs.next()) oids.add(rs.getLong(1));
        }
        return oids;
    }

    private static void recordRelation(Connection connection, RelationCatalog catalog, long seq, long oid) throws SQLException {
        String storageName = null;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sqlite_name FROM _pg_class WHERE oid = ? AND relkind IN ('r', 'p')")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) storageName = rs.getString(1);
            }
        }
        String body = null;
        if (storageName != null) {
            body = catalog.describe(connection, storageName).map(HistoricCatalog::encodeRelation).orElse(null);
        }
        record(connection, seq, RELATION, oid, storageName, body);
    }

    private static void recordPublication(Connection connection, long seq, long oid) throws SQLException {
        String name = null, body = null;
        try (PreparedStatement ps = connection.prepareStatement("SELECT pubname, puballtables, pubinsert, pubupdate, "
                + "pubdelete, pubtruncate FROM _pg_publication WHERE oid = ?")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    name = rs.getString(1);
                    String ops = (rs.getInt(3) != 0 ? "I" : "") + (rs.getInt(4) != 0 ? "U" : "") + (rs.getInt(5) != 0 ? "D" : "")
                            + (rs.getInt(6) != 0 ? "T" : "");
                    body = HistoricCatalog.encodePublication(rs.getInt(2) != 0, ops,
                            longs(connection, "SELECT prrelid FROM _pg_publication_rel WHERE prpubid = ? ORDER BY prrelid", oid),
                            strings(connection, "SELECT n.nspname FROM _pg_publication_namespace p JOIN _pg_namespace n "
                                    + "ON n.oid = p.pnnspid WHERE p.pnpubid = ? ORDER BY n.nspname", oid));
                }
            }
        }
        record(connection, seq, PUBLICATION, oid, name, body);
    }

    /**
     * Object {@code oid} is now {@code name} with {@code body} (both null: it is gone). Writes a null version for any
     * other name whose latest version was this object (a rename or drop), and a version for {@code name}.
     */
    private static void record(Connection connection, long seq, char kind, long oid, String name, String body) throws SQLException {
        for (String previous : namesOf(connection, kind, oid)) {
            if (!previous.equals(name)) insert(connection, seq, kind, previous, oid, null);
        }
        // Even an unchanged definition gets a version: it stands for the cache invalidation Postgres sends for any
        // catalog change of the relation (CREATE INDEX, ALTER PUBLICATION …), after which pgoutput sends the
        // Relation message again.
        if (name != null && body != null) insert(connection, seq, kind, name, oid, body);
    }

    /** Names whose latest version describes object {@code oid} as existing. */
    private static List<String> namesOf(Connection connection, char kind, long oid) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT v.name FROM _pg_catalog_versions v WHERE v.kind = ? "
                + "AND v.oid = ? AND v.body IS NOT NULL AND v.id = (SELECT max(id) FROM _pg_catalog_versions w "
                + "WHERE w.kind = v.kind AND w.name = v.name)")) {
            ps.setString(1, String.valueOf(kind));
            ps.setLong(2, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void insert(Connection connection, long seq, char kind, String name, long oid, String body) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO _pg_catalog_versions(seq, kind, name, oid, body) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, String.valueOf(kind));
            ps.setString(3, name);
            ps.setLong(4, oid);
            ps.setString(5, body);
            ps.executeUpdate();
        }
    }

    /**
     * Forgets versions no change left in the log can need: those superseded by a later version of the same name at
     * or below {@code prunedSeq} (every change up to it is gone).
     */
    static void prune(Connection connection, long prunedSeq) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM _pg_catalog_versions WHERE EXISTS ("
                + "SELECT 1 FROM _pg_catalog_versions w WHERE w.kind = _pg_catalog_versions.kind "
                + "AND w.name = _pg_catalog_versions.name AND w.id > _pg_catalog_versions.id AND w.seq <= ?)")) {
            ps.setLong(1, prunedSeq);
            ps.executeUpdate();
        }
    }

    private static List<Long> longs(Connection connection, String sql, long arg) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static List<String> strings(Connection connection, String sql, long arg) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) values.add(rs.getString(1));
            }
        }
        return values;
    }
}
