package dev.impostgres.replication.walsender;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.pgoutput.PgOutputWriter;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.changes.ChangeLogReader;
import dev.impostgres.tracking.changes.CommittedTransaction;
import dev.impostgres.tracking.changes.HistoricCatalog;
import dev.impostgres.translator.types.FormatSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * pg_logical_slot_{peek,get}_binary_changes: the same pgoutput bytes a walsender would send, as rows
 * {@code (lsn, xid, data)}, from a fresh decoding context (so every Relation is sent again, as in Postgres). Row LSNs
 * are those logicalfuncs.c reports: Begin at the transaction's first record, Relation (and Type) at the change that
 * needed it, each change at its own record, Commit at the end of the commit record; a non-transactional message has
 * xid 0.
 *
 * <p>Whole transactions only: {@code uptoChanges} stops after the transaction that reached it; {@code uptoLsn} takes
 * transactions whose commit record starts before it (Postgres stops after the first record ending at or past it).
 */
public final class SqlDecoding {

    /** One output row. */
    public record Row(long lsn, long xid, byte[] data) {}

    /** The rows and the position a get confirms (end of the last record read). */
    public record Result(List<Row> rows, long endOfDecoding) {}

    private static final int BATCH = 64;
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private SqlDecoding() {}

    /** Decodes, on {@code connection} (a read connection to the slot's database), what comes after {@code from}. */
    public static Result decode(Connection connection, String database, ChangeLog changeLog,
                                PublicationResolver publications, FormatSettings format, PgOutputOptions options,
                                long from, Long uptoLsn, Integer uptoChanges) throws SQLException {
        // logicalfuncs.c stops once upto_nchanges <= rows returned: a negative limit returns nothing.
        if (uptoChanges != null && uptoChanges < 0) return new Result(List.of(), from);
        HistoricCatalog history = changeLog.history();
        ChangeEncoder encoder = new ChangeEncoder(changeLog.catalog(), history, options, format);
        PgOutputWriter writer = new PgOutputWriter(options.protoVersion());
        List<Row> rows = new ArrayList<>();
        long position = from;
        long end = ChangeLog.currentLsn(connection);
        PublicationResolver.Published[] published = {null};
        while (true) {
            List<CommittedTransaction> batch = ChangeLogReader.transactionsFrom(connection, database, position, BATCH);
            for (CommittedTransaction tx : batch) {
                if (uptoLsn != null && tx.commitLsn() >= uptoLsn) return new Result(rows, Math.max(from, Math.min(uptoLsn, end)));
                decodeTransaction(connection, tx, encoder, writer, publications, history, options, published, rows);
                position = tx.endLsn();
                if (uptoChanges != null && uptoChanges > 0 && rows.size() >= uptoChanges) return new Result(rows, tx.endLsn());
            }
            if (batch.size() < BATCH) return new Result(rows, Math.max(from, end));
        }
    }

    private static void decodeTransaction(Connection connection, CommittedTransaction tx, ChangeEncoder encoder,
                                          PgOutputWriter writer, PublicationResolver publications, HistoricCatalog history,
                                          PgOutputOptions options,
                                          PublicationResolver.Published[] published, List<Row> rows) throws SQLException {
        long commitTime = tx.commitTimeMicros() - POSTGRES_EPOCH_MICROS;
        boolean[] begun = {false};
        // Relation and Type carry no LSN of their own: they take the one of the change that follows them.
        List<PgOutputMessage> pending = new ArrayList<>();
        Runnable begin = () -> {
            if (begun[0]) return;
            begun[0] = true;
            rows.add(new Row(tx.beginLsn(), tx.xid(), writer.write(new PgOutputMessage.Begin(tx.commitLsn(), commitTime, (int) tx.xid()))));
        };
        encoder.transactionStarting(connection);
        ChangeLogReader.forEachChange(connection, tx, change -> {
            if (published[0] == null) published[0] = publications.resolve(connection, options.publicationNames(), history);
            encoder.encode(connection, change, published[0], begin, (walStart, message) -> {
                if (walStart == 0) {
                    pending.add(message);
                    return;
                }
                long xid = message instanceof PgOutputMessage.Message m && !m.transactional() ? 0 : tx.xid();
                for (PgOutputMessage p : pending) rows.add(new Row(walStart, xid, writer.write(p)));
                pending.clear();
                rows.add(new Row(walStart, xid, writer.write(message)));
            });
        });
        encoder.transactionEnded();
        if (begun[0]) {
            rows.add(new Row(tx.endLsn(), tx.xid(), writer.write(new PgOutputMessage.Commit(0, tx.commitLsn(), tx.endLsn(), commitTime))));
        }
    }
}
