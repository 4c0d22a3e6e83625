package dev.impostgres.tracking.schema;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * A view's columns as _pg_attribute rows (so \d, information_schema and drivers see them): a column taken straight
 * from a table column has that column's type and typmod (SQLite reports its origin); any other column the type its
 * declared SQLite type names, else text.
 */
final class ViewColumns {
    private ViewColumns() {}

    private record Raw(String name, String declaredType, String table) {}

    static void record(Catalog catalog, long viewOid, String sqliteView) throws SQLException {
        List<Raw> raw;
        try (PreparedStatement ps = catalog.connection().prepareStatement("SELECT * FROM " + Catalog.quote(sqliteView))) {
            CoreStatement core = ps.unwrap(CoreStatement.class);
            raw = core.pointer.safeRun((DB db, long ptr) -> {
                int count = db.column_count(ptr);
                List<Raw> out = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    out.add(new Raw(db.column_name(ptr, i), db.column_decltype(ptr, i), db.column_table_name(ptr, i)));
                }
                return out;
            });
        }
        for (int i = 0; i < raw.size(); i++) {
            Raw column = raw.get(i);
            DeclaredColumns.Origin origin = DeclaredColumns.origin(catalog.connection(), column.table(), column.declaredType());
            PgType type;
            int typmod = -1;
            if (origin != null) {
                type = origin.type();
                typmod = origin.typmod();
            } else {
                PgType declared = column.declaredType() == null ? null : PgTypes.byName(column.declaredType());
                type = declared != null ? declared : PgTypes.TEXT;
            }
            catalog.insertColumn(new Column(viewOid, i + 1, column.name(), type.oid(), typmod, type.name(), false, null,
                    "", ""));
        }
    }
}
