package dev.impostgres.tracking.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The AFTER INSERT / UPDATE / DELETE triggers that copy every row change of a user table into {@code _pg_changes},
 * inside the writing transaction itself, so a rolled-back change leaves no trace and a committed one is never lost.
 *
 * <p>Row images are JSON objects keyed by column name (so an image stays readable after ALTER TABLE): integers and
 * reals as JSON numbers (SQLite prints reals with 17 significant digits, which reads back exactly), text as
 * strings, blobs as {@code {"x": "HEX"}}, NULL as null. The triggers are re-created whenever the table's columns
 * change ({@link #install} drops the old ones first).
 *
 * <p>Who installs them: the DDL code should call {@link #install} after CREATE / ALTER TABLE. Until it does,
 * {@link ChangeLog} calls {@link #installAll} once capture is enabled (when the first slot is created) and after any
 * statement that changed the schema.
 */
public final class ChangeCapture {
    static final String PREFIX = "_pg_capture_";

    private ChangeCapture() {}

    /** (Re)creates the three capture triggers of one table. Runs in the caller's transaction. */
    public static void install(Connection connection, String table) throws SQLException {
        List<String> columns = columns(connection, table);
        if (columns.isEmpty()) return;
        String q = quote(table), lit = literal(table);
        List<String[]> rowTriggers = rowTriggers(connection, table);
        // With emulated BEFORE row triggers (schema.TriggerFunctions) the row is final only after they ran: the
        // image is read back from the table, and their own UPDATEs (depth > 0) are not separate changes.
        String when = rowTriggers.isEmpty() ? "" : " WHEN pg_trigger_depth() = 0";
        String newImage = rowTriggers.isEmpty() ? image("NEW", columns)
                : "(SELECT " + image("_pg_row", columns) + " FROM " + q + " AS _pg_row WHERE _pg_row.rowid = NEW.rowid)";
        try (Statement st = connection.createStatement()) {
            for (String op : List.of("insert", "update", "delete")) st.execute("DROP TRIGGER IF EXISTS " + trigger(table, op));
            st.execute("CREATE TRIGGER " + trigger(table, "insert") + " AFTER INSERT ON " + q + when + " BEGIN "
                    + "INSERT INTO _pg_changes(relation, op, old_row, new_row) VALUES (" + lit + ", 'I', NULL, "
                    + newImage + "); END");
            st.execute("CREATE TRIGGER " + trigger(table, "update") + " AFTER UPDATE ON " + q + when + " BEGIN "
                    + "INSERT INTO _pg_changes(relation, op, old_row, new_row) VALUES (" + lit + ", 'U', "
                    + image("OLD", columns) + ", " + newImage + "); END");
            st.execute("CREATE TRIGGER " + trigger(table, "delete") + " AFTER DELETE ON " + q + " BEGIN "
                    + "INSERT INTO _pg_changes(relation, op, old_row, new_row) VALUES (" + lit + ", 'D', "
                    + image("OLD", columns) + ", NULL); END");
            // SQLite fires the newest trigger first: the row triggers are re-created after the capture triggers.
            for (String[] trigger : rowTriggers) {
                for (String name : trigger[0].split("\0")) st.execute("DROP TRIGGER IF EXISTS " + quote(name));
                for (String sql : trigger[1].split("\0")) st.execute(sql);
            }
        }
    }

    /** {sqlite_names, sqlite_sql} of the table's emulated row triggers (schema.RoutineRunner's _pg_trigger). */
    private static List<String[]> rowTriggers(Connection connection, String table) throws SQLException {
        List<String[]> triggers = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_schema WHERE name = '_pg_trigger'")) {
            if (!rs.next()) return triggers;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT t.sqlite_names, t.sqlite_sql FROM _pg_trigger t "
                + "JOIN _pg_class c ON c.oid = t.tgrelid WHERE c.sqlite_name = ? ORDER BY t.oid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) triggers.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return triggers;
    }

    /** Installs the triggers on every user table that lacks them or whose columns changed. */
    public static void installAll(Connection connection) throws SQLException {
        for (String table : userTables(connection)) install(connection, table);
    }

    /**
     * TRUNCATE of {@code tables} (in the statement's order, cascaded tables last) as one change: empties them (the delete triggers log every row), takes those row
     * deletions back out of the log, and records a single 'T' entry, as Postgres sends one Truncate message.
     * {@code options}: pgoutput's bits (1 CASCADE, 2 RESTART IDENTITY).
     */
    public static void truncate(Connection connection, List<String> tables, int options) throws SQLException {
        long before;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM _pg_changes")) {
            before = rs.next() ? rs.getLong(1) : 0;
        }
        try (Statement st = connection.createStatement()) {
            // Children (cascaded, listed last) first, so no key is left dangling.
            for (int i = tables.size() - 1; i >= 0; i--) st.execute("DELETE FROM " + quote(tables.get(i)));
        }
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM _pg_changes WHERE seq > ?")) {
            del.setLong(1, before);
            del.executeUpdate();
        }
        StringBuilder json = new StringBuilder("{\"options\":" + options + ",\"relations\":[");
        for (int i = 0; i < tables.size(); i++) json.append(i == 0 ? "" : ",").append(RowImages.jsonString(tables.get(i)));
        json.append("]}");
        try (PreparedStatement ins = connection.prepareStatement(
                "INSERT INTO _pg_changes(relation, op, old_row, new_row) VALUES (?, 'T', NULL, ?)")) {
            ins.setString(1, tables.get(0));
            ins.setString(2, json.toString());
            ins.executeUpdate();
        }
    }

    /** User tables: not SQLite's own and not Impostgres's {@code _pg_*} bookkeeping. */
    static List<String> userTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_pg\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rs.next()) columns.add(rs.getString("name"));
        }
        return columns;
    }

    /** json_object('c1', v1, …) with blobs wrapped as {"x": hex}, since JSON cannot hold a BLOB. */
    private static String image(String row, List<String> columns) {
        StringBuilder sql = new StringBuilder("json_object(");
        for (int i = 0; i < columns.size(); i++) {
            String ref = row + "." + quote(columns.get(i));
            if (i > 0) sql.append(", ");
            sql.append(literal(columns.get(i))).append(", CASE typeof(").append(ref).append(") WHEN 'blob' THEN json_object('x', hex(")
                    .append(ref).append(")) ELSE ").append(ref).append(" END");
        }
        return sql.append(')').toString();
    }

    private static String trigger(String table, String op) {
        return quote(PREFIX + table + "_" + op);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
