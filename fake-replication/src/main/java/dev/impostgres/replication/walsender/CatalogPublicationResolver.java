package dev.impostgres.replication.walsender;

import dev.impostgres.tracking.changes.RelationDescription;
import dev.impostgres.tracking.changes.RowChange;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publications as CREATE PUBLICATION recorded them in the database's {@code _pg_publication} tables. A relation is
 * published for an operation when any named publication both includes it (FOR ALL TABLES, listed, or its schema
 * listed) and publishes that operation, as pgoutput's get_rel_sync_entry unions pubactions.
 */
public final class CatalogPublicationResolver implements PublicationResolver {

    /** One publication: what it includes and which operations it publishes. */
    private record Publication(boolean allTables, Set<Integer> relations, Set<String> schemas, Set<RowChange.Op> ops) {
        boolean includes(RelationDescription relation) {
            return allTables || relations.contains(relation.oid()) || schemas.contains(relation.namespace());
        }
    }

    @Override
    public Published resolve(Connection connection, List<String> publicationNames) throws SQLException {
        List<Publication> publications = new ArrayList<>();
        for (String name : publicationNames) publications.add(load(connection, name));
        return (relation, op) -> {
            for (Publication p : publications) {
                if (p.ops().contains(op) && p.includes(relation)) return true;
            }
            return false;
        };
    }

    private static Publication load(Connection connection, String name) throws SQLException {
        long oid;
        boolean allTables;
        Set<RowChange.Op> ops = EnumSet.noneOf(RowChange.Op.class);
        try (PreparedStatement ps = connection.prepareStatement("SELECT oid, puballtables, pubinsert, pubupdate, "
                + "pubdelete, pubtruncate FROM _pg_publication WHERE pubname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw PgException.of(SqlState.UNDEFINED_OBJECT, "publication \"%s\" does not exist", name);
                oid = rs.getLong(1);
                allTables = rs.getInt(2) != 0;
                if (rs.getInt(3) != 0) ops.add(RowChange.Op.INSERT);
                if (rs.getInt(4) != 0) ops.add(RowChange.Op.UPDATE);
                if (rs.getInt(5) != 0) ops.add(RowChange.Op.DELETE);
                if (rs.getInt(6) != 0) ops.add(RowChange.Op.TRUNCATE);
            }
        } catch (SQLException e) {
            // A database file made before publications existed has no such table: no publication exists there.
            if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                throw PgException.of(SqlState.UNDEFINED_OBJECT, "publication \"%s\" does not exist", name);
            }
            throw e;
        }
        Set<Integer> relations = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT prrelid FROM _pg_publication_rel WHERE prpubid = ?")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) relations.add((int) rs.getLong(1));
            }
        }
        Set<String> schemas = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT n.nspname FROM _pg_publication_namespace p "
                + "JOIN _pg_namespace n ON n.oid = p.pnnspid WHERE p.pnpubid = ?")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) schemas.add(rs.getString(1));
            }
        }
        return new Publication(allTables, relations, schemas, ops);
    }
}
