package dev.impostgres.tracking.schema;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The declared Postgres column behind a result column, found from SQLite's origin table name and our encoded
 * declared type (see {@link StorageAffinity}); null when the result column is an expression or the table has no
 * metadata.
 */
public final class DeclaredColumns {
    private DeclaredColumns() {}

    /** A result column's declared origin: type, typmod, table OID and attnum. */
    public record Origin(PgType type, int typmod, int tableOid, short attnum) {}

    public static Origin origin(Connection connection, String sqliteTable, String declaredType) throws SQLException {
        int attnum = StorageAffinity.attnum(declaredType);
        if (attnum < 0 || sqliteTable == null) return null;
        try (var ps = connection.prepareStatement("SELECT a.atttypid, a.atttypmod, c.oid FROM _pg_class c "
                + "JOIN _pg_attribute a ON a.attrelid = c.oid WHERE c.sqlite_name = ? AND a.attnum = ?")) {
            ps.setString(1, sqliteTable);
            ps.setInt(2, attnum);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                PgType type = PgTypes.byOid(rs.getInt(1));
                // A user-defined type (an enum): its own OID, printed as its label text.
                if (type == null) type = rs.getInt(1) >= 16384 ? new PgType(rs.getInt(1), "enum", (short) 4, 0, 0)
                        : PgTypes.TEXT;
                return new Origin(type, rs.getInt(2), (int) rs.getLong(3), (short) attnum);
            }
        }
    }
}
