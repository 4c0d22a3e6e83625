package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ON CONFLICT ON CONSTRAINT name} names a unique or primary key constraint; SQLite only takes the conflict
 * target as a column list, so the constraint's columns are read from the metadata and written in its place.
 */
public final class OnConflictConstraint {
    private OnConflictConstraint() {}

    private static final Pattern ON_CONSTRAINT = Pattern.compile(
            "(?i)\\bON\\s+CONFLICT\\s+ON\\s+CONSTRAINT\\s+(\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)");
    private static final Pattern TARGET = Pattern.compile(
            "(?is)^\\s*(?:with\\b.*?\\)\\s*)?insert\\s+into\\s+(\"(?:[^\"]|\"\")+\"|[\\w$]+)");

    /** {@code sqlite} with its ON CONSTRAINT target replaced by the constraint's columns; unchanged without one. */
    public static String resolve(Connection connection, String sqlite) {
        Matcher m = ON_CONSTRAINT.matcher(sqlite);
        if (!m.find()) return sqlite;
        Matcher t = TARGET.matcher(sqlite);
        if (!t.find()) return sqlite;
        String constraint = name(m.group(1)), table = name(t.group(1));
        List<String> columns = new ArrayList<>();
        try (var ps = connection.prepareStatement("SELECT a.attname FROM _pg_constraint k "
                + "JOIN _pg_class c ON c.oid = k.conrelid "
                + "JOIN json_each('[' || k.conkey || ']') n "
                + "JOIN _pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = n.value "
                + "WHERE k.conname = ? AND c.sqlite_name = ? AND k.contype IN ('p', 'u') ORDER BY n.key")) {
            ps.setString(1, constraint);
            ps.setString(2, table);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) columns.add("\"" + rs.getString(1).replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            return sqlite; // no metadata: SQLite's own error
        }
        if (columns.isEmpty()) {
            throw new PgException("42704" /* undefined_object */, "constraint \"" + constraint + "\" for table \""
                    + table + "\" does not exist");
        }
        return sqlite.substring(0, m.start()) + "ON CONFLICT (" + String.join(", ", columns) + ")"
                + sqlite.substring(m.end());
    }

    private static String name(String written) {
        return written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                : dev.impostgres.translator.sql.Token.foldCase(written);
    }
}
