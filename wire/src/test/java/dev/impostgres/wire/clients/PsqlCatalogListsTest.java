package dev.impostgres.wire.clients;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * psql's list commands (\dt, \di, \ds, \dv, \dn, \du, \df) read the catalog with their own queries; their unaligned,
 * tuples-only output must be what they print against Postgres 17 (catalog-lists.expected was recorded there with the
 * Debian psql 15 client). Its own class, so its database holds only the script's objects. \l is not here: psql 15
 * asks for pg_database.daticulocale, which Postgres 17 (and so Impostgres) no longer has, and fails on both; the
 * query psql 17 sends instead is compared in the conformance module (PsqlListDatabasesQueryTest).
 */
@ExtendWith(ImpostgresExtension.class)
class PsqlCatalogListsTest {

    @Test
    void listCommandsPrintWhatTheyPrintAgainstPostgres(PgTarget target) throws Exception {
        Psql.assertPrintsExpected(target, "catalog-lists.sql", true);
    }
}
