package dev.impostgres.translator.rules;

import dev.impostgres.translator.types.PgType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TEMPORARY, delete at merge: a minimal stand-in for {@code dev.impostgres.translator.types.PgTypes} (owned by the
 * types helper, not merged when this was written). Same method names, so the merge only swaps the class name in
 * {@link TypeLookup}. OIDs are Postgres 17's.
 */
final class PgTypesFallback {
    private PgTypesFallback() {}

    private static final Map<String, PgType> BY_NAME = new HashMap<>();
    private static final Map<Integer, PgType> BY_OID = new HashMap<>();

    static final PgType BOOL = add(16, "bool", 1, 1000, "boolean");
    static final PgType BYTEA = add(17, "bytea", -1, 1001);
    static final PgType NAME = add(19, "name", 64, 1003);
    static final PgType INT8 = add(20, "int8", 8, 1016, "bigint");
    static final PgType INT2 = add(21, "int2", 2, 1005, "smallint");
    static final PgType INT4 = add(23, "int4", 4, 1007, "int", "integer");
    static final PgType TEXT = add(25, "text", -1, 1009);
    static final PgType OID = add(26, "oid", 4, 1028);
    static final PgType JSON = add(114, "json", -1, 199);
    static final PgType FLOAT4 = add(700, "float4", 4, 1021, "real");
    static final PgType FLOAT8 = add(701, "float8", 8, 1022, "double precision", "float");
    static final PgType UNKNOWN = add(705, "unknown", -2, 0);
    static final PgType BPCHAR = add(1042, "bpchar", -1, 1014, "character", "char");
    static final PgType VARCHAR = add(1043, "varchar", -1, 1015, "character varying");
    static final PgType DATE = add(1082, "date", 4, 1182);
    static final PgType TIME = add(1083, "time", 8, 1183, "time without time zone");
    static final PgType TIMESTAMP = add(1114, "timestamp", 8, 1115, "timestamp without time zone");
    static final PgType TIMESTAMPTZ = add(1184, "timestamptz", 8, 1185, "timestamp with time zone");
    static final PgType INTERVAL = add(1186, "interval", 16, 1187);
    static final PgType NUMERIC = add(1700, "numeric", -1, 1231, "decimal");
    static final PgType REGCLASS = add(2205, "regclass", 4, 2210);
    static final PgType UUID = add(2950, "uuid", 16, 2951);
    static final PgType JSONB = add(3802, "jsonb", -1, 3807);

    private static PgType add(int oid, String name, int len, int arrayOid, String... aliases) {
        PgType t = new PgType(oid, name, (short) len, arrayOid, 0);
        BY_NAME.put(name, t);
        for (String a : aliases) BY_NAME.put(a, t);
        BY_OID.put(oid, t);
        if (arrayOid != 0) {
            PgType arr = new PgType(arrayOid, "_" + name, (short) -1, 0, oid);
            BY_OID.put(arrayOid, arr);
            BY_NAME.put("_" + name, arr);
            BY_NAME.put(name + "[]", arr);
            for (String a : aliases) BY_NAME.put(a + "[]", arr);
        }
        return t;
    }

    static PgType byOid(int oid) { return BY_OID.get(oid); }

    /** By name or alias; a type modifier such as (20) and a pg_catalog. prefix are ignored. */
    static PgType byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("pg_catalog.")) n = n.substring("pg_catalog.".length());
        n = n.replaceAll("\\s*\\([^)]*\\)", "");
        return BY_NAME.get(n);
    }
}
