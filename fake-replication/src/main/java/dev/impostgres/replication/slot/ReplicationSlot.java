package dev.impostgres.replication.slot;

/**
 * A logical replication slot as pg_replication_slots shows it: the database it decodes, whether it dies with its
 * connection, the LSN from which changes are still kept ({@code restartLsn}) and the LSN its consumer confirmed
 * ({@code confirmedFlushLsn}: everything ending at or before it is never sent again). {@code activePid} is the
 * backend streaming from it (0 when none).
 */
public record ReplicationSlot(String name, String plugin, String database, boolean temporary, long restartLsn,
                              long confirmedFlushLsn, int activePid) {

    public boolean active() { return activePid != 0; }
}
