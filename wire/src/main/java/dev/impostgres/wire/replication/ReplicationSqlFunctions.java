package dev.impostgres.wire.replication;

import dev.impostgres.replication.command.ReplicationCommand.GenericOption;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.slot.ReplicationSlot;
import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.replication.walsender.SqlDecoding;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.tracking.catalog.ServerFunctions;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.changes.Lsn;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The SQL side of replication slots (pg_create_logical_replication_slot, pg_drop_replication_slot,
 * pg_logical_slot_{peek,get}_binary_changes, pg_replication_slot_advance) and pg_terminate_backend, over the same
 * slot manager the walsenders use. Decoding functions acquire the slot for the call, as Postgres does, so they fail
 * with 55006 while a walsender streams from it.
 */
final class ReplicationSqlFunctions implements ServerFunctions {
    /** How long pg_terminate_backend waits for the backend to be gone (its slot free for a takeover). */
    private static final long TERMINATE_WAIT_SECONDS = 5;

    private final ReplicationServices services;
    private final BackendTerminator terminator;

    ReplicationSqlFunctions(ReplicationServices services, BackendTerminator terminator) {
        this.services = services;
        this.terminator = terminator;
    }

    @Override
    public CreatedSlot createLogicalSlot(Caller caller, String name, String plugin, boolean temporary) {
        SlotManager.Created created = services.slots().create(caller.database(), name, plugin, temporary, caller.pid());
        return new CreatedSlot(name, Lsn.format(created.consistentPoint()));
    }

    @Override
    public void dropSlot(Caller caller, String name) {
        try {
            services.slots().drop(name, false, caller.pid());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgException(SqlState.QUERY_CANCELED, "canceling statement due to user request");
        }
    }

    @Override
    public List<Change> changes(Caller caller, String slotName, String uptoLsn, Integer uptoChanges, List<String> options,
                                boolean advance, String textFunction) {
        SlotManager slots = services.slots();
        ReplicationSlot slot = slots.acquire(slotName, caller.database(), caller.pid());
        try {
            List<GenericOption> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < options.size(); i += 2) pairs.add(new GenericOption(options.get(i), options.get(i + 1)));
            PgOutputOptions parsed = PgOutputOptions.parse(pairs); // pgoutput's startup callback
            if (textFunction != null) {
                // logicalfuncs.c, after the startup callback: pgoutput only produces binary output.
                throw PgException.of("0A000", "logical decoding output plugin \"%s\" produces binary output, but "
                        + "function \"%s\" expects textual data", slot.plugin(), textFunction);
            }
            Long upto = uptoLsn == null ? null : lsn(uptoLsn);
            SqliteDatabaseManager databases = services.databases();
            SqlDecoding.Result result = databases.read(caller.database(), connection -> SqlDecoding.decode(connection,
                    caller.database(), databases.changeLog(caller.database()), services.publications(),
                    caller.format(), parsed, slot.confirmedFlushLsn(), upto, uptoChanges));
            if (advance) slots.confirm(slotName, result.endOfDecoding());
            return result.rows().stream().map(r -> new Change(Lsn.format(r.lsn()), r.xid(), r.data())).toList();
        } finally {
            slots.release(slotName, caller.pid());
        }
    }

    @Override
    public CreatedSlot advanceSlot(Caller caller, String slotName, String uptoLsn) {
        SlotManager slots = services.slots();
        slots.acquire(slotName, caller.database(), caller.pid());
        try {
            long current = services.databases().read(caller.database(), ChangeLog::currentLsn);
            return new CreatedSlot(slotName, Lsn.format(slots.advance(slotName, lsn(uptoLsn), current)));
        } finally {
            slots.release(slotName, caller.pid());
        }
    }

    @Override
    public boolean terminateBackend(Caller caller, int pid) {
        CompletableFuture<Void> ended = terminator.terminate(pid);
        if (ended == null) return false;
        if (pid == caller.pid()) return true; // ends after this statement; waiting here would wait for ourselves
        try {
            ended.get(TERMINATE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // told to end; Postgres does not wait at all by default
        }
        return true;
    }

    private static long lsn(String text) {
        try {
            return Lsn.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type pg_lsn: \"" + text + "\"");
        }
    }
}
