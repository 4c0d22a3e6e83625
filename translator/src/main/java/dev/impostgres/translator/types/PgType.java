package dev.impostgres.translator.types;

/**
 * A Postgres data type as clients see it: the OID and name from pg_type, its length (-1 varlena, -2 cstring),
 * the OID of its array type (0 if none) and, for array types, the OID of the element type (0 otherwise).
 * OIDs match real Postgres 17 exactly.
 */
public record PgType(int oid, String name, short typlen, int arrayOid, int elementOid) {
    public boolean isArray() { return elementOid != 0; }
}
