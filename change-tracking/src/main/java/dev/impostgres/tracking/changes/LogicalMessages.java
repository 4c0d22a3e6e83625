package dev.impostgres.tracking.changes;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import org.sqlite.Function;

/**
 * {@code pg_logical_emit_message(transactional, prefix, content)}: a message written to the change log in the
 * caller's transaction (op 'M', relation = prefix, content as hex), streamed as pgoutput Message when the consumer
 * asked for {@code messages 'true'}. A transactional message goes inside its transaction's Begin…Commit. A
 * non-transactional one is streamed on its own; Postgres sends it even if the surrounding block rolls back, which a
 * change log in the same SQLite transaction cannot do, so inside a transaction block it is refused (0A000) rather
 * than silently lost on rollback. (An implicit transaction — one statement, or a pipeline up to Sync — rolls back
 * only when that same statement or pipeline fails.)
 */
public final class LogicalMessages {
    private LogicalMessages() {}

    public static void register(Connection connection, BooleanSupplier inTransactionBlock) throws SQLException {
        // Postgres 17 added a fourth argument, flush (flush the WAL now); a committed change-log row is durable anyway.
        Function emit = new Function() {
            @Override
            protected void xFunc() throws SQLException {
                if (value_type(0) == 5 || value_type(1) == 5 || value_type(2) == 5) {
                    result();
                    return;
                }
                boolean transactional = value_int(0) != 0;
                String prefix = value_text(1);
                byte[] content = value_type(2) == 4 ? value_blob(2) : value_text(2).getBytes(StandardCharsets.UTF_8);
                if (content == null) content = new byte[0];
                if (!transactional && inTransactionBlock.getAsBoolean()) {
                    error("pgerror:" + SqlState.FEATURE_NOT_SUPPORTED + ":non-transactional logical messages inside "
                            + "a transaction block are not supported");
                    return;
                }
                try (PreparedStatement ins = connection.prepareStatement(
                        "INSERT INTO _pg_changes(relation, op, old_row, new_row) VALUES (?, 'M', ?, ?)")) {
                    ins.setString(1, prefix);
                    ins.setString(2, transactional ? "t" : "f");
                    ins.setString(3, HexFormat.of().formatHex(content));
                    ins.executeUpdate();
                } catch (SQLException e) {
                    if (e.getMessage() != null && e.getMessage().contains("no such table")) {
                        result(Lsn.format(ChangeLog.INITIAL_LSN)); // no slot ever: nobody to send it to
                        return;
                    }
                    throw e;
                }
                result(Lsn.format(ChangeLog.currentLsn(connection)));
            }
        };
        Function.create(connection, "pg_logical_emit_message", emit, 3, 0);
        Function.create(connection, "pg_logical_emit_message", emit, 4, 0);
    }

    /** Reads a message entry back: the prefix is in {@code relation}, flags in old_row, hex content in new_row. */
    public static byte[] content(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new PgException(SqlState.INTERNAL_ERROR, "corrupt logical message in the change log");
        }
    }
}
