package dev.impostgres.replication.command;

import dev.impostgres.replication.command.ReplicationCommand.CreateReplicationSlot;
import dev.impostgres.replication.command.ReplicationCommand.GenericOption;
import dev.impostgres.replication.command.ReplicationCommand.SlotKind;
import dev.impostgres.replication.command.ReplicationCommand.SnapshotAction;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.List;

/**
 * CREATE_REPLICATION_SLOT's options, checked as walsender.c's parseCreateReplSlotOptions checks them: each at most
 * once and only for the slot kind that has it (else 42601 "conflicting or redundant options"), snapshot one of
 * export/nothing/use (else 22023), booleans as defGetBoolean reads them, anything else XX000.
 */
final class CreateSlotOptions {
    private CreateSlotOptions() {}

    static CreateReplicationSlot apply(String name, boolean temporary, SlotKind kind, String plugin,
                                       List<GenericOption> options) {
        SnapshotAction snapshot = SnapshotAction.EXPORT;
        boolean snapshotGiven = false, reserveWalGiven = false, twoPhaseGiven = false, failoverGiven = false;
        boolean reserveWal = false, twoPhase = false, failover = false;
        for (GenericOption option : options) {
            switch (option.name()) {
                case "snapshot" -> {
                    if (snapshotGiven || kind != SlotKind.LOGICAL) throw conflicting();
                    snapshotGiven = true;
                    if (option.value() == null) throw new PgException(SqlState.SYNTAX_ERROR, "snapshot requires a parameter");
                    snapshot = switch (option.value()) {
                        case "export" -> SnapshotAction.EXPORT;
                        case "nothing" -> SnapshotAction.NOTHING;
                        case "use" -> SnapshotAction.USE;
                        default -> throw PgException.of(SqlState.INVALID_PARAMETER_VALUE,
                                "unrecognized value for CREATE_REPLICATION_SLOT option \"%s\": \"%s\"", option.name(), option.value());
                    };
                }
                case "reserve_wal" -> {
                    if (reserveWalGiven || kind != SlotKind.PHYSICAL) throw conflicting();
                    reserveWalGiven = true;
                    reserveWal = bool(option);
                }
                case "two_phase" -> {
                    if (twoPhaseGiven || kind != SlotKind.LOGICAL) throw conflicting();
                    twoPhaseGiven = true;
                    twoPhase = bool(option);
                }
                case "failover" -> {
                    if (failoverGiven || kind != SlotKind.LOGICAL) throw conflicting();
                    failoverGiven = true;
                    failover = bool(option);
                }
                default -> throw new PgException(SqlState.INTERNAL_ERROR, "unrecognized option: " + option.name());
            }
        }
        return new CreateReplicationSlot(name, temporary, kind, plugin, snapshot, twoPhase, reserveWal, failover);
    }

    /** defGetBoolean: no value means true; otherwise parse_bool's spellings (unique prefixes allowed). */
    static boolean bool(GenericOption option) {
        Boolean b = option.value() == null ? Boolean.TRUE : parseBool(option.value());
        if (b == null) throw PgException.of(SqlState.SYNTAX_ERROR, "%s requires a Boolean value", option.name());
        return b;
    }

    /** Postgres's parse_bool: true/false/yes/no by unique prefix, on/off (at least "on"/"of"), 1/0; null if none. */
    static Boolean parseBool(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        if (v.isEmpty()) return null;
        if ("true".startsWith(v) || "yes".startsWith(v) || v.equals("1") || v.equals("on")) return Boolean.TRUE;
        if ("false".startsWith(v) || "no".startsWith(v) || v.equals("0") || (v.length() >= 2 && "off".startsWith(v))) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static PgException conflicting() {
        return new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options");
    }
}
