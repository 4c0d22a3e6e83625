package dev.impostgres.tracking;

import dev.impostgres.translator.types.PgType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORARY until PgTypes lands: the few type lookups the SQLite layer needs to describe result columns
 * (declared column type spelling -> PgType and typmod). Replace every use with
 * {@code dev.impostgres.translator.types.PgTypes} once it is merged, then delete this class.
 */
final class FallbackPgTypes { // TEMPORARY until PgTypes lands
    private FallbackPgTypes() {}

    private static final Map<String, PgType> BY_NAME = new HashMap<>();
    private static final Map<Integer, PgType> BY_OID = new HashMap<>();

    static final PgType BOOL = add(16, "bool", 1, 1000, "boolean");
    static final PgType BYTEA = add(17, "bytea", -1, 1001);
    static final PgType NAME = add(19, "name", 64, 1003);
    static final PgType INT8 = add(20, "int8", 8, 1016, "bigint", "bigserial", "serial8");
    static final PgType INT2 = add(21, "int2", 2, 1005, "smallint", "smallserial", "serial2");
    static final PgType INT4 = add(23, "int4", 4, 1007, "int", "integer", "serial", "serial4");
    static final PgType TEXT = add(25, "text", -1, 1009);
    static final PgType OID = add(26, "oid", 4, 1028);
    static final PgType JSON = add(114, "json", -1, 199);
    static final PgType FLOAT4 = add(700, "float4", 4, 1021, "real");
    static final PgType FLOAT8 = add(701, "float8", 8, 1022, "double precision", "float");
    static final PgType BPCHAR = add(1042, "bpchar", -1, 1014, "char", "character");
    static final PgType VARCHAR = add(1043, "varchar", -1, 1015, "character varying");
    static final PgType DATE = add(1082, "date", 4, 1182);
    static final PgType TIME = add(1083, "time", 8, 1183, "time without time zone");
    static final PgType TIMESTAMP = add(1114, "timestamp", 8, 1115, "timestamp without time zone");
    static final PgType TIMESTAMPTZ = add(1184, "timestamptz", 8, 1185, "timestamp with time zone");
    static final PgType INTERVAL = add(1186, "interval", 16, 1187);
    static final PgType NUMERIC = add(1700, "numeric", -1, 1231, "decimal");
    static final PgType UUID = add(2950, "uuid", 16, 2951);
    static final PgType JSONB = add(3802, "jsonb", -1, 3807);

    private static PgType add(int oid, String name, int typlen, int arrayOid, String... aliases) {
        PgType type = new PgType(oid, name, (short) typlen, arrayOid, 0);
        PgType array = new PgType(arrayOid, "_" + name, (short) -1, 0, oid);
        BY_OID.put(oid, type);
        BY_OID.put(arrayOid, array);
        BY_NAME.put(name, type);
        for (String alias : aliases) BY_NAME.put(alias, type);
        return type;
    }

    static PgType byOid(int oid) { return BY_OID.get(oid); }

    /** A declared type as written in CREATE TABLE ("varchar(20)", "pg_catalog.int4", "text[]") -> type, or null. */
    static PgType byName(String declared) {
        String base = baseName(declared);
        boolean array = base.endsWith("[]");
        if (array) base = base.substring(0, base.length() - 2).trim();
        PgType type = BY_NAME.get(base);
        if (type == null) return null;
        return array ? BY_OID.get(type.arrayOid()) : type;
    }

    private static final Pattern MODIFIERS = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\)");

    /** The typmod Postgres records for the declared type, -1 when it has none. */
    static int typmodOf(String declared) {
        PgType type = byName(declared);
        Matcher m = MODIFIERS.matcher(declared);
        if (type == null || !m.find()) return -1;
        int first = Integer.parseInt(m.group(1));
        int elementOid = type.isArray() ? type.elementOid() : type.oid();
        return switch (elementOid) {
            case 1042, 1043 -> first + 4;
            case 1700 -> ((first << 16) | (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) & 0xffff)) + 4;
            case 1083, 1114, 1184 -> first;
            case 1186 -> (0x7fff << 16) | first;
            default -> -1;
        };
    }

    /** Lower case, quotes, schema and modifiers removed, whitespace collapsed: "TIMESTAMP(3) WITH TIME ZONE" -> "timestamp with time zone". */
    private static String baseName(String declared) {
        String s = declared.toLowerCase(Locale.ROOT).replace("\"", "").replaceAll("\\([^)]*\\)", " ");
        if (s.startsWith("pg_catalog.")) s = s.substring("pg_catalog.".length());
        return s.replaceAll("\\s+", " ").replace(" []", "[]").trim();
    }
}
