package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The catalog rows every database has from initdb: the system schemas, the built-in types (from the type registry),
 * access methods, collations, tablespaces and the plpgsql extension. OIDs as in a real server.
 */
final class StaticCatalog {
    private StaticCatalog() {}

    static final long PG_CATALOG = 11;
    static final long BOOTSTRAP_SUPERUSER = 10;

    private static final java.util.Set<String> MAIN_STORAGE = java.util.Set.of("numeric", "inet", "cidr");

    private static final Set<String> PSEUDO = Set.of("any", "anyarray", "anyelement", "anyenum", "anynonarray",
            "anyrange", "anymultirange", "anycompatible", "anycompatiblearray", "anycompatiblenonarray",
            "anycompatiblerange", "anycompatiblemultirange", "cstring", "internal", "language_handler",
            "fdw_handler", "table_am_handler", "index_am_handler", "tsm_handler", "record", "trigger",
            "event_trigger", "void", "unknown", "pg_ddl_command");
    private static final Set<String> NUMERIC = Set.of("int2", "int4", "int8", "float4", "float8", "numeric", "oid",
            "money", "regproc", "regprocedure", "regoper", "regoperator", "regclass", "regtype", "regrole",
            "regnamespace", "regconfig", "regdictionary", "regcollation");
    private static final Set<String> DATETIME = Set.of("date", "time", "timetz", "timestamp", "timestamptz");
    private static final Set<String> STRING = Set.of("text", "varchar", "bpchar", "name");
    private static final Set<String> PREFERRED = Set.of("bool", "float8", "oid", "text", "timestamptz", "interval",
            "inet", "varbit");

    static void fill(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("INSERT INTO pg_catalog.pg_namespace VALUES (11, 'pg_catalog', 10, NULL), "
                    + "(99, 'pg_toast', 10, NULL), (13134, 'information_schema', 10, NULL)");
            st.execute("INSERT INTO pg_catalog.pg_am VALUES (2, 'heap', 'heap_tableam_handler', 't'), "
                    + "(403, 'btree', 'bthandler', 'i'), (405, 'hash', 'hashhandler', 'i'), "
                    + "(783, 'gist', 'gisthandler', 'i'), (2742, 'gin', 'ginhandler', 'i'), "
                    + "(4000, 'spgist', 'spghandler', 'i'), (3580, 'brin', 'brinhandler', 'i')");
            st.execute("INSERT INTO pg_catalog.pg_collation VALUES "
                    + "(100, 'default', 11, 10, 'd', 1, -1, NULL, NULL, NULL, NULL, NULL), "
                    + "(950, 'C', 11, 10, 'c', 1, -1, 'C', 'C', NULL, NULL, NULL), "
                    + "(951, 'POSIX', 11, 10, 'c', 1, -1, 'POSIX', 'POSIX', NULL, NULL, NULL)");
            st.execute("INSERT INTO pg_catalog.pg_tablespace VALUES (1663, 'pg_default', 10, NULL, NULL), "
                    + "(1664, 'pg_global', 10, NULL, NULL)");
            // The SQL-standard domains of information_schema (Postgres 17.6's OIDs).
            st.execute("INSERT INTO pg_catalog.pg_type (oid, typname, typnamespace, typowner, typlen, typbyval, "
                    + "typtype, typcategory, typispreferred, typisdefined, typdelim, typrelid, typsubscript, typelem, "
                    + "typarray, typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze, typalign, "
                    + "typstorage, typnotnull, typbasetype, typtypmod, typndims, typcollation) SELECT v.column1, "
                    + "v.column2, 13134, 10, v.column3, v.column4, 'd', v.column5, 0, 1, ',', 0, '-', 0, v.column8, "
                    + "'domain_in', '-', 'domain_recv', '-', '-', '-', '-', v.column9, 'p', 0, v.column6, "
                    + "v.column7, 0, v.column10 FROM (VALUES (13148, 'cardinal_number', 4, 1, 'N', 23, -1, 13147, 'i', 0), "
                    + "(13151, 'character_data', -1, 0, 'S', 1043, -1, 13150, 'i', 950), "
                    + "(13153, 'sql_identifier', 64, 0, 'S', 19, -1, 13152, 'c', 950), "
                    + "(13159, 'time_stamp', 8, 1, 'D', 1184, 2, 13158, 'd', 0), "
                    + "(13161, 'yes_or_no', -1, 0, 'S', 1043, 7, 13160, 'i', 950)) v");
            st.execute("INSERT INTO pg_catalog.pg_extension VALUES (13559, 'plpgsql', 10, 11, 0, '1.0', NULL, NULL)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO pg_catalog.pg_type (oid, typname, "
                + "typnamespace, typowner, typlen, typbyval, typtype, typcategory, typispreferred, typisdefined, "
                + "typdelim, typrelid, typsubscript, typelem, typarray, typinput, typoutput, typreceive, typsend, "
                + "typmodin, typmodout, typanalyze, typalign, typstorage, typnotnull, typbasetype, typtypmod, "
                + "typndims, typcollation) VALUES (?, ?, 11, 10, ?, ?, ?, ?, ?, 1, ',', 0, ?, ?, ?, ?, ?, ?, ?, "
                + "'-', '-', '-', ?, ?, 0, 0, -1, 0, ?)")) {
            for (PgType type : PgTypes.all()) {
                String name = type.name();
                boolean array = type.isArray();
                char typtype = PSEUDO.contains(name) ? 'p' : name.endsWith("multirange") ? 'm'
                        : name.endsWith("range") ? 'r' : 'b';
                boolean byval = !array && (type.typlen() == 1 || type.typlen() == 2 || type.typlen() == 4
                        || type.typlen() == 8);
                String io = array ? "array_" : name;
                int p = 1;
                ps.setInt(p++, type.oid());
                ps.setString(p++, name);
                ps.setInt(p++, type.typlen());
                ps.setInt(p++, byval ? 1 : 0);
                ps.setString(p++, String.valueOf(typtype));
                ps.setString(p++, String.valueOf(category(type, typtype)));
                ps.setInt(p++, PREFERRED.contains(name) ? 1 : 0);
                ps.setString(p++, array ? "array_subscript_handler" : "-");
                ps.setInt(p++, type.elementOid());
                ps.setInt(p++, type.arrayOid());
                ps.setString(p++, io + "in");
                ps.setString(p++, io + "out");
                ps.setString(p++, io + "recv");
                ps.setString(p++, io + "send");
                ps.setString(p++, type.typlen() == 8 ? "d" : type.typlen() == 2 ? "s"
                        : type.typlen() == 1 || type.typlen() == -2 ? "c" : "i");
                // numeric, inet and cidr are 'm' (main) in Postgres; other varlena types are 'x' (extended)
                ps.setString(p++, type.typlen() != -1 ? "p" : MAIN_STORAGE.contains(name) ? "m" : "x");
                ps.setInt(p, STRING.contains(name) ? (name.equals("name") ? 950 : 100) : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static char category(PgType type, char typtype) {
        String name = type.name();
        if (type.isArray()) return 'A';
        if (typtype == 'p') return name.equals("unknown") ? 'X' : 'P';
        if (typtype == 'r' || typtype == 'm') return 'R';
        if (name.equals("bool")) return 'B';
        if (NUMERIC.contains(name)) return 'N';
        if (STRING.contains(name)) return 'S';
        if (DATETIME.contains(name)) return 'D';
        if (name.equals("interval")) return 'T';
        if (name.equals("inet") || name.equals("cidr")) return 'I';
        if (name.equals("bit") || name.equals("varbit")) return 'V';
        if (Set.of("point", "lseg", "path", "box", "polygon", "line", "circle").contains(name)) return 'G';
        if (name.equals("char")) return 'Z';
        return 'U';
    }
}
