package dev.impostgres.tracking.changes;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a SQLite connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
