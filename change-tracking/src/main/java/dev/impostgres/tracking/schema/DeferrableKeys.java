package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DEFERRABLE unique and primary keys, which SQLite cannot index as unique (it checks per row, so a swap in one
 * UPDATE would fail). Their tables have a plain index; a session's DeferrableKeys checks for duplicates after each
 * writing statement on the table (keys in immediate mode), when SET CONSTRAINTS makes keys immediate, and before
 * COMMIT (every key of a table the transaction wrote), with Postgres's 23505. The mode is per transaction:
 * INITIALLY DEFERRED/IMMEDIATE, changed by SET CONSTRAINTS ALL | name, … DEFERRED | IMMEDIATE. Not seen: rows a
 * cascade changes in another table before COMMIT (they are checked at COMMIT only when that table was written).
 */
public final class DeferrableKeys {
    /** The command tag of SET CONSTRAINTS (the translator leaves the statement to the session). */
    public static final String VERB = "SET CONSTRAINTS";

    private final Set<String> writtenTables = new LinkedHashSet<>();
    private Boolean allDeferred;
    private final Map<String, Boolean> deferredByName = new HashMap<>();

    private record Key(String name, String table, List<String> columns, boolean initiallyDeferred) {}

    /** The transaction ended: modes return to each key's INITIALLY, nothing is pending. */
    public void reset() {
        writtenTables.clear();
        allDeferred = null;
        deferredByName.clear();
    }

    /** After a writing statement on {@code sqliteTable} (null when unknown): its immediate keys are checked now. */
    public void afterStatement(Connection connection, String sqliteTable) throws SQLException {
        if (sqliteTable == null) return;
        List<Key> keys = keys(connection, sqliteTable);
        if (keys.isEmpty()) return;
        writtenTables.add(sqliteTable);
        for (Key key : keys) if (!deferred(key)) check(connection, key);
    }

    /** Just before COMMIT: every deferrable key of the tables this transaction wrote. */
    public void beforeCommit(Connection connection) throws SQLException {
        for (String table : writtenTables) for (Key key : keys(connection, table)) check(connection, key);
    }

    /**
     * SET CONSTRAINTS {ALL | name [, …]} {DEFERRED | IMMEDIATE}; keys made immediate are checked at once (names
     * of deferrable foreign keys are accepted: SQLite keeps their declared timing).
     */
    public void set(Connection connection, String source) throws SQLException {
        List<String> words = new ArrayList<>();
        for (dev.impostgres.translator.sql.Token t : dev.impostgres.translator.sql.Lexer.significant(
                dev.impostgres.translator.sql.Lexer.tokenize(source))) {
            if (!t.isPunct(";")) words.add(t.isPunct(",") ? "," : t.identifier());
        }
        if (words.size() < 4 || !words.get(0).equals("set") || !words.get(1).equals("constraints")) {
            throw PgException.of(SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\"",
                    words.size() > 2 ? words.get(2) : "");
        }
        String mode = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (!mode.equals("deferred") && !mode.equals("immediate")) {
            throw PgException.of(SqlState.SYNTAX_ERROR, "syntax error at or near \"%s\"", words.get(words.size() - 1));
        }
        boolean deferred = mode.equals("deferred");
        List<String> names = words.subList(2, words.size() - 1);
        if (names.size() == 1 && names.get(0).equals("all")) {
            allDeferred = deferred;
            deferredByName.clear();
        } else {
            for (String name : names) {
                if (name.equals(",")) continue;
                Long deferrable = queryDeferrable(connection, name);
                if (deferrable == null) throw PgException.of(SqlState.UNDEFINED_OBJECT, "constraint \"%s\" does not exist", name);
                if (deferrable == 0) {
                    throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "constraint \"%s\" is not deferrable", name);
                }
                deferredByName.put(name, deferred);
            }
        }
        if (!deferred) {
            for (String table : writtenTables) for (Key key : keys(connection, table)) if (!deferred(key)) check(connection, key);
        }
    }

    private boolean deferred(Key key) {
        Boolean byName = deferredByName.get(key.name());
        if (byName != null) return byName;
        return allDeferred != null ? allDeferred : key.initiallyDeferred();
    }

    private static Long queryDeferrable(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT max(condeferrable) FROM main._pg_constraint WHERE conname = ? AND conrelid <> 0")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? rs.getLong(1) : null;
            }
        }
    }

    private static List<Key> keys(Connection connection, String sqliteTable) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT k.conname, k.conkey, k.condeferred, c.oid "
                + "FROM main._pg_constraint k JOIN main._pg_class c ON c.oid = k.conrelid WHERE c.sqlite_name = ? "
                + "AND k.condeferrable = 1 AND k.contype IN ('u', 'p')")) {
            ps.setString(1, sqliteTable);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> columns = new ArrayList<>();
                    for (String attnum : rs.getString(2).split(",")) {
                        try (PreparedStatement col = connection.prepareStatement(
                                "SELECT attname FROM main._pg_attribute WHERE attrelid = ? AND attnum = ?")) {
                            col.setLong(1, rs.getLong(4));
                            col.setInt(2, Integer.parseInt(attnum.trim()));
                            try (ResultSet c = col.executeQuery()) {
                                if (c.next()) columns.add(c.getString(1));
                            }
                        }
                    }
                    keys.add(new Key(rs.getString(1), sqliteTable, columns, rs.getInt(3) != 0));
                }
            }
        } catch (SQLException noMetadata) {
            if (String.valueOf(noMetadata.getMessage()).contains("no such table")) return keys;
            throw noMetadata;
        }
        return keys;
    }

    /** 23505 naming the key and the first duplicated value, as a unique index's check does. */
    private static void check(Connection connection, Key key) throws SQLException {
        if (key.columns().isEmpty()) return;
        List<String> quoted = key.columns().stream().map(Catalog::quote).toList();
        String cols = String.join(", ", quoted);
        String sql = "SELECT " + cols + " FROM " + Catalog.quote(key.table()) + " WHERE "
                + String.join(" AND ", quoted.stream().map(c -> c + " IS NOT NULL").toList())
                + " GROUP BY " + cols + " HAVING count(*) > 1 LIMIT 1";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return;
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= key.columns().size(); i++) values.add(String.valueOf(rs.getObject(i)));
            throw PgException.of(SqlState.UNIQUE_VIOLATION, "duplicate key value violates unique constraint \"%s\"",
                    key.name()).withDetail("Key (" + String.join(", ", key.columns()) + ")=("
                    + String.join(", ", values) + ") already exists.");
        }
    }
}
