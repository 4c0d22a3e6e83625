package dev.impostgres.wire.clients;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * psql's {@code \d+ view} prints the view's columns (with their storage) and its definition from
 * pg_get_viewdef(oid, true); view-definition.expected was recorded against Postgres 17.6 with the Debian psql 15
 * client (aligned off, headers on, so the "View definition:" footer is printed).
 */
@ExtendWith(ImpostgresExtension.class)
class PsqlViewDefinitionTest {

    @Test
    void describeOfAViewPrintsItsDefinitionAsPostgresDoes(PgTarget target) throws Exception {
        Psql.assertPrintsExpected(target, "view-definition.sql", false);
    }
}
