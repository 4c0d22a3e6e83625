package dev.impostgres.translator;

import dev.impostgres.translator.error.PgException;
import java.util.List;

/**
 * Postgres SQL in, classified and translated statements out. Pure: no I/O. Implementations cache by SQL text so a
 * repeated statement is never parsed twice.
 */
public interface Translator {

    /**
     * Splits a simple-query string into statements (the way Postgres does: {@code $$} and {@code $tag$} bodies,
     * {@code E''} strings, quoted identifiers, nested comments) and translates each. An empty string, or one holding
     * only whitespace/comments, gives a single {@link PgStatement.Empty}.
     *
     * @throws PgException 42601 with a position for a syntax error, 0A000 for SQL we can not translate
     */
    List<PgStatement> translateScript(String sql);

    /**
     * Translates exactly one statement (the extended protocol's Parse). More than one statement is 42601
     * "cannot insert multiple commands into a prepared statement".
     */
    PgStatement translateOne(String sql);
}
