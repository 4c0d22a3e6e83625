package dev.impostgres.wire.server;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bug of ours inside one statement must cost that statement only: it becomes an ERROR (XX000) and the session
 * lives on, as Postgres's elog(ERROR) would. The stack trace goes to our log, never to the client.
 */
final class InternalErrors {
    private static final Logger log = LoggerFactory.getLogger(InternalErrors.class);

    private InternalErrors() {}

    static PgException asPgException(RuntimeException e) {
        if (e instanceof PgException pg) return pg;
        log.error("internal error while running a statement", e);
        return new PgException(SqlState.INTERNAL_ERROR, "internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
