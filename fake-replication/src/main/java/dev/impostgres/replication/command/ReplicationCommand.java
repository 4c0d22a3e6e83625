package dev.impostgres.replication.command;

import java.util.List;

/**
 * A command of the replication protocol (Postgres 17 repl_gram.y), parsed by {@link ReplicationCommandParser}.
 * LSNs are raw 64-bit values. The commands Impostgres cannot serve (physical replication, BASE_BACKUP,
 * TIMELINE_HISTORY, UPLOAD_MANIFEST) still parse, so that their executor answers 0A000 rather than 42601.
 */
public sealed interface ReplicationCommand {

    /** The CommandComplete tag Postgres sends for the command. */
    String tag();

    /** An option of a parenthesized list: {@code name [value]}; value is null when absent. */
    record GenericOption(String name, String value) {}

    record IdentifySystem() implements ReplicationCommand {
        public String tag() { return "IDENTIFY_SYSTEM"; }
    }

    /** {@code SHOW name}: the walsender's SHOW (one setting, dotted names allowed). */
    record Show(String name) implements ReplicationCommand {
        public String tag() { return "SHOW"; }
    }

    enum SlotKind { PHYSICAL, LOGICAL }

    /** What CREATE_REPLICATION_SLOT does with the slot's snapshot: {@code SNAPSHOT 'export' | 'nothing' | 'use'}. */
    enum SnapshotAction { EXPORT, NOTHING, USE }

    /** {@code CREATE_REPLICATION_SLOT name [TEMPORARY] {PHYSICAL | LOGICAL plugin} [(options) | legacy options]}. */
    record CreateReplicationSlot(String slotName, boolean temporary, SlotKind kind, String plugin,
                                 SnapshotAction snapshot, boolean twoPhase, boolean reserveWal, boolean failover)
            implements ReplicationCommand {
        public String tag() { return "CREATE_REPLICATION_SLOT"; }
    }

    /** {@code DROP_REPLICATION_SLOT name [WAIT]}. */
    record DropReplicationSlot(String slotName, boolean waitForRelease) implements ReplicationCommand {
        public String tag() { return "DROP_REPLICATION_SLOT"; }
    }

    /** {@code ALTER_REPLICATION_SLOT name (options)} (Postgres 17: failover). */
    record AlterReplicationSlot(String slotName, List<GenericOption> options) implements ReplicationCommand {
        public AlterReplicationSlot { options = List.copyOf(options); }
        public String tag() { return "ALTER_REPLICATION_SLOT"; }
    }

    /** {@code READ_REPLICATION_SLOT name}. */
    record ReadReplicationSlot(String slotName) implements ReplicationCommand {
        public String tag() { return "READ_REPLICATION_SLOT"; }
    }

    /** {@code START_REPLICATION SLOT name LOGICAL X/Y [(name ['value'], ...)]}; options in the order given. */
    record StartLogicalReplication(String slotName, long startLsn, List<GenericOption> pluginOptions)
            implements ReplicationCommand {
        public StartLogicalReplication { pluginOptions = List.copyOf(pluginOptions); }
        public String tag() { return "START_REPLICATION"; }
    }

    /** {@code START_REPLICATION [SLOT name] [PHYSICAL] X/Y [TIMELINE n]}; slotName null when absent, timeline 0 when absent. */
    record StartPhysicalReplication(String slotName, long startLsn, long timeline) implements ReplicationCommand {
        public String tag() { return "START_REPLICATION"; }
    }

    /** {@code TIMELINE_HISTORY n}. */
    record TimelineHistory(long timeline) implements ReplicationCommand {
        public String tag() { return "TIMELINE_HISTORY"; }
    }

    /** {@code BASE_BACKUP [(options)]}. */
    record BaseBackup(List<GenericOption> options) implements ReplicationCommand {
        public BaseBackup { options = List.copyOf(options); }
        public String tag() { return "BASE_BACKUP"; }
    }

    /** {@code UPLOAD_MANIFEST} (Postgres 17 incremental backup). */
    record UploadManifest() implements ReplicationCommand {
        public String tag() { return "UPLOAD_MANIFEST"; }
    }
}
