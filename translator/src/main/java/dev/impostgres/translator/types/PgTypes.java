package dev.impostgres.translator.types;

import java.util.Collection;

/**
 * The type registry: the built-in Postgres types by OID and by SQL spelling, atttypmod and format_type().
 * OIDs, names and lengths are Postgres 17's (see {@link BuiltinTypes}).
 */
public final class PgTypes {
    private PgTypes() {}

    public static final PgType BOOL = oid(16);
    public static final PgType BYTEA = oid(17);
    /** The one-byte {@code "char"} type, not {@code char(n)} (which is {@link #BPCHAR}). */
    public static final PgType CHAR = oid(18);
    public static final PgType NAME = oid(19);
    public static final PgType INT8 = oid(20);
    public static final PgType INT2 = oid(21);
    public static final PgType INT2VECTOR = oid(22);
    public static final PgType INT4 = oid(23);
    public static final PgType REGPROC = oid(24);
    public static final PgType TEXT = oid(25);
    public static final PgType OID = oid(26);
    public static final PgType TID = oid(27);
    public static final PgType XID = oid(28);
    public static final PgType CID = oid(29);
    public static final PgType OIDVECTOR = oid(30);
    public static final PgType JSON = oid(114);
    public static final PgType XML = oid(142);
    public static final PgType PG_NODE_TREE = oid(194);
    public static final PgType POINT = oid(600);
    public static final PgType CIDR = oid(650);
    public static final PgType FLOAT4 = oid(700);
    public static final PgType FLOAT8 = oid(701);
    public static final PgType UNKNOWN = oid(705);
    public static final PgType MONEY = oid(790);
    public static final PgType MACADDR = oid(829);
    public static final PgType INET = oid(869);
    public static final PgType ACLITEM = oid(1033);
    public static final PgType BPCHAR = oid(1042);
    public static final PgType VARCHAR = oid(1043);
    public static final PgType DATE = oid(1082);
    public static final PgType TIME = oid(1083);
    public static final PgType TIMESTAMP = oid(1114);
    public static final PgType TIMESTAMPTZ = oid(1184);
    public static final PgType INTERVAL = oid(1186);
    public static final PgType TIMETZ = oid(1266);
    public static final PgType BIT = oid(1560);
    public static final PgType VARBIT = oid(1562);
    public static final PgType NUMERIC = oid(1700);
    public static final PgType REFCURSOR = oid(1790);
    public static final PgType REGPROCEDURE = oid(2202);
    public static final PgType REGCLASS = oid(2205);
    public static final PgType REGTYPE = oid(2206);
    public static final PgType RECORD = oid(2249);
    public static final PgType CSTRING = oid(2275);
    public static final PgType ANY = oid(2276);
    public static final PgType ANYARRAY = oid(2277);
    public static final PgType VOID = oid(2278);
    public static final PgType TRIGGER = oid(2279);
    public static final PgType ANYELEMENT = oid(2283);
    public static final PgType UUID = oid(2950);
    public static final PgType PG_LSN = oid(3220);
    public static final PgType TSVECTOR = oid(3614);
    public static final PgType JSONB = oid(3802);
    public static final PgType INT4RANGE = oid(3904);
    public static final PgType INT8RANGE = oid(3926);
    public static final PgType REGNAMESPACE = oid(4089);
    public static final PgType REGROLE = oid(4096);
    public static final PgType XID8 = oid(5069);

    public static final PgType BOOL_ARRAY = oid(1000);
    public static final PgType BYTEA_ARRAY = oid(1001);
    public static final PgType INT2_ARRAY = oid(1005);
    public static final PgType INT4_ARRAY = oid(1007);
    public static final PgType TEXT_ARRAY = oid(1009);
    public static final PgType VARCHAR_ARRAY = oid(1015);
    public static final PgType INT8_ARRAY = oid(1016);
    public static final PgType FLOAT4_ARRAY = oid(1021);
    public static final PgType FLOAT8_ARRAY = oid(1022);
    public static final PgType OID_ARRAY = oid(1028);
    public static final PgType NUMERIC_ARRAY = oid(1231);
    public static final PgType UUID_ARRAY = oid(2951);
    public static final PgType JSONB_ARRAY = oid(3807);
    public static final PgType TIMESTAMPTZ_ARRAY = oid(1185);

    /** The type with this OID, or null if it is not a built-in type. */
    public static PgType byOid(int oid) {
        return BuiltinTypes.BY_OID.get(oid);
    }

    /**
     * The type a SQL type name denotes, as CREATE TABLE or a cast would resolve it: aliases (integer, serial,
     * double precision, character varying(n), timestamp with time zone, …), {@code type[]} and {@code _type}
     * arrays, pg_catalog-qualified names, case-insensitively. Null if unknown.
     */
    public static PgType byName(String sqlName) {
        DeclaredType declared = DeclaredType.parseOrNull(sqlName);
        return declared == null ? null : declared.type();
    }

    /** The atttypmod Postgres stores for a declared column type ({@code varchar(20)} → 24), -1 when none. */
    public static int typmodOf(String declaredType) {
        DeclaredType declared = DeclaredType.parseOrNull(declaredType);
        return declared == null ? -1 : declared.typmod();
    }

    /** What Postgres's format_type(oid, typmod) prints, e.g. "character varying(20)" or "integer[]". */
    public static String formatType(PgType type, int typmod) {
        return TypeFormatter.format(type, typmod);
    }

    public static Collection<PgType> all() {
        return BuiltinTypes.all();
    }

    private static PgType oid(int oid) {
        PgType type = BuiltinTypes.BY_OID.get(oid);
        if (type == null) throw new IllegalStateException("no built-in type " + oid);
        return type;
    }
}
