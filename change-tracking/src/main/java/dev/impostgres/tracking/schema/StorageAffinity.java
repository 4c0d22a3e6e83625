package dev.impostgres.tracking.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQLite column type of a Postgres column. It gives the affinity the storage representation needs (bool and
 * integers INTEGER, floats REAL, bytea BLOB, everything else TEXT, so numeric '4.50' is never turned into a REAL)
 * and carries the attnum ({@code TEXT_PG3}), which sqlite3_column_decltype hands back for any result column that
 * comes straight from a table column, even through a view: together with sqlite3_column_table_name it finds the
 * column's metadata row, so RowDescription reports the declared type, typmod, table OID and attnum.
 */
public final class StorageAffinity {
    private StorageAffinity() {}

    private static final Pattern ENCODED = Pattern.compile("^(INTEGER|REAL|BLOB|TEXT)_PG(\\d+)$");

    public static String affinity(int typeOid) {
        return switch (typeOid) {
            case 16, 20, 21, 23, 26 -> "INTEGER";
            case 700, 701 -> "REAL";
            case 17 -> "BLOB";
            default -> "TEXT";
        };
    }

    public static String declaredType(int typeOid, int attnum) {
        return affinity(typeOid) + "_PG" + attnum;
    }

    /** The attnum encoded in a SQLite declared type, or -1 when it is not one of ours. */
    public static int attnum(String declaredType) {
        if (declaredType == null) return -1;
        Matcher m = ENCODED.matcher(declaredType);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }
}
