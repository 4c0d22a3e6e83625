package dev.impostgres.tracking;

import dev.impostgres.translator.CommandTag;
import java.util.List;

/**
 * The outcome of one statement. {@code columns} is null when the statement returns no rows. Each row holds one
 * value per column in SQLite's storage form (Long, Double, String, byte[] or null); the type registry formats them.
 * {@code rowCount} is what the CommandComplete tag reports (rows returned, or rows affected).
 */
public record QueryResult(List<ResultColumn> columns, List<Object[]> rows, CommandTag tag, long rowCount) {
    public boolean returnsRows() { return columns != null; }
    public String commandTag() { return tag.format(rowCount); }
}
