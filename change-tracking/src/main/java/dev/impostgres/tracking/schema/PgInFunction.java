package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.ValueCodec;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * {@code _pg_in(type_oid, typmod, value)}: a value in the storage form of a column's declared type, validated and
 * normalized as Postgres's input function plus typmod coercion would (22P02 on bad input, numeric rounded to
 * its scale, varchar(n) too long 22001, char(n) padded, timestamptz to UTC, jsonb normalized). Errors reach
 * SQLite as {@code pgerror:SQLSTATE:message}, which {@link SchemaErrors} turns back into the PgException.
 */
public final class PgInFunction extends Function {
    public static final String NAME = "_pg_in";
    private static final ValueCodec CODEC = new ValueCodec();

    /** The connection it is registered on, to read enum labels (null: enums pass unchecked). */
    private final java.sql.Connection connection;

    public PgInFunction() { this(null); }

    public PgInFunction(java.sql.Connection connection) { this.connection = connection; }

    @Override
    protected void xFunc() throws SQLException {
        int oid = value_int(0);
        int typmod = value_int(1);
        try {
            Object in = switch (value_type(2)) {
                case SQLITE_NULL -> null;
                case SQLITE_INTEGER -> value_long(2);
                case SQLITE_FLOAT -> value_double(2);
                case SQLITE_BLOB -> emptyIfNull(value_blob(2)); // sqlite-jdbc reads X'' as null
                default -> value_text(2);
            };
            PgType type = PgTypes.byOid(oid);
            if (type == null && in != null && connection != null && oid >= 16384) {
                EnumLabels.Enum e = EnumLabels.of(connection, oid);
                if (e != null) e.position(in.toString()); // 22P02 for a value that is not a label
            }
            Object out = StorageValues.coerce(type, typmod, in);
            if (out == null) result();
            else if (out instanceof Long l) result(l);
            else if (out instanceof Double d) result(d);
            else if (out instanceof byte[] b) result(b);
            else result(out.toString());
        } catch (PgException e) {
            error(SchemaErrors.encode(e));
        }
    }

    private static byte[] emptyIfNull(byte[] blob) {
        return blob == null ? new byte[0] : blob;
    }

    static Object decode(PgType type, String text) {
        return CODEC.decodeText(type, text, FormatSettings.DEFAULT);
    }

    private static final int SQLITE_INTEGER = 1, SQLITE_FLOAT = 2, SQLITE_BLOB = 4, SQLITE_NULL = 5;
}
