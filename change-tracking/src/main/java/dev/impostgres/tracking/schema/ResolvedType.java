package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.SQLException;

/**
 * A column type after resolution: built-in (from the type registry) or user-defined (an enum in _pg_type). A
 * domain resolves to its ultimate base type and typmod, with {@code domain} its OID (0 for other types).
 */
record ResolvedType(int oid, int typmod, String name, long domain) {

    ResolvedType(int oid, int typmod, String name) { this(oid, typmod, name, 0); }

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
        try (var ps = catalog.connection().prepareStatement("SELECT oid, typarray, typtype FROM _pg_type WHERE typname = ?")) {
            ps.setString(1, bare);
            try (var rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (!"d".equals(rs.getString(3))) {
                        return new ResolvedType(array ? rs.getInt(2) : rs.getInt(1), -1, array ? bare + "[]" : bare);
                    }
                    if (array) {
                        throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED, "arrays of domain %s are not supported", bare);
                    }
                    long domain = rs.getLong(1);
                    Domains.Base under = Domains.base(catalog.connection(), Domains.load(catalog.connection(), domain));
                    return new ResolvedType(under.oid(), under.typmod(), bare, domain);
                }
            }
        }
        throw PgException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", folded);
    }
}
