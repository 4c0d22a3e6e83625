package dev.impostgres.tracking.changes;

import java.util.List;
import java.util.Map;

/**
 * One logged change of a committed transaction, at its own LSN. {@code oldRow} / {@code newRow} map column names
 * to storage values; a Truncate lists its tables in {@code truncated} with pgoutput's option bits; a Message
 * (pg_logical_emit_message) has its prefix in {@code relation}, its bytes in {@code content} and whether it is
 * transactional.
 */
public record RowChange(long seq, long lsn, String relation, Op op, Map<String, Object> oldRow, Map<String, Object> newRow,
                        List<String> truncated, int truncateOptions, boolean transactional, byte[] content) {
    public enum Op { INSERT, UPDATE, DELETE, TRUNCATE, MESSAGE }
}
