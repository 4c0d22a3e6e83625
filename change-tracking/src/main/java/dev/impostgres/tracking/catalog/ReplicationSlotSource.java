package dev.impostgres.tracking.catalog;

import java.util.List;

/**
 * Where pg_replication_slots reads the slots from. The slots belong to the replication layer (which depends on this
 * module, not the other way round), so the server's composition root plugs its slot manager in here.
 */
public interface ReplicationSlotSource {

    /** One slot as pg_replication_slots shows it; LSNs in Postgres's X/Y text form, activePid 0 when idle. */
    record Slot(String name, String plugin, String database, boolean temporary, int activePid, String restartLsn,
                String confirmedFlushLsn) {}

    List<Slot> slots();

    ReplicationSlotSource NONE = List::of;
}
