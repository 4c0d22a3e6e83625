package dev.impostgres.wire.replication;

import dev.impostgres.replication.slot.SlotManager;

/**
 * Makes a new slot's consistent point and its exported snapshot agree exactly (no overlap, no gap).
 *
 * <p>The slot is created at the change log's end C (under the writer lock, in its own transaction); the snapshot is
 * pinned just after, on another connection, and sees the change log's end E inside its own read transaction. Writers
 * may commit in between, so E >= C. Every transaction ending at or before E is in the snapshot and every one after E
 * is not (LSNs are assigned under the writer lock, in commit order, in the same SQLite transaction as the data). So
 * the consistent point is E: when E > C the slot is confirmed up to E, and streaming (which starts after the slot's
 * confirmed position, or after a later requested start) sends exactly the transactions the copy did not see.
 */
final class SnapshotConsistency {
    private SnapshotConsistency() {}

    /** Returns the consistent point to report: the snapshot's LSN, with the slot moved up to it when needed. */
    static long align(SlotManager slots, String slotName, long slotLsn, long snapshotLsn) {
        if (snapshotLsn > slotLsn) slots.confirm(slotName, snapshotLsn);
        return Math.max(slotLsn, snapshotLsn);
    }
}
