package dev.impostgres.tracking.schema;

/**
 * One row of _pg_attribute: the column's declared Postgres type ({@code typeOid} 0 never happens; enums have their
 * own OID), its typmod (-1 none), the type as declared, NOT NULL, the default in Postgres spelling, identity
 * ('a', 'd' or empty) and generated ('s' or empty).
 */
public record Column(long relationOid, int attnum, String name, int typeOid, int typmod, String typeName,
                     boolean notNull, String defaultExpr, String identity, String generated) {}
