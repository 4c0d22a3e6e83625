package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.SQLException;

/** A column type after resolution: built-in (from the type registry) or user-defined (an enum in _pg_type). */
record ResolvedType(int oid, int typmod, String name) {

    static ResolvedType of(Catalog catalog, String written, int builtinOid, int typmod) throws SQLException {
        if (builtinOid != 0) {
            PgType type = PgTypes.byOid(builtinOid);
            return new ResolvedType(builtinOid, typmod, PgTypes.formatType(type, typmod));
        }
        String name = written.trim();
        boolean array = name.endsWith("[]");
        String base = array ? name.substring(0, name.length() - 2).trim() : name;
        String folded = base.startsWith("\"") ? base.substring(1, base.length() - 1)
                : dev.impostgres.translator.sql.Token.foldCase(base);
        String bare = folded.contains(".") ? folded.substring(folded.indexOf('.') + 1) : folded;
        try (var ps = catalog.connection().prepareStatement("SELECT oid, typarray FROM _pg_type WHERE typname = ?")) {
            ps.setString(1, bare);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) return new ResolvedType(array ? rs.getInt(2) : rs.getInt(1), -1, array ? bare + "[]" : bare);
            }
        }
        throw PgException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", folded);
    }
}
