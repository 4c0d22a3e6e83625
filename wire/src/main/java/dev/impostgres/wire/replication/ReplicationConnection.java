package dev.impostgres.wire.replication;

import dev.impostgres.replication.command.ReplicationCommand;
import dev.impostgres.replication.command.ReplicationCommand.CreateReplicationSlot;
import dev.impostgres.replication.command.ReplicationCommand.DropReplicationSlot;
import dev.impostgres.replication.command.ReplicationCommand.IdentifySystem;
import dev.impostgres.replication.command.ReplicationCommand.ReadReplicationSlot;
import dev.impostgres.replication.command.ReplicationCommand.Show;
import dev.impostgres.replication.command.ReplicationCommand.SlotKind;
import dev.impostgres.replication.command.ReplicationCommand.SnapshotAction;
import dev.impostgres.replication.command.ReplicationCommand.StartLogicalReplication;
import dev.impostgres.replication.command.ReplicationCommandParser;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.slot.ReplicationSlot;
import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.TransactionStatus;
import dev.impostgres.tracking.snapshot.PinnedSnapshot;
import dev.impostgres.tracking.changes.Lsn;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.codec.BackendMessage.RowDescription.Field;
import dev.impostgres.wire.codec.ErrorFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The walsender side of a connection opened with {@code replication=database} (or {@code true}): replication commands
 * in simple Query messages, answered as Postgres's walsender answers them; other SQL runs as usual on a logical
 * connection and is refused on a physical one (0A000, as Postgres). START_REPLICATION hands the connection to a
 * {@link WalSenderStream} until the client ends the copy.
 *
 * <p>Runs on the connection's executor thread, like the rest of the connection.
 */
public final class ReplicationConnection {
    private static final int TEXT = 25, INT4 = 23, INT8 = 20;

    /** How the connection writes (its Outbound). Not thread-safe: one writer at a time. */
    public interface Output {
        void send(BackendMessage message);

        /** Protocol messages already encoded (a walsender's coalesced CopyData frames), written as they are. */
        void sendEncoded(byte[] frames, int length);

        void flush();

        boolean isOpen();
    }

    private final ReplicationServices services;
    private final ReplicationMode mode;
    private final String database;
    private final int pid;
    private final FormatSettings format;
    private final UnaryOperator<String> show;
    private final Output out;
    /** This connection's SQL session (for CREATE_REPLICATION_SLOT … (SNAPSHOT 'use')). */
    private final Session session;
    private WalSenderStream stream;
    /** The snapshot the last CREATE_REPLICATION_SLOT exported; valid until this connection's next command. */
    private PinnedSnapshot<?> exported;

    /** @param show the session's SHOW (throws for unknown settings) */
    public ReplicationConnection(ReplicationServices services, ReplicationMode mode, String database, int pid,
                                 FormatSettings format, UnaryOperator<String> show, Output out, Session session) {
        this.session = session;
        this.services = services;
        this.mode = mode;
        this.database = database;
        this.pid = pid;
        this.format = format;
        this.show = show;
        this.out = out;
    }

    /** What became of a simple Query. */
    public enum Outcome {
        /** Plain SQL: the normal executor runs it. */
        SQL,
        /** Answered here; ReadyForQuery is due. */
        ANSWERED,
        /** START_REPLICATION: the connection is streaming; ReadyForQuery comes when the copy ends. */
        STREAMING
    }

    public Outcome query(String sql) {
        endExport(); // as Postgres: any next command, replication or SQL, ends the exported snapshot
        if (!ReplicationCommandParser.isReplicationCommand(sql)) {
            if (mode == ReplicationMode.LOGICAL) return Outcome.SQL;
            out.send(ErrorFields.error(new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "cannot execute SQL commands in WAL sender for physical replication")));
            return Outcome.ANSWERED;
        }
        try {
            if (execute(ReplicationCommandParser.parse(sql))) return Outcome.STREAMING;
        } catch (PgException e) {
            out.send(ErrorFields.error(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.send(ErrorFields.error(new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request")));
        }
        return Outcome.ANSWERED;
    }

    /** Whether the connection is in CopyBoth mode (ReadyForQuery is sent when the stream ends, not after the Query). */
    public boolean streaming() {
        return stream != null && stream.active();
    }

    /** The stream, while {@link #streaming}. */
    public WalSenderStream stream() { return stream; }

    /** The connection ended: stop streaming, release its slots and drop its temporary ones. */
    public void disconnected() {
        endExport();
        if (stream != null) stream.stopAndJoin();
        services.slots().connectionClosed(pid);
    }

    /** Returns true when streaming started. */
    private boolean execute(ReplicationCommand command) throws InterruptedException {
        if (command instanceof IdentifySystem) {
            String lsn = Lsn.format(services.databases().read(mode == ReplicationMode.LOGICAL ? database : "postgres", ChangeLog::currentLsn));
            row(List.of(text("systemid"), int4("timeline"), text("xlogpos"), text("dbname")),
                    services.systemIdentifier(), "1", lsn, mode == ReplicationMode.LOGICAL ? database : null);
        } else if (command instanceof Show s) {
            String value = show.apply(s.name());
            row(List.of(text(s.name())), value);
        } else if (command instanceof CreateReplicationSlot c) {
            if (c.kind() == SlotKind.PHYSICAL) throw physical();
            requireDatabase();
            if (c.snapshot() == SnapshotAction.USE) {
                session.checkSlotSnapshotUse();
            } else if (c.snapshot() == SnapshotAction.EXPORT && session.status() != TransactionStatus.IDLE) {
                throw new PgException(SqlState.INTERNAL_ERROR,
                        "CREATE_REPLICATION_SLOT ... (SNAPSHOT 'export') must not be called inside a transaction");
            }
            SlotManager.Created created = services.slots().create(database, c.slotName(), c.plugin(), c.temporary(), pid);
            long consistentPoint = created.consistentPoint();
            String snapshotName = null;
            if (c.snapshot() != SnapshotAction.NOTHING) {
                exported = services.databases().exportSnapshot(database, pid);
                consistentPoint = SnapshotConsistency.align(services.slots(), c.slotName(), consistentPoint, exported.lsn());
                if (c.snapshot() == SnapshotAction.EXPORT) {
                    snapshotName = exported.name();
                } else {
                    session.importSnapshot(exported.name()); // USE: this connection's own block reads it
                    endExport(); // never importable by name; the block keeps it until it ends
                }
            }
            row(List.of(text("slot_name"), text("consistent_point"), text("snapshot_name"), text("output_plugin")),
                    c.slotName(), Lsn.format(consistentPoint), snapshotName, c.plugin());
        } else if (command instanceof DropReplicationSlot d) {
            services.slots().drop(d.slotName(), d.waitForRelease(), pid);
        } else if (command instanceof ReadReplicationSlot r) {
            ReplicationSlot slot = services.slots().find(r.slotName()).orElse(null);
            if (slot != null) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "cannot use READ_REPLICATION_SLOT with a logical replication slot");
            }
            row(List.of(text("slot_type"), text("restart_lsn"), int8("restart_tli")), null, null, null);
        } else if (command instanceof StartLogicalReplication s) {
            requireDatabase();
            startStreaming(s);
            return true;
        } else {
            throw physical();
        }
        out.send(new BackendMessage.CommandComplete(command.tag()));
        return false;
    }

    private void endExport() {
        if (exported == null) return;
        exported.exporterFinished();
        exported = null;
    }

    private void startStreaming(StartLogicalReplication command) {
        ReplicationSlot slot = services.slots().acquire(command.slotName(), database, pid);
        PgOutputOptions options;
        try {
            options = PgOutputOptions.parse(command.pluginOptions());
        } catch (RuntimeException e) {
            services.slots().release(slot.name(), pid);
            throw e;
        }
        stream = new WalSenderStream(services, database, slot, command.startLsn(), options, pid, format, out);
        stream.start();
    }

    private void requireDatabase() {
        if (mode != ReplicationMode.LOGICAL) throw new PgException("55000", "logical decoding requires a database connection");
    }

    private static PgException physical() {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "physical replication is not supported");
    }

    private void row(List<Field> fields, String... values) {
        out.send(new BackendMessage.RowDescription(fields));
        List<byte[]> data = new ArrayList<>();
        Arrays.stream(values).forEach(v -> data.add(v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        out.send(new BackendMessage.DataRow(data));
    }

    private static Field text(String name) { return new Field(name, 0, (short) 0, TEXT, (short) -1, -1, (short) 0); }

    private static Field int4(String name) { return new Field(name, 0, (short) 0, INT4, (short) 4, -1, (short) 0); }

    private static Field int8(String name) { return new Field(name, 0, (short) 0, INT8, (short) 8, -1, (short) 0); }
}
