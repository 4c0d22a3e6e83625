package dev.impostgres.tracking.schema;

/** One row of _pg_class with its schema name: a table ('r'), view ('v'), index ('i') or sequence ('S'). */
public record Relation(long oid, long namespaceOid, String schema, String name, String kind, String sqliteName,
                       String replicaIdentity) {
    public boolean isTable() { return kind.equals("r"); }
}
