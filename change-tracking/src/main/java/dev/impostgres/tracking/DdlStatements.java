package dev.impostgres.tracking;

import dev.impostgres.tracking.schema.DdlRunner;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.ddl.DdlCommand;
import java.util.Set;

/** Which statements run through the schema metadata's {@link DdlRunner}: decided by the parsed tag, then the parse. */
final class DdlStatements {
    private DdlStatements() {}

    private static final Set<String> VERBS = Set.of("CREATE TABLE", "DROP TABLE", "CREATE SCHEMA", "DROP SCHEMA",
            "CREATE SEQUENCE", "ALTER SEQUENCE", "DROP SEQUENCE", "TRUNCATE TABLE", "COMMENT", "CREATE INDEX",
            "DROP INDEX", "CREATE VIEW", "DROP VIEW", "ALTER TABLE", "CREATE TYPE", "ALTER TYPE", "DROP TYPE",
            "CREATE PUBLICATION", "ALTER PUBLICATION", "DROP PUBLICATION", "CREATE FUNCTION", "CREATE TRIGGER",
            "DROP TRIGGER", "CREATE EVENT TRIGGER", "DROP EVENT TRIGGER", "DROP FUNCTION", "DROP PROCEDURE", "DROP ROUTINE", "CREATE DOMAIN",
            "DROP DOMAIN");

    static DdlCommand command(PgStatement.Sql statement) {
        if (!VERBS.contains(statement.tag().verb())) return null;
        return DdlRunner.parse(statement.source());
    }
}
