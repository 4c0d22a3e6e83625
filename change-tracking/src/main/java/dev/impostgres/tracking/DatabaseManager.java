package dev.impostgres.tracking;

import dev.impostgres.translator.error.PgException;
import java.util.List;

/**
 * The data directory: one SQLite file (WAL mode) per Postgres database, created on first use of a new name.
 */
public interface DatabaseManager extends AutoCloseable {

    /** Opens a session on the database, creating the database first when it does not exist yet. */
    Session openSession(String database);

    /** CREATE DATABASE: 42P04 when it exists. */
    void createDatabase(String name);

    /** DROP DATABASE: 3D000 when missing (unless ifExists), 55006 while other sessions use it. */
    void dropDatabase(String name, boolean ifExists, Session caller) throws PgException;

    List<String> databases();

    @Override
    void close();
}
