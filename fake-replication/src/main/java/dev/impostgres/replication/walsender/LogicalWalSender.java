package dev.impostgres.replication.walsender;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.pgoutput.PgOutputWriter;
import dev.impostgres.replication.slot.ReplicationSlot;
import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.replication.stream.StreamingMessage.PrimaryKeepalive;
import dev.impostgres.replication.stream.StreamingMessage.StandbyStatusUpdate;
import dev.impostgres.replication.stream.StreamingMessage.XLogData;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.changes.ChangeLogReader;
import dev.impostgres.tracking.changes.CommitListener;
import dev.impostgres.tracking.changes.CommittedTransaction;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.FormatSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One logical walsender: after START_REPLICATION it sends, from max(requested LSN, the slot's confirmed_flush_lsn),
 * every committed transaction with a published change as Begin, [Relation], changes…, Commit, each in its own
 * XLogData, then waits. It runs on a thread of its own ({@link #run} blocks until {@link #stop}); commits wake it
 * through a {@link CommitListener} that only drops a token in a one-slot queue, so the committing thread never
 * waits. Standby status updates arrive from the connection's thread ({@link #standbyStatusUpdate}) and are stored
 * by the walsender thread, so the connection never blocks on the writer lock either.
 *
 * <pre>
 *   XLogData(begin_lsn)  Begin(final_lsn = commit_lsn, commit time, xid)
 *   XLogData(0/0)        Relation          — first use in this session, or changed since
 *   XLogData(change lsn) Insert / Update / Delete / Truncate
 *   XLogData(end_lsn)    Commit(commit_lsn, end_lsn, commit time)
 *   Keepalive(sent up to)                  — after catching up, every 10 s idle, and when a client asks
 * </pre>
 */
public final class LogicalWalSender {
    static final long KEEPALIVE_INTERVAL_MILLIS = 10_000;
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final int BATCH = 64;

    /** What START_REPLICATION asked for, after the slot was acquired and the options parsed. */
    public record Start(String database, ReplicationSlot slot, long requestedLsn, PgOutputOptions options, int pid) {}

    private final SqliteDatabaseManager databases;
    private final SlotManager slots;
    private final PublicationResolver publications;
    private final Start start;
    private final WalSenderSink sink;
    private final PgOutputWriter writer;
    private final ChangeEncoder encoder;
    private final BlockingQueue<Boolean> wakeups = new ArrayBlockingQueue<>(1);
    private final CommitListener listener = tx -> wake();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean replyRequested = new AtomicBoolean();
    private final AtomicLong flushRequested = new AtomicLong();
    private Connection reader;
    private long position;
    private long sentPtr;
    private long confirmed;

    public LogicalWalSender(SqliteDatabaseManager databases, SlotManager slots, PublicationResolver publications,
                            FormatSettings format, Start start, WalSenderSink sink) {
        this.databases = databases;
        this.slots = slots;
        this.publications = publications;
        this.start = start;
        this.sink = sink;
        this.writer = new PgOutputWriter(start.options().protoVersion());
        ChangeLog changeLog = databases.changeLog(start.database());
        this.encoder = new ChangeEncoder(changeLog.catalog(), changeLog.history(), start.options(), format);
        this.confirmed = start.slot().confirmedFlushLsn();
        this.position = Math.max(start.requestedLsn(), confirmed);
        this.sentPtr = position;
    }

    /** Streams until {@link #stop} or until the sink closes; releases the slot at the end. Errors propagate. */
    public void run() {
        ChangeLog changeLog = databases.changeLog(start.database());
        changeLog.addListener(listener);
        try {
            boolean first = true;
            long lastKeepalive = 0;
            while (!stopped.get() && sink.isOpen()) {
                wakeups.clear();
                boolean sent = sendPending();
                storeConfirmed();
                long now = System.currentTimeMillis();
                if (first || sent || replyRequested.getAndSet(false) || now - lastKeepalive >= KEEPALIVE_INTERVAL_MILLIS) {
                    keepalive();
                    lastKeepalive = now;
                    first = false;
                }
                long wait = Math.max(1, lastKeepalive + KEEPALIVE_INTERVAL_MILLIS - System.currentTimeMillis());
                if (!stopped.get()) wakeups.poll(wait, TimeUnit.MILLISECONDS);
            }
            storeConfirmed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeReader();
            changeLog.removeListener(listener);
            slots.release(start.slot().name(), start.pid());
        }
    }

    /** Ends streaming after the transaction being sent, if any; safe from any thread. */
    public void stop() {
        stopped.set(true);
        wake();
    }

    /** A standby status update from the client: remember the flushed position, reply at once if asked to. */
    public void standbyStatusUpdate(StandbyStatusUpdate update) {
        flushRequested.accumulateAndGet(update.flushLsn(), Math::max);
        if (update.replyRequested()) replyRequested.set(true);
        wake();
    }

    /** The end of what has been sent (or skipped as unpublished): what keepalives report. */
    public long sentLsn() { return sentPtr; }

    private void wake() {
        wakeups.offer(Boolean.TRUE);
    }

    /** Sends every committed transaction past the position, in batches; true when something was sent. */
    private boolean sendPending() {
        boolean sentAny = false;
        try {
            while (!stopped.get()) {
                int count = 0;
                boolean sent = false;
                Connection connection = reader();
                // One read transaction per batch: the batch and the end LSN come from the same snapshot, so the
                // position a keepalive reports never passes a transaction that committed after the batch was read.
                try (Statement st = connection.createStatement()) {
                    st.execute("BEGIN");
                    try {
                        List<CommittedTransaction> batch = ChangeLogReader.transactionsFrom(connection, start.database(), position, BATCH);
                        for (CommittedTransaction tx : batch) {
                            if (stopped.get()) break;
                            sent |= sendTransaction(connection, tx);
                            count++;
                        }
                        if (batch.size() < BATCH && !stopped.get()) sentPtr = Math.max(sentPtr, ChangeLog.currentLsn(connection));
                    } finally {
                        st.execute("COMMIT");
                    }
                }
                sentAny |= sent;
                if (count < BATCH) return sentAny;
            }
            return sentAny;
        } catch (SQLException e) {
            closeReader();
            throw PgException.of("XX000", "reading the change log failed: %s", e.getMessage());
        }
    }

    /** The walsender's own read connection, kept for its lifetime (opening one per read re-parses the schema). */
    private Connection reader() {
        if (reader == null) reader = databases.openReader(start.database());
        return reader;
    }

    private void closeReader() {
        if (reader == null) return;
        try {
            reader.close();
        } catch (SQLException ignored) {
            // nothing left to do with it
        }
        reader = null;
    }

    private boolean sendTransaction(Connection connection, CommittedTransaction tx) throws SQLException {
        long commitTime = tx.commitTimeMicros() - POSTGRES_EPOCH_MICROS;
        boolean[] begun = {false};
        PublicationResolver.Published[] published = {null};
        Runnable begin = () -> {
            if (begun[0]) return;
            begun[0] = true;
            emit(tx.beginLsn(), new PgOutputMessage.Begin(tx.commitLsn(), commitTime, (int) tx.xid()));
        };
        encoder.transactionStarting(connection);
        ChangeLogReader.forEachChange(connection, tx, change -> {
            if (published[0] == null) {
                published[0] = publications.resolve(connection, start.options().publicationNames(),
                        databases.changeLog(start.database()).history());
            }
            encoder.encode(connection, change, published[0], begin, this::emit);
        });
        encoder.transactionEnded();
        if (begun[0]) {
            emit(tx.endLsn(), new PgOutputMessage.Commit(0, tx.commitLsn(), tx.endLsn(), commitTime));
            sink.flush();
        }
        position = tx.endLsn();
        sentPtr = Math.max(sentPtr, tx.endLsn());
        return begun[0];
    }

    private void emit(long walStart, PgOutputMessage message) {
        sink.send(new XLogData(walStart, walStart, nowPostgresMicros(), writer.write(message)));
    }

    private void keepalive() {
        sink.send(new PrimaryKeepalive(sentPtr, nowPostgresMicros(), false));
        sink.flush();
    }

    /** Makes the client's flushed position durable on the slot (which lets the change log forget what it confirmed). */
    private void storeConfirmed() {
        long flushed = flushRequested.get();
        if (flushed > confirmed) confirmed = slots.confirm(start.slot().name(), flushed);
    }

    private static long nowPostgresMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000 - POSTGRES_EPOCH_MICROS;
    }
}
