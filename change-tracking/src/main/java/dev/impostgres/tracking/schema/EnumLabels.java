package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** An enum type's labels in sort order, read from _pg_type on the calling connection (its own transaction's view). */
public final class EnumLabels {
    private EnumLabels() {}

    /** The type's name and labels, or null when {@code oid} is not an enum. */
    public record Enum(String name, List<String> labels) {
        /** The label's position (0-based); 22P02 when it is not one of the labels. */
        public int position(String label) {
            int at = labels.indexOf(label);
            if (at < 0) {
                throw PgException.of(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input value for enum %s: \"%s\"",
                        name, label);
            }
            return at;
        }
    }

    /** {oid, array type oid} of the enum named {@code name} (any schema), or null. */
    public static long[] oidsOf(Connection connection, String name) {
        try (var ps = connection.prepareStatement("SELECT oid, typarray FROM main._pg_type WHERE typname = ? AND typtype = 'e'")) {
            ps.setString(1, name);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    public static Enum of(Connection connection, long oid) {
        try (var ps = connection.prepareStatement("SELECT typname, labels FROM main._pg_type WHERE oid = ? AND typtype = 'e'")) {
            ps.setLong(1, oid);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                String labels = rs.getString(2);
                return new Enum(rs.getString(1), labels == null || labels.isEmpty() ? List.of()
                        : List.of(labels.split("\u0000", -1)));
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
