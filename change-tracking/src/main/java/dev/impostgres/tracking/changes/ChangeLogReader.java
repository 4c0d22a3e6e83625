package dev.impostgres.tracking.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads committed transactions and their changes back from the change log, in commit order. Uses the caller's
 * (read) connection; a transaction's rows are streamed, so a 100,000-row transaction is never held in memory whole.
 */
public final class ChangeLogReader {
    private ChangeLogReader() {}

    /** Up to {@code limit} transactions whose commit record is at or after {@code fromLsn}, in commit order. */
    public static List<CommittedTransaction> transactionsFrom(Connection connection, String database, long fromLsn, int limit)
            throws SQLException {
        List<CommittedTransaction> result = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT xid, begin_lsn, commit_lsn, end_lsn, commit_time, "
                + "first_seq, last_seq FROM _pg_transactions WHERE commit_lsn >= ? ORDER BY xid LIMIT ?")) {
            q.setLong(1, fromLsn);
            q.setInt(2, limit);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.add(new CommittedTransaction(database, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return result;
    }

    /** What a consumer of one transaction's changes does with each. */
    @FunctionalInterface
    public interface ChangeConsumer {
        void accept(RowChange change) throws SQLException;
    }

    /** Streams the transaction's changes in the order they happened. */
    public static void forEachChange(Connection connection, CommittedTransaction tx, ChangeConsumer consumer) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT seq, relation, op, old_row, new_row FROM _pg_changes WHERE seq BETWEEN ? AND ? ORDER BY seq")) {
            q.setLong(1, tx.firstSeq());
            q.setLong(2, tx.lastSeq());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) consumer.accept(change(tx, rs));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static RowChange change(CommittedTransaction tx, ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        long lsn = tx.beginLsn() + (seq - tx.firstSeq()) * ChangeLog.CHANGE_STRIDE;
        String relation = rs.getString(2);
        String op = rs.getString(3);
        if (op.equals("T")) {
            TruncateImage t = TruncateImage.read(rs.getString(5));
            return new RowChange(seq, lsn, relation, RowChange.Op.TRUNCATE, null, null, t.relations(), t.options(),
                    true, null);
        }
        if (op.equals("M")) {
            return new RowChange(seq, lsn, relation, RowChange.Op.MESSAGE, null, null, List.of(), 0,
                    "t".equals(rs.getString(4)), LogicalMessages.content(rs.getString(5)));
        }
        RowChange.Op kind = switch (op) {
            case "I" -> RowChange.Op.INSERT;
            case "U" -> RowChange.Op.UPDATE;
            case "D" -> RowChange.Op.DELETE;
            default -> throw new SQLException("unknown change op " + op);
        };
        Map<String, Object> oldRow = RowImages.read(rs.getString(4));
        Map<String, Object> newRow = RowImages.read(rs.getString(5));
        return new RowChange(seq, lsn, relation, kind, oldRow, newRow, List.of(), 0, true, null);
    }

    /** The 'T' entry's payload: {"options": n, "relations": [...]}. */
    private record TruncateImage(int options, List<String> relations) {
        static TruncateImage read(String json) {
            try (var p = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
                int options = 0;
                List<String> relations = new ArrayList<>();
                p.nextToken();
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("options")) {
                        options = p.getIntValue();
                    } else {
                        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) relations.add(p.getText());
                    }
                }
                return new TruncateImage(options, relations);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("corrupt truncate entry in the change log", e);
            }
        }
    }
}
