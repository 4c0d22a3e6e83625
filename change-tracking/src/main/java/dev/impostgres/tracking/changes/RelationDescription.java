package dev.impostgres.tracking.changes;

import java.util.List;

/**
 * What a pgoutput Relation message says about a table: its OID, schema and name, replica identity
 * ({@code 'd'} default, {@code 'f'} full, {@code 'i'} index, {@code 'n'} nothing) and columns. {@code storageName} is
 * the table's name in the SQLite file, which the change log records.
 */
public record RelationDescription(int oid, String namespace, String name, String storageName, char replicaIdentity,
                                  List<RelationColumn> columns) {
    public RelationDescription {
        columns = List.copyOf(columns);
    }
}
