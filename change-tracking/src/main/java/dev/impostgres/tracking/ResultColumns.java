package dev.impostgres.tracking;

import dev.impostgres.tracking.schema.DeclaredColumns;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.PgType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * Decides each result column's Postgres type: the declared type of a table column (sqlite3_column_decltype, the
 * spelling from CREATE TABLE, so typmods like varchar(20) survive), else the translator's hint, else the storage
 * class of the values actually returned. sqlite-jdbc's getColumnTypeName is not used: it drops the modifiers and
 * invents a type for expressions.
 */
final class ResultColumns {
    private ResultColumns() {}

    /** One result column as SQLite describes it after prepare. */
    record Raw(String name, String declaredType, String table) {}

    /** Raw columns with the declared Postgres column behind each (null entries for expressions). */
    static List<DeclaredColumns.Origin> origins(java.sql.Connection connection, List<Raw> raw) throws SQLException {
        List<DeclaredColumns.Origin> out = new ArrayList<>(raw.size());
        for (Raw column : raw) out.add(DeclaredColumns.origin(connection, column.table(), column.declaredType()));
        return out;
    }

    static List<Raw> raw(PreparedStatement ps) throws SQLException {
        CoreStatement core = ps.unwrap(CoreStatement.class);
        return core.pointer.safeRun((DB db, long ptr) -> {
            int count = db.column_count(ptr);
            List<Raw> raw = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                raw.add(new Raw(db.column_name(ptr, i), db.column_decltype(ptr, i), db.column_table_name(ptr, i)));
            }
            return raw;
        });
    }

    /** Columns for RowDescription; {@code rows} may be empty (Describe), then expressions without a hint are text. */
    static List<ResultColumn> describe(List<Raw> raw, List<PgType> hints, List<Object[]> rows) {
        return describe(raw, null, hints, rows);
    }

    /** As above; {@code origins} (may be null) gives the metadata of result columns that are table columns. */
    static List<ResultColumn> describe(List<Raw> raw, List<DeclaredColumns.Origin> origins, List<PgType> hints,
                                       List<Object[]> rows) {
        return describe(raw, origins, hints, null, rows);
    }

    /** As above; {@code typmods} (may be null) gives the typmod of each hinted column (a cast to numeric(10,2)). */
    static List<ResultColumn> describe(List<Raw> raw, List<DeclaredColumns.Origin> origins, List<PgType> hints,
                                       List<Integer> typmods, List<Object[]> rows) {
        List<ResultColumn> columns = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Raw column = raw.get(i);
            DeclaredColumns.Origin declaredOrigin = origins == null ? null : origins.get(i);
            if (declaredOrigin != null) {
                columns.add(new ResultColumn(column.name(), declaredOrigin.type(), declaredOrigin.typmod(),
                        declaredOrigin.tableOid(), declaredOrigin.attnum()));
                continue;
            }
            PgType hint = hints != null && i < hints.size() ? hints.get(i) : null;
            PgType declared = column.declaredType() == null ? null : PgTypes.byName(column.declaredType());
            PgType type;
            int typmod = -1;
            if (declared != null) {
                type = declared;
                typmod = PgTypes.typmodOf(column.declaredType());
            } else if (hint != null) {
                type = hint;
                if (typmods != null && i < typmods.size() && typmods.get(i) != null) typmod = typmods.get(i);
            } else if (column.declaredType() != null) {
                type = PgTypes.TEXT; // a declared type we do not know (e.g. a user-defined one): as text
            } else {
                type = fromStorageClass(rows, i);
            }
            int[] origin = origin(column);
            columns.add(new ResultColumn(column.name(), type, typmod, origin[0], (short) origin[1]));
        }
        return columns;
    }

    /**
     * The one place that decides tableOid / columnNumber. 0/0 until the catalog gives tables stable OIDs (a rowid of
     * sqlite_schema is not stable across VACUUM or DROP/CREATE, and clients cache these numbers).
     */
    static int[] origin(Raw column) {
        return new int[] {0, 0};
    }

    /**
     * INTEGER -> int4 when every value fits, else int8; REAL -> float8; TEXT -> text; BLOB -> bytea; NULL -> text.
     * The first non-null value decides; integers are checked on every row so a later large value is not sent as int4.
     */
    private static PgType fromStorageClass(List<Object[]> rows, int index) {
        Object first = rows.stream().map(row -> row[index]).filter(v -> v != null).findFirst().orElse(null);
        if (first instanceof Double) return PgTypes.FLOAT8;
        if (first instanceof byte[]) return PgTypes.BYTEA;
        if (!(first instanceof Long)) return PgTypes.TEXT;
        boolean wide = false;
        for (Object[] row : rows) {
            Object value = row[index];
            if (value == null) continue;
            if (!(value instanceof Long l)) return PgTypes.TEXT; // mixed classes: text shows all faithfully
            wide |= l < Integer.MIN_VALUE || l > Integer.MAX_VALUE;
        }
        return wide ? PgTypes.INT8 : PgTypes.INT4;
    }
}
