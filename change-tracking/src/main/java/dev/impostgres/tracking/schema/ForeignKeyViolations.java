package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the foreign key a write violated, as Postgres does. SQLite enforces the keys (and their ON DELETE/UPDATE
 * actions) but says only "FOREIGN KEY constraint failed"; {@code PRAGMA foreign_key_check} finds the rows that break
 * a key while they are still there — at a deferred COMMIT, or after replaying the failed statement with checks
 * deferred inside a savepoint that is rolled back at once.
 */
public final class ForeignKeyViolations {
    private ForeignKeyViolations() {}

    /** Replays the failed statement on the same connection. */
    @FunctionalInterface
    public interface Replay {
        void run() throws SQLException;
    }

    /** One broken key: the referencing row's values for the key columns. */
    record Violation(String childSqlite, long rowid, String parentSqlite, int fkid, List<String> values) {}

    private static final String PROBE = "_pg_fk_probe";

    /**
     * The 23503 for a statement ({@code verb} insert/update/delete on {@code targetSqlite}) that SQLite refused with
     * a foreign key failure, or null when the key cannot be told.
     */
    public static PgException forStatement(Connection connection, String verb, String targetSqlite, Replay replay,
                                           Throwable cause) {
        try {
            // the usual case, one key that can have failed, needs no replay (which scans the tables it checks)
            PgException single = fromMetadataAlone(connection, verb, targetSqlite, cause, true);
            if (single != null) return single;
            List<Violation> found = replayed(connection, replay, nearTables(connection, targetSqlite));
            if (!found.isEmpty()) return describe(connection, verb, targetSqlite, found.get(0), cause);
            return fromMetadataAlone(connection, verb, targetSqlite, cause, false);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** The 23503 for a COMMIT that SQLite refused because a deferred key is still broken; null if none is found. */
    public static PgException atCommit(Connection connection, Throwable cause) {
        try {
            List<Violation> found = check(connection, null);
            return found.isEmpty() ? null : describe(connection, "insert", null, withValues(connection, found.get(0)),
                    cause);
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The tables whose keys a statement on {@code targetSqlite} most likely broke: its own and those referencing it
     * (null: all). A cascade further away is found by the full check the caller falls back to.
     */
    private static List<String> nearTables(Connection connection, String targetSqlite) throws SQLException {
        if (targetSqlite == null) return null;
        Catalog catalog = new Catalog(connection, null);
        Relation target = catalog.relationBySqliteName(targetSqlite);
        if (target == null) return null;
        List<String> tables = new ArrayList<>(List.of(targetSqlite));
        for (Long child : catalog.queryLongs("SELECT DISTINCT conrelid FROM _pg_constraint WHERE contype = 'f' "
                + "AND confrelid = ?", target.oid())) {
            Relation r = catalog.relationByOid(child);
            if (r != null && !tables.contains(r.sqliteName())) tables.add(r.sqliteName());
        }
        return tables;
    }

    private static List<Violation> replayed(Connection connection, Replay replay, List<String> tables)
            throws SQLException {
        boolean deferred = pragmaLong(connection, "PRAGMA defer_foreign_keys") == 1;
        boolean pending = deferred || new Catalog(connection, null).queryLong(
                "SELECT 1 FROM _pg_constraint WHERE condeferred = 1 LIMIT 1") != null;
        exec(connection, "SAVEPOINT " + PROBE);
        try {
            // deferred keys broken earlier in the block are not this statement's
            Set<Violation> before = pending ? new HashSet<>(check(connection, null)) : Set.of();
            exec(connection, "PRAGMA defer_foreign_keys = ON");
            try {
                replay.run();
            } catch (SQLException stillFails) {
                return List.of(); // e.g. RESTRICT, which SQLite never defers
            }
            List<Violation> after = new ArrayList<>(check(connection, tables));
            after.removeAll(before);
            if (after.isEmpty() && tables != null) {
                after = new ArrayList<>(check(connection, null));
                after.removeAll(before);
            }
            List<Violation> withValues = new ArrayList<>();
            for (Violation v : after) withValues.add(withValues(connection, v)); // before the rollback takes them
            return withValues;
        } finally {
            exec(connection, "ROLLBACK TO " + PROBE);
            exec(connection, "RELEASE " + PROBE);
            exec(connection, "PRAGMA defer_foreign_keys = " + (deferred ? "ON" : "OFF"));
        }
    }

    /** The broken keys of {@code tables}' rows (null: of every table). */
    static List<Violation> check(Connection connection, List<String> tables) throws SQLException {
        List<Violation> out = new ArrayList<>();
        List<String> pragmas = new ArrayList<>();
        if (tables == null) pragmas.add("PRAGMA main.foreign_key_check");
        else for (String t : tables) pragmas.add("PRAGMA main.foreign_key_check(" + Catalog.quote(t) + ")");
        try (Statement st = connection.createStatement()) {
            for (String pragma : pragmas) {
                try (ResultSet rs = st.executeQuery(pragma)) {
                    while (rs.next()) out.add(new Violation(rs.getString(1), rs.getLong(2), rs.getString(3),
                            rs.getInt(4), List.of()));
                }
            }
        }
        return out;
    }

    /**
     * Postgres reports the side the statement acted on: an INSERT or UPDATE of the referencing row breaks the key
     * "on table child"; a DELETE or an UPDATE of the referenced table (also through ON DELETE SET DEFAULT, or a
     * cascade into another table) leaves a row "still referenced".
     */
    private static PgException describe(Connection connection, String verb, String targetSqlite, Violation v,
                                         Throwable cause) throws SQLException {
        Catalog catalog = new Catalog(connection, null);
        Relation child = catalog.relationBySqliteName(v.childSqlite());
        Relation parent = catalog.relationBySqliteName(v.parentSqlite());
        if (child == null || parent == null) return null;
        Map<String, String> columns = keyColumns(connection, v);
        String name = constraintName(catalog, child, parent, columns.keySet());
        if (name == null) return null;
        List<String> values = v.values();
        boolean referencedSide = "delete".equals(verb)
                || "update".equals(verb) && targetSqlite != null && !targetSqlite.equals(v.childSqlite());
        if (referencedSide) {
            return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + parent.name()
                    + "\" violates foreign key constraint \"" + name + "\" on table \"" + child.name() + "\"",
                    cause).withDetail("Key (" + String.join(", ", columns.values()) + ")=(" + String.join(", ", values)
                    + ") is still referenced from table \"" + child.name() + "\".");
        }
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + child.name()
                + "\" violates foreign key constraint \"" + name + "\"", cause)
                .withDetail("Key (" + String.join(", ", columns.keySet()) + ")=(" + String.join(", ", values)
                        + ") is not present in table \"" + parent.name() + "\".");
    }

    private static Violation withValues(Connection connection, Violation v) throws SQLException {
        Map<String, String> columns = keyColumns(connection, v);
        List<String> values = new ArrayList<>();
        String select = "SELECT " + String.join(", ", columns.keySet().stream()
                .map(c -> "CAST(" + Catalog.quote(c) + " AS TEXT)").toList()) + " FROM " + Catalog.quote(v.childSqlite())
                + " WHERE rowid = ?";
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            ps.setLong(1, v.rowid());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) for (int i = 1; i <= columns.size(); i++) values.add(String.valueOf(rs.getString(i)));
            }
        }
        return new Violation(v.childSqlite(), v.rowid(), v.parentSqlite(), v.fkid(), values);
    }

    /** The key's referencing columns (in key order) mapped to the referenced columns SQLite compares them with. */
    private static Map<String, String> keyColumns(Connection connection, Violation v) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA main.foreign_key_list(" + Catalog.quote(v.childSqlite()) + ")")) {
            while (rs.next()) {
                if (rs.getInt("id") == v.fkid()) columns.put(rs.getString("from"), rs.getString("to"));
            }
        }
        return columns;
    }

    private static String constraintName(Catalog catalog, Relation child, Relation parent, Set<String> columns)
            throws SQLException {
        List<String> attnums = new ArrayList<>();
        for (String column : columns) {
            Long attnum = catalog.queryLong("SELECT attnum FROM _pg_attribute WHERE attrelid = ? AND attname = ?",
                    child.oid(), column);
            if (attnum == null) return null;
            attnums.add(String.valueOf(attnum));
        }
        return catalog.queryString("SELECT conname FROM _pg_constraint WHERE contype = 'f' AND conrelid = ? "
                + "AND confrelid = ? AND conkey = ? ORDER BY oid LIMIT 1", child.oid(), parent.oid(),
                String.join(",", attnums));
    }

    /**
     * When the replay cannot show the row (RESTRICT fires even when deferred): the one key that can have failed,
     * by the metadata, without DETAIL; null when several could have.
     */
    private static PgException fromMetadataAlone(Connection connection, String verb, String targetSqlite,
                                                 Throwable cause, boolean certain) throws SQLException {
        if (targetSqlite == null) return null;
        Catalog catalog = new Catalog(connection, null);
        Relation target = catalog.relationBySqliteName(targetSqlite);
        if (target == null) return null;
        // an INSERT can only break its own keys, a DELETE only keys referencing it, an UPDATE either
        List<Long> own = "delete".equals(verb) ? List.of()
                : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE contype = 'f' AND conrelid = ?", target.oid());
        List<Long> referencing = "insert".equals(verb) ? List.of()
                : catalog.queryLongs("SELECT oid FROM _pg_constraint WHERE contype = 'f' AND confrelid = ?", target.oid());
        if (own.size() + referencing.size() != 1) return null;
        boolean referencedSide = own.isEmpty();
        long key = referencedSide ? referencing.get(0) : own.get(0);
        if (certain && referencedSide) {
            // a CASCADE or SET NULL key never fails itself: the failure is further along the cascade
            String action = catalog.queryString("SELECT " + ("delete".equals(verb) ? "confdeltype" : "confupdtype")
                    + " FROM _pg_constraint WHERE oid = ?", key);
            if ("c".equals(action) || "n".equals(action)) return null;
        }
        String name = catalog.queryString("SELECT conname FROM _pg_constraint WHERE oid = ?", key);
        Relation other = catalog.relationByOid(catalog.queryLong(
                "SELECT " + (referencedSide ? "conrelid" : "confrelid") + " FROM _pg_constraint WHERE oid = ?", key));
        if (other == null) return null;
        if (referencedSide) {
            return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + target.name()
                    + "\" violates foreign key constraint \"" + name + "\" on table \"" + other.name() + "\"", cause);
        }
        return new PgException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + target.name()
                + "\" violates foreign key constraint \"" + name + "\"", cause);
    }

    private static long pragmaLong(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void exec(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
