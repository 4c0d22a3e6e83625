package dev.impostgres.tracking.catalog;

import java.util.List;

/**
 * The SQL functions that act beyond the calling session: logical replication slots (which belong to the replication
 * layer, a module that depends on this one) and other backends (which belong to the server). The composition root
 * plugs the real implementation in; until then every function fails as on a server without them.
 *
 * <p>Arguments arrive validated for NULLs; errors are {@link dev.impostgres.translator.error.PgException}s carrying
 * Postgres's SQLSTATE.
 */
public interface ServerFunctions {

    /** pg_create_logical_replication_slot's (slot_name, lsn). */
    record CreatedSlot(String slotName, String lsn) {}

    /** One row of pg_logical_slot_{peek,get}_binary_changes: (lsn pg_lsn, xid xid, data bytea). */
    record Change(String lsn, long xid, byte[] data) {}

    /** The caller: its database, backend pid and output settings (TimeZone for decoded timestamptz values). */
    record Caller(String database, int pid, dev.impostgres.translator.types.FormatSettings format) {}

    CreatedSlot createLogicalSlot(Caller caller, String name, String plugin, boolean temporary);

    void dropSlot(Caller caller, String name);

    /**
     * Decodes the slot's pending transactions with pgoutput; {@code advance} (get) moves confirmed_flush_lsn past
     * what was returned, peek leaves the slot as it was. {@code uptoLsn} null and {@code uptoChanges} null mean no
     * limit. {@code options} are name/value pairs as the VARIADIC text[] gives them. {@code textFunction}: the
     * signature of the text variant called (pg_logical_slot_peek_changes…), which pgoutput's binary output refuses;
     * null for the binary variants.
     */
    List<Change> changes(Caller caller, String slot, String uptoLsn, Integer uptoChanges, List<String> options,
                         boolean advance, String textFunction);

    /** pg_replication_slot_advance: (slot_name, end_lsn). */
    CreatedSlot advanceSlot(Caller caller, String slot, String uptoLsn);

    /** pg_terminate_backend: true when the pid is a backend that was told to end. */
    boolean terminateBackend(Caller caller, int pid);

    ServerFunctions NONE = new ServerFunctions() {
        @Override public CreatedSlot createLogicalSlot(Caller caller, String name, String plugin, boolean temporary) {
            throw unavailable();
        }
        @Override public void dropSlot(Caller caller, String name) { throw unavailable(); }
        @Override public List<Change> changes(Caller caller, String slot, String uptoLsn, Integer uptoChanges,
                                              List<String> options, boolean advance, String textFunction) {
            throw unavailable();
        }
        @Override public CreatedSlot advanceSlot(Caller caller, String slot, String uptoLsn) { throw unavailable(); }
        @Override public boolean terminateBackend(Caller caller, int pid) { return false; }

        private dev.impostgres.translator.error.PgException unavailable() {
            return new dev.impostgres.translator.error.PgException("55000",
                    "logical decoding requires \"wal_level\" >= \"logical\"");
        }
    };
}
