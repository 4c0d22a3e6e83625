package dev.impostgres.translator.types;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pg_catalog base, pseudo, range and multirange types of Postgres 17 with their array types. The rows below
 * were produced by {@code SELECT oid, typname, typlen, typarray FROM pg_type WHERE typnamespace = 11 AND typtype IN
 * ('b','p','r','m')} on a real server; array types are derived (every array is named "_" + element, typlen -1).
 * Fixed-length types that Postgres subscripts (name, point, int2vector, …) keep elementOid 0 here: they are not
 * arrays on the wire.
 */
final class BuiltinTypes {
    private BuiltinTypes() {}

    static final Map<Integer, PgType> BY_OID;
    static final Map<String, PgType> BY_NAME;

    static {
        Map<Integer, PgType> byOid = new LinkedHashMap<>();
        Map<String, PgType> byName = new HashMap<>();
        for (PgType base : new PgType[] {
            t(16, "bool", 1, 1000),
            t(17, "bytea", -1, 1001),
            t(18, "char", 1, 1002),
            t(19, "name", 64, 1003),
            t(20, "int8", 8, 1016),
            t(21, "int2", 2, 1005),
            t(22, "int2vector", -1, 1006),
            t(23, "int4", 4, 1007),
            t(24, "regproc", 4, 1008),
            t(25, "text", -1, 1009),
            t(26, "oid", 4, 1028),
            t(27, "tid", 6, 1010),
            t(28, "xid", 4, 1011),
            t(29, "cid", 4, 1012),
            t(30, "oidvector", -1, 1013),
            t(32, "pg_ddl_command", 8, 0),
            t(114, "json", -1, 199),
            t(142, "xml", -1, 143),
            t(194, "pg_node_tree", -1, 0),
            t(269, "table_am_handler", 4, 0),
            t(325, "index_am_handler", 4, 0),
            t(600, "point", 16, 1017),
            t(601, "lseg", 32, 1018),
            t(602, "path", -1, 1019),
            t(603, "box", 32, 1020),
            t(604, "polygon", -1, 1027),
            t(628, "line", 24, 629),
            t(650, "cidr", -1, 651),
            t(700, "float4", 4, 1021),
            t(701, "float8", 8, 1022),
            t(705, "unknown", -2, 0),
            t(718, "circle", 24, 719),
            t(774, "macaddr8", 8, 775),
            t(790, "money", 8, 791),
            t(829, "macaddr", 6, 1040),
            t(869, "inet", -1, 1041),
            t(1033, "aclitem", 12, 1034),
            t(1042, "bpchar", -1, 1014),
            t(1043, "varchar", -1, 1015),
            t(1082, "date", 4, 1182),
            t(1083, "time", 8, 1183),
            t(1114, "timestamp", 8, 1115),
            t(1184, "timestamptz", 8, 1185),
            t(1186, "interval", 16, 1187),
            t(1266, "timetz", 12, 1270),
            t(1560, "bit", -1, 1561),
            t(1562, "varbit", -1, 1563),
            t(1700, "numeric", -1, 1231),
            t(1790, "refcursor", -1, 2201),
            t(2202, "regprocedure", 4, 2207),
            t(2203, "regoper", 4, 2208),
            t(2204, "regoperator", 4, 2209),
            t(2205, "regclass", 4, 2210),
            t(2206, "regtype", 4, 2211),
            t(2249, "record", -1, 2287),
            t(2275, "cstring", -2, 1263),
            t(2276, "any", 4, 0),
            t(2277, "anyarray", -1, 0),
            t(2278, "void", 4, 0),
            t(2279, "trigger", 4, 0),
            t(2280, "language_handler", 4, 0),
            t(2281, "internal", 8, 0),
            t(2283, "anyelement", 4, 0),
            t(2776, "anynonarray", 4, 0),
            t(2950, "uuid", 16, 2951),
            t(2970, "txid_snapshot", -1, 2949),
            t(3115, "fdw_handler", 4, 0),
            t(3220, "pg_lsn", 8, 3221),
            t(3310, "tsm_handler", 4, 0),
            t(3361, "pg_ndistinct", -1, 0),
            t(3402, "pg_dependencies", -1, 0),
            t(3500, "anyenum", 4, 0),
            t(3614, "tsvector", -1, 3643),
            t(3615, "tsquery", -1, 3645),
            t(3642, "gtsvector", -1, 3644),
            t(3734, "regconfig", 4, 3735),
            t(3769, "regdictionary", 4, 3770),
            t(3802, "jsonb", -1, 3807),
            t(3831, "anyrange", -1, 0),
            t(3838, "event_trigger", 4, 0),
            t(3904, "int4range", -1, 3905),
            t(3906, "numrange", -1, 3907),
            t(3908, "tsrange", -1, 3909),
            t(3910, "tstzrange", -1, 3911),
            t(3912, "daterange", -1, 3913),
            t(3926, "int8range", -1, 3927),
            t(4072, "jsonpath", -1, 4073),
            t(4089, "regnamespace", 4, 4090),
            t(4096, "regrole", 4, 4097),
            t(4191, "regcollation", 4, 4192),
            t(4451, "int4multirange", -1, 6150),
            t(4532, "nummultirange", -1, 6151),
            t(4533, "tsmultirange", -1, 6152),
            t(4534, "tstzmultirange", -1, 6153),
            t(4535, "datemultirange", -1, 6155),
            t(4536, "int8multirange", -1, 6157),
            t(4537, "anymultirange", -1, 0),
            t(4538, "anycompatiblemultirange", -1, 0),
            t(4600, "pg_brin_bloom_summary", -1, 0),
            t(4601, "pg_brin_minmax_multi_summary", -1, 0),
            t(5017, "pg_mcv_list", -1, 0),
            t(5038, "pg_snapshot", -1, 5039),
            t(5069, "xid8", 8, 271),
            t(5077, "anycompatible", 4, 0),
            t(5078, "anycompatiblearray", -1, 0),
            t(5079, "anycompatiblenonarray", 4, 0),
            t(5080, "anycompatiblerange", -1, 0),
        }) {
            byOid.put(base.oid(), base);
            byName.put(base.name(), base);
            if (base.arrayOid() != 0) {
                PgType array = new PgType(base.arrayOid(), "_" + base.name(), (short) -1, 0, base.oid());
                byOid.put(array.oid(), array);
                byName.put(array.name(), array);
            }
        }
        BY_OID = Collections.unmodifiableMap(byOid);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    static Collection<PgType> all() { return BY_OID.values(); }

    private static PgType t(int oid, String name, int typlen, int arrayOid) {
        return new PgType(oid, name, (short) typlen, arrayOid, 0);
    }
}
