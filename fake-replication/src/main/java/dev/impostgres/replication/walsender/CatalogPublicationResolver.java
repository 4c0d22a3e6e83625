package dev.impostgres.replication.walsender;

import dev.impostgres.tracking.changes.HistoricCatalog;
import dev.impostgres.tracking.changes.HistoricCatalog.Publication;
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
import java.util.Optional;
import java.util.Set;

/**
 * Publications as CREATE PUBLICATION recorded them in the database's {@code _pg_publication} tables. A relation is
 * published for an operation when any named publication both includes it (FOR ALL TABLES, listed, or its schema
 * listed) and publishes that operation, as pgoutput's get_rel_sync_entry unions pubactions. Each change is judged by
 * the publications as they were when it was made (the catalog history), as Postgres's historic snapshot does; today's
 * definition stands in where the history has none.
 */
public final class CatalogPublicationResolver implements PublicationResolver {

    @Override
    public Published resolve(Connection connection, List<String> publicationNames, HistoricCatalog history) throws SQLException {
        List<String> names = List.copyOf(publicationNames);
        List<Publication> today = new ArrayList<>();
        for (String name : names) today.add(history.knowsPublication(name) ? loadIfExists(connection, name) : load(connection, name));
        return (relation, op, seq) -> {
            for (int i = 0; i < names.size(); i++) {
                Optional<Publication> then = history.publication(names.get(i), seq);
                Publication p = then != null ? then.orElse(null) : today.get(i);
                if (p != null && p.ops().contains(op) && p.includes(relation)) return true;
            }
            return false;
        };
    }

    private static Publication loadIfExists(Connection connection, String name) throws SQLException {
        try {
            return load(connection, name);
        } catch (PgException e) {
            return null; // dropped since; the history still answers for the changes made while it existed
        }
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
        return new Publication(allTables, ops, relations, schemas);
    }
}
