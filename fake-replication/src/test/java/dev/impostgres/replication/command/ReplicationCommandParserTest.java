package dev.impostgres.replication.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.impostgres.replication.command.ReplicationCommand.*;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected behaviour recorded against a real Postgres 15.18 replication connection (psql replication=database). */
class ReplicationCommandParserTest {

    private static PgException error(String command) {
        return catchThrowableOfType(PgException.class, () -> ReplicationCommandParser.parse(command));
    }

    private static void assertSyntaxError(String command) {
        PgException e = error(command);
        assertThat(e).as(command).isNotNull();
        assertThat(e.sqlState()).isEqualTo("42601");
        assertThat(e.getMessage()).isEqualTo("syntax error");
    }

    @Test
    void onlyUpperCaseCommandKeywordsMakeAReplicationCommand() {
        assertThat(ReplicationCommandParser.isReplicationCommand("IDENTIFY_SYSTEM")).isTrue();
        assertThat(ReplicationCommandParser.isReplicationCommand("  IDENTIFY_SYSTEM  ; ")).isTrue();
        assertThat(ReplicationCommandParser.isReplicationCommand("SHOW wal_level")).isTrue();
        assertThat(ReplicationCommandParser.isReplicationCommand("CREATE_REPLICATION_SLOT x LOGICAL pgoutput")).isTrue();
        assertThat(ReplicationCommandParser.isReplicationCommand("identify_system")).isFalse();
        assertThat(ReplicationCommandParser.isReplicationCommand("Identify_System")).isFalse();
        assertThat(ReplicationCommandParser.isReplicationCommand("show wal_level")).isFalse();
        assertThat(ReplicationCommandParser.isReplicationCommand("/* c */ IDENTIFY_SYSTEM")).isFalse();
        assertThat(ReplicationCommandParser.isReplicationCommand("select pg_is_in_recovery()")).isFalse();
        assertThat(ReplicationCommandParser.isReplicationCommand("IDENTIFY_SYSTEMS")).isFalse();
    }

    @Test
    void identifySystemTakesNoArgumentsAndOneSemicolon() {
        assertThat(ReplicationCommandParser.parse("IDENTIFY_SYSTEM")).isEqualTo(new IdentifySystem());
        assertThat(ReplicationCommandParser.parse("  IDENTIFY_SYSTEM  ; ")).isEqualTo(new IdentifySystem());
        assertSyntaxError("IDENTIFY_SYSTEM;;");
        assertSyntaxError("IDENTIFY_SYSTEM x");
        assertSyntaxError("IDENTIFY_SYSTEM; IDENTIFY_SYSTEM");
    }

    @Test
    void createSlotAsPgjdbcAndDebeziumSendItExportsASnapshotByDefault() {
        CreateReplicationSlot expected = new CreateReplicationSlot("jdbc_slot_v1", false, SlotKind.LOGICAL, "pgoutput",
                SnapshotAction.EXPORT, false, false, false);
        assertThat(ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT jdbc_slot_v1  LOGICAL pgoutput")).isEqualTo(expected);
        assertThat(ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT \"dbz_slot\"  LOGICAL pgoutput "))
                .isEqualTo(new CreateReplicationSlot("dbz_slot", false, SlotKind.LOGICAL, "pgoutput", SnapshotAction.EXPORT,
                        false, false, false));
    }

    @Test
    void createSlotParenthesizedOptions() {
        assertThat(ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT s2 TEMPORARY LOGICAL pgoutput (SNAPSHOT 'nothing')"))
                .isEqualTo(new CreateReplicationSlot("s2", true, SlotKind.LOGICAL, "pgoutput", SnapshotAction.NOTHING, false, false, false));
        assertThat(ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT t2 LOGICAL \"pgoutput\" (snapshot 'nothing', two_phase 'true')"))
                .isEqualTo(new CreateReplicationSlot("t2", false, SlotKind.LOGICAL, "pgoutput", SnapshotAction.NOTHING, true, false, false));
        CreateReplicationSlot useSnapshot = (CreateReplicationSlot) ReplicationCommandParser.parse(
                "CREATE_REPLICATION_SLOT t3 LOGICAL pgoutput (SNAPSHOT use, TWO_PHASE 1, FAILOVER)");
        assertThat(useSnapshot.snapshot()).isEqualTo(SnapshotAction.USE);
        assertThat(useSnapshot.twoPhase()).isTrue();
        assertThat(useSnapshot.failover()).isTrue();
        assertThat(((CreateReplicationSlot) ReplicationCommandParser.parse(
                "CREATE_REPLICATION_SLOT t4 LOGICAL pgoutput (TWO_PHASE off)")).twoPhase()).isFalse();
    }

    @Test
    void createSlotLegacyOptions() {
        assertThat(((CreateReplicationSlot) ReplicationCommandParser.parse(
                "CREATE_REPLICATION_SLOT s3 LOGICAL pgoutput NOEXPORT_SNAPSHOT")).snapshot()).isEqualTo(SnapshotAction.NOTHING);
        CreateReplicationSlot s = (CreateReplicationSlot) ReplicationCommandParser.parse(
                "CREATE_REPLICATION_SLOT t10 LOGICAL pgoutput EXPORT_SNAPSHOT TWO_PHASE");
        assertThat(s.snapshot()).isEqualTo(SnapshotAction.EXPORT);
        assertThat(s.twoPhase()).isTrue();
        assertThat(ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT p PHYSICAL RESERVE_WAL"))
                .isEqualTo(new CreateReplicationSlot("p", false, SlotKind.PHYSICAL, null, SnapshotAction.EXPORT, false, true, false));
    }

    @Test
    void bareSlotNamesAreDownCasedQuotedOnesKept() {
        assertThat(((CreateReplicationSlot) ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT T1 LOGICAL pgoutput")).slotName())
                .isEqualTo("t1");
        assertThat(((CreateReplicationSlot) ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT \"A\" LOGICAL pgoutput")).slotName())
                .isEqualTo("A");
    }

    @Test
    void createSlotOptionErrorsCarryPostgresSqlstates() {
        PgException bogus = error("CREATE_REPLICATION_SLOT t15 LOGICAL pgoutput (BOGUS)");
        assertThat(bogus.sqlState()).isEqualTo("XX000");
        assertThat(bogus.getMessage()).isEqualTo("unrecognized option: bogus");
        PgException quotedKeyword = error("CREATE_REPLICATION_SLOT u3 LOGICAL pgoutput (SNAPSHOT 'nothing', \"RESERVE_WAL\")");
        assertThat(quotedKeyword.getMessage()).isEqualTo("unrecognized option: RESERVE_WAL");
        PgException value = error("CREATE_REPLICATION_SLOT u4 LOGICAL pgoutput (SNAPSHOT 'it''s')");
        assertThat(value.sqlState()).isEqualTo("22023");
        assertThat(value.getMessage()).isEqualTo("unrecognized value for CREATE_REPLICATION_SLOT option \"snapshot\": \"it's\"");
        for (String conflicting : List.of("CREATE_REPLICATION_SLOT t6 LOGICAL pgoutput (SNAPSHOT 'nothing', SNAPSHOT 'nothing')",
                "CREATE_REPLICATION_SLOT t7 LOGICAL pgoutput RESERVE_WAL", "CREATE_REPLICATION_SLOT t8 LOGICAL pgoutput (RESERVE_WAL)",
                "CREATE_REPLICATION_SLOT p PHYSICAL (TWO_PHASE)")) {
            PgException e = error(conflicting);
            assertThat(e.sqlState()).isEqualTo("42601");
            assertThat(e.getMessage()).isEqualTo("conflicting or redundant options");
        }
        PgException notBoolean = error("CREATE_REPLICATION_SLOT t5 LOGICAL pgoutput (SNAPSHOT 'nothing', TWO_PHASE maybe)");
        assertThat(notBoolean.sqlState()).isEqualTo("42601");
        assertThat(notBoolean.getMessage()).isEqualTo("two_phase requires a Boolean value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CREATE_REPLICATION_SLOT s4 LOGICAL", "CREATE_REPLICATION_SLOT t14 logical pgoutput",
            "CREATE_REPLICATION_SLOT 'u1' LOGICAL pgoutput", "CREATE_REPLICATION_SLOT bad-name LOGICAL pgoutput",
            "CREATE_REPLICATION_SLOT t11 LOGICAL pgoutput ()", "CREATE_REPLICATION_SLOT u1 LOGICAL 'pgoutput'",
            "CREATE_REPLICATION_SLOT u2 LOGICAL pgoutput (SNAPSHOT 'nothing', 'two_phase')",
            "DROP_REPLICATION_SLOT u1 NOWAIT", "DROP_REPLICATION_SLOT 'u1'", "DROP_REPLICATION_SLOT",
            "START_REPLICATION SLOT u1 LOGICAL 0/0 (proto_version 1)", "START_REPLICATION SLOT u1 LOGICAL 0/0 ()",
            "START_REPLICATION SLOT u1 LOGICAL 0/0 TIMELINE 1", "START_REPLICATION SLOT u1 LOGICAL 0/G",
            "START_REPLICATION SLOT \"u1\" LOGICAL 0/0 ('proto_version' '1')", "READ_REPLICATION_SLOT", "SHOW",
            "TIMELINE_HISTORY", "START_REPLICATION SLOT u1 LOGICAL 0/0 (\"proto_version\" '1',)"})
    void malformedCommandsAreBareSyntaxErrors(String command) {
        assertSyntaxError(command);
    }

    @Test
    void dropSlotWithAndWithoutWait() {
        assertThat(ReplicationCommandParser.parse("DROP_REPLICATION_SLOT jdbc_slot_v1")).isEqualTo(new DropReplicationSlot("jdbc_slot_v1", false));
        assertThat(ReplicationCommandParser.parse("DROP_REPLICATION_SLOT \"s1\" WAIT")).isEqualTo(new DropReplicationSlot("s1", true));
    }

    @Test
    void startReplicationAsPgjdbcAndDebeziumSendIt() {
        assertThat(ReplicationCommandParser.parse(
                "START_REPLICATION SLOT jdbc_slot_v1 LOGICAL 0/0 (\"proto_version\" '1', \"publication_names\" 'pub_jdbc')"))
                .isEqualTo(new StartLogicalReplication("jdbc_slot_v1", 0, List.of(
                        new GenericOption("proto_version", "1"), new GenericOption("publication_names", "pub_jdbc"))));
        StartLogicalReplication dbz = (StartLogicalReplication) ReplicationCommandParser.parse(
                "START_REPLICATION SLOT \"dbz_slot\" LOGICAL 0/199DF48 (\"proto_version\" '1', \"publication_names\" 'dbz_publication', \"messages\" 'true')");
        assertThat(dbz.startLsn()).isEqualTo(0x199DF48L);
        assertThat(dbz.pluginOptions()).containsExactly(new GenericOption("proto_version", "1"),
                new GenericOption("publication_names", "dbz_publication"), new GenericOption("messages", "true"));
    }

    @Test
    void startReplicationOptionsMayOmitValuesAndLsnsMayBePadded() {
        StartLogicalReplication s = (StartLogicalReplication) ReplicationCommandParser.parse(
                "START_REPLICATION SLOT u1 LOGICAL 00000000/000000001 (proto_version '9', Messages)");
        assertThat(s.startLsn()).isEqualTo(1);
        assertThat(s.pluginOptions()).containsExactly(new GenericOption("proto_version", "9"), new GenericOption("messages", null));
        assertThat(((StartLogicalReplication) ReplicationCommandParser.parse("START_REPLICATION SLOT u1 LOGICAL 1/42000098")).startLsn())
                .isEqualTo(0x1_42000098L);
        assertThat(((StartLogicalReplication) ReplicationCommandParser.parse("START_REPLICATION SLOT u1 LOGICAL 0/0")).pluginOptions())
                .isEmpty();
    }

    @Test
    void physicalReplicationParsesSoItCanBeRefusedAsUnsupported() {
        assertThat(ReplicationCommandParser.parse("START_REPLICATION 0/0")).isEqualTo(new StartPhysicalReplication(null, 0, 0));
        assertThat(ReplicationCommandParser.parse("START_REPLICATION SLOT p PHYSICAL 1/0 TIMELINE 1"))
                .isEqualTo(new StartPhysicalReplication("p", 1L << 32, 1));
        assertThat(ReplicationCommandParser.parse("TIMELINE_HISTORY 1")).isEqualTo(new TimelineHistory(1));
        assertThat(ReplicationCommandParser.parse("BASE_BACKUP")).isEqualTo(new BaseBackup(List.of()));
        assertThat(ReplicationCommandParser.parse("BASE_BACKUP (LABEL 'x', WAIT 0)")).isEqualTo(new BaseBackup(List.of(
                new GenericOption("label", "x"), new GenericOption("wait", "0"))));
        PgException timeline = error("TIMELINE_HISTORY 0");
        assertThat(timeline.sqlState()).isEqualTo("42601");
        assertThat(timeline.getMessage()).isEqualTo("invalid timeline 0");
    }

    @Test
    void showAndReadReplicationSlotTakeNames() {
        assertThat(ReplicationCommandParser.parse("SHOW wal_level")).isEqualTo(new Show("wal_level"));
        assertThat(ReplicationCommandParser.parse("SHOW \"wal_level\"")).isEqualTo(new Show("wal_level"));
        assertThat(ReplicationCommandParser.parse("SHOW a.b")).isEqualTo(new Show("a.b"));
        assertThat(ReplicationCommandParser.parse("SHOW Server_Version;")).isEqualTo(new Show("server_version"));
        assertThat(ReplicationCommandParser.parse("READ_REPLICATION_SLOT s1")).isEqualTo(new ReadReplicationSlot("s1"));
        assertThat(ReplicationCommandParser.parse("ALTER_REPLICATION_SLOT s1 (FAILOVER false)"))
                .isEqualTo(new AlterReplicationSlot("s1", List.of(new GenericOption("failover", "false"))));
    }

    @Test
    void unterminatedQuotesAreReportedAsSuch() {
        assertThat(error("IDENTIFY_SYSTEM 'unterminated").getMessage()).isEqualTo("unterminated quoted string");
        assertThat(error("DROP_REPLICATION_SLOT \"s1").getMessage()).isEqualTo("unterminated quoted identifier");
    }

    @Test
    void everyCommandHasItsCommandCompleteTag() {
        assertThat(ReplicationCommandParser.parse("DROP_REPLICATION_SLOT s").tag()).isEqualTo("DROP_REPLICATION_SLOT");
        assertThat(ReplicationCommandParser.parse("START_REPLICATION SLOT s LOGICAL 0/0").tag()).isEqualTo("START_REPLICATION");
        assertThat(ReplicationCommandParser.parse("CREATE_REPLICATION_SLOT s LOGICAL pgoutput").tag()).isEqualTo("CREATE_REPLICATION_SLOT");
    }
}
