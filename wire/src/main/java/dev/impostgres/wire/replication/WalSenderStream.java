package dev.impostgres.wire.replication;

import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.slot.ReplicationSlot;
import dev.impostgres.replication.stream.StreamingCodec;
import dev.impostgres.replication.stream.StreamingMessage;
import dev.impostgres.replication.walsender.LogicalWalSender;
import dev.impostgres.replication.walsender.WalSenderSink;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.codec.ErrorFields;
import dev.impostgres.wire.codec.FrontendMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CopyBoth phase of START_REPLICATION. The walsender runs on a thread of its own and is the only writer to the
 * connection until it is stopped and joined; the connection's executor keeps handling what the client sends
 * (standby status updates, CopyDone, Terminate), so streaming never blocks it.
 *
 * <pre>
 *  Q START_REPLICATION …  →  CopyBothResponse, CopyData(keepalive / XLogData)…
 *  CopyData('r' status)   →  (flush position stored; a keepalive if the client asked for a reply)
 *  CopyDone               →  CopyDone, CommandComplete "COPY 0", CommandComplete "START_REPLICATION", ReadyForQuery
 * </pre>
 * An error while streaming (e.g. a publication that does not exist) ends the stream with ErrorResponse and
 * ReadyForQuery, as Postgres's walsender goes back to idle.
 */
public final class WalSenderStream {
    private static final Logger log = LoggerFactory.getLogger(WalSenderStream.class);

    private final LogicalWalSender walSender;
    private final ReplicationConnection.Output out;
    /** The walsender's CopyData frames not yet handed to the connection (walsender thread only). */
    private final CopyDataFrames frames = new CopyDataFrames();
    private final int pid;
    private Thread thread;
    private volatile boolean active;
    private volatile boolean stopping;
    private volatile boolean failed;

    WalSenderStream(ReplicationServices services, String database, ReplicationSlot slot, long startLsn, PgOutputOptions options,
                    int pid, FormatSettings format, ReplicationConnection.Output out) {
        this.out = out;
        this.pid = pid;
        this.walSender = new LogicalWalSender(services.databases(), services.slots(), services.publications(), format,
                new LogicalWalSender.Start(database, slot, startLsn, options, pid), new WalSenderSink() {
                    @Override public void send(StreamingMessage message) {
                        frames.add(StreamingCodec.encode(message));
                        if (frames.full()) frames.writeTo(out);
                    }
                    @Override public void flush() {
                        frames.writeTo(out);
                        out.flush();
                    }
                    @Override public boolean isOpen() { return out.isOpen(); }
                });
    }

    void start() {
        out.send(new BackendMessage.CopyBothResponse((byte) 0, List.of()));
        out.flush();
        active = true;
        thread = new Thread(this::run, "impostgres-walsender-" + pid);
        thread.setDaemon(true);
        thread.start();
    }

    boolean active() { return active; }

    /**
     * A message from the client while streaming. Returns true when the copy ended normally and ReadyForQuery is
     * due. Terminate stops the walsender (the caller then closes).
     */
    public boolean handle(FrontendMessage message) {
        if (message instanceof FrontendMessage.CopyData data) {
            StreamingMessage decoded;
            try {
                decoded = StreamingCodec.decode(data.data());
            } catch (IllegalArgumentException e) {
                stopAndJoin();
                throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION, "invalid standby message: " + e.getMessage(), null, null, 0, null);
            }
            if (decoded instanceof StreamingMessage.StandbyStatusUpdate update) walSender.standbyStatusUpdate(update);
            return false;
        }
        if (message instanceof FrontendMessage.CopyDone) {
            stopAndJoin();
            if (failed) return false;
            out.send(new BackendMessage.CopyDone());
            out.send(new BackendMessage.CommandComplete("COPY 0"));
            out.send(new BackendMessage.CommandComplete("START_REPLICATION"));
            return true;
        }
        stopAndJoin();
        if (message instanceof FrontendMessage.Terminate) return false;
        throw new PgException("FATAL", SqlState.PROTOCOL_VIOLATION,
                "invalid standby message type \"" + typeOf(message) + "\"", null, null, 0, null);
    }

    /** Stops the walsender after the transaction it is sending and waits for its thread. */
    void stopAndJoin() {
        stopping = true;
        walSender.stop();
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            boolean interrupted = false;
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
        active = false;
    }

    private void run() {
        try {
            walSender.run();
        } catch (RuntimeException e) {
            failed = true;
            frames.writeTo(out);
            if (!stopping && out.isOpen()) {
                PgException error = e instanceof PgException p ? p : new PgException(SqlState.INTERNAL_ERROR,
                        "internal error: " + e.getClass().getSimpleName(), e);
                if (!(e instanceof PgException)) log.error("walsender of backend {} failed", pid, e);
                out.send(ErrorFields.error(error));
                out.send(new BackendMessage.ReadyForQuery('I'));
                out.flush();
            }
        } finally {
            frames.writeTo(out); // anything sent without a flush goes out before what the connection sends next
            active = false;
        }
    }

    private static char typeOf(FrontendMessage message) {
        if (message instanceof FrontendMessage.CopyFail) return 'f';
        if (message instanceof FrontendMessage.Query) return 'Q';
        if (message instanceof FrontendMessage.Sync) return 'S';
        return '?';
    }
}
