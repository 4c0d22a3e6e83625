package dev.impostgres.replication.walsender;

import dev.impostgres.tracking.changes.HistoricCatalog;
import dev.impostgres.tracking.changes.RelationDescription;
import dev.impostgres.tracking.changes.RowChange;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Which changes the publications named in START_REPLICATION's {@code publication_names} publish. Postgres looks the
 * publications up when it decodes the first change, and fails with 42704 {@code publication "x" does not exist}
 * there (inside the stream), so {@link #resolve} is called at that point, not at START_REPLICATION.
 *
 * <p>{@link CatalogPublicationResolver} reads the publications CREATE PUBLICATION recorded; {@link #ALL_TABLES}
 * (tests) treats every name as a publication {@code FOR ALL TABLES} publishing every operation.
 */
public interface PublicationResolver {

    /** What a set of publications publishes. */
    @FunctionalInterface
    interface Published {
        /** Whether {@code op} on {@code relation} is published, as the publications were when change {@code seq} was made. */
        boolean publishes(RelationDescription relation, RowChange.Op op, long seq);
    }

    /** @throws dev.impostgres.translator.error.PgException 42704 for a name that is not a publication */
    Published resolve(Connection connection, List<String> publicationNames, HistoricCatalog history) throws SQLException;

    PublicationResolver ALL_TABLES = (connection, names, history) -> (relation, op, seq) -> true;
}
