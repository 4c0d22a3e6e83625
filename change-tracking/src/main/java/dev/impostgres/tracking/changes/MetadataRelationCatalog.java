package dev.impostgres.tracking.changes;

import dev.impostgres.tracking.schema.Catalog;
import dev.impostgres.tracking.schema.Column;
import dev.impostgres.tracking.schema.Relation;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relation descriptions from the schema metadata ({@code _pg_class}, {@code _pg_attribute}, {@code _pg_constraint}):
 * the same OIDs, declared types, typmods and replica identity the catalog and RowDescription report. A table the
 * metadata does not know (made by SQL that bypassed the DDL runner) falls back to what SQLite itself keeps.
 */
public final class MetadataRelationCatalog implements RelationCatalog {
    private final RelationCatalog fallback = new SqliteRelationCatalog();

    @Override
    public Optional<RelationDescription> describe(Connection connection, String storageName) throws SQLException {
        Catalog catalog = new Catalog(connection, "postgres");
        Relation relation = catalog.relationBySqliteName(storageName);
        if (relation == null || !relation.isTable()) {
            return fallback.describe(connection, storageName);
        }
        char identity = relation.replicaIdentity() == null || relation.replicaIdentity().isEmpty()
                ? 'd' : relation.replicaIdentity().charAt(0);
        Set<Integer> key = identityKey(catalog, relation.oid(), identity);
        List<RelationColumn> columns = new ArrayList<>();
        for (Column c : catalog.columns(relation.oid())) {
            PgType type = PgTypes.byOid(c.typeOid());
            if (type == null) type = userType(catalog, c.typeOid());
            columns.add(new RelationColumn(c.name(), type == null ? PgTypes.TEXT : type, c.typmod(),
                    identity == 'f' || key.contains(c.attnum())));
        }
        return Optional.of(new RelationDescription((int) relation.oid(), relation.schema(), relation.name(),
                storageName, identity, columns));
    }

    /**
     * A user-defined type (an enum, or an array of one) from {@code _pg_type}, with its own OID so that Relation
     * messages carry it and a Type message names it; its values are text (an enum's label). Null when unknown.
     */
    private static PgType userType(Catalog catalog, int oid) throws SQLException {
        String name = catalog.queryString("SELECT typname FROM _pg_type WHERE oid = ?", (long) oid);
        if (name == null) {
            String element = catalog.queryString("SELECT typname FROM _pg_type WHERE typarray = ?", (long) oid);
            name = element == null ? null : "_" + element;
        }
        return name == null ? null : new PgType(oid, name, (short) -1, 0, 0);
    }

    /**
     * The replica identity's columns, as pgoutput flags them: the primary key (DEFAULT), the chosen index (INDEX),
     * none (NOTHING); FULL flags every column (done by the caller).
     */
    private static Set<Integer> identityKey(Catalog catalog, long relationOid, char identity) throws SQLException {
        Set<Integer> key = new HashSet<>();
        String conkey = switch (identity) {
            case 'd' -> catalog.queryString(
                    "SELECT conkey FROM _pg_constraint WHERE conrelid = ? AND contype = 'p'", relationOid);
            case 'i' -> catalog.queryString(
                    "SELECT indkey FROM _pg_index WHERE indrelid = ? AND indisreplident = 1", relationOid);
            default -> null;
        };
        if (conkey != null && !conkey.isEmpty()) {
            for (String attnum : conkey.split(",")) key.add(Integer.parseInt(attnum.trim()));
        }
        return key;
    }
}
