package dev.impostgres.replication.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.translator.error.PgException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotManagerTest {
    @TempDir Path dir;
    private SqliteDatabaseManager databases;

    private SqliteDatabaseManager open() {
        databases = new SqliteDatabaseManager(dir);
        return databases;
    }

    @AfterEach
    void close() {
        if (databases != null) databases.close();
    }

    @Test
    void createdSlotStartsAtTheCurrentLsnAndTurnsCaptureOn() {
        SlotManager slots = new SlotManager(open());
        long before = databases.read("postgres", ChangeLog::currentLsn);
        SlotManager.Created created = slots.create("postgres", "s1", "pgoutput", false, 7);
        assertThat(created.consistentPoint()).isEqualTo(before);
        assertThat(created.slot().active()).isFalse();
        assertThat(databases.changeLog("postgres").captureEnabled()).isTrue();
    }

    @Test
    void slotsSurviveARestartButTemporaryOnesDoNot() {
        SlotManager slots = new SlotManager(open());
        slots.create("postgres", "kept", "pgoutput", false, 7);
        slots.create("postgres", "temp", "pgoutput", true, 7);
        slots.confirm("kept", 0x1600000L);
        databases.close();
        SlotManager reopened = new SlotManager(open());
        assertThat(reopened.find("kept")).hasValueSatisfying(s -> assertThat(s.confirmedFlushLsn()).isEqualTo(0x1600000L));
        assertThat(reopened.find("temp")).isEmpty();
    }

    @Test
    void duplicateNamesAreRefusedAcrossDatabases() {
        SlotManager slots = new SlotManager(open());
        databases.createDatabase("other");
        slots.create("postgres", "s1", "pgoutput", false, 7);
        assertThatThrownBy(() -> slots.create("other", "s1", "pgoutput", false, 7))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42710"))
                .hasMessage("replication slot \"s1\" already exists");
    }

    @Test
    void namesAreValidatedAsPostgresDoes() {
        SlotManager slots = new SlotManager(open());
        assertThatThrownBy(() -> slots.create("postgres", "Bad", "pgoutput", false, 7))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42602"))
                .hasMessage("replication slot name \"Bad\" contains invalid character");
        assertThatThrownBy(() -> slots.create("postgres", "x".repeat(64), "pgoutput", false, 7))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42622"));
    }

    @Test
    void droppingAMissingOrActiveSlotFails() throws Exception {
        SlotManager slots = new SlotManager(open());
        assertThatThrownBy(() -> slots.drop("nope", false, 7))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42704"))
                .hasMessage("replication slot \"nope\" does not exist");
        slots.create("postgres", "s1", "pgoutput", false, 7);
        slots.acquire("s1", "postgres", 8);
        assertThatThrownBy(() -> slots.drop("s1", false, 7))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("55006"))
                .hasMessage("replication slot \"s1\" is active for PID 8");
        assertThatThrownBy(() -> slots.acquire("s1", "postgres", 9)).hasMessage("replication slot \"s1\" is active for PID 8");
        slots.release("s1", 8);
        slots.drop("s1", false, 7);
        assertThat(slots.find("s1")).isEmpty();
    }

    @Test
    void dropWithWaitWaitsForTheStreamingBackend() throws Exception {
        SlotManager slots = new SlotManager(open());
        slots.create("postgres", "s1", "pgoutput", false, 7);
        slots.acquire("s1", "postgres", 8);
        Thread dropper = new Thread(() -> {
            try {
                slots.drop("s1", true, 7);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        dropper.start();
        slots.release("s1", 8);
        dropper.join();
        assertThat(slots.find("s1")).isEmpty();
    }

    @Test
    void temporarySlotsDieWithTheirConnection() {
        SlotManager slots = new SlotManager(open());
        slots.create("postgres", "t1", "pgoutput", true, 7);
        assertThat(slots.find("t1").orElseThrow().activePid()).isEqualTo(7);
        slots.connectionClosed(7);
        assertThat(slots.find("t1")).isEmpty();
    }

    @Test
    void confirmingPrunesTheChangeLogBelowTheSlowestSlot() {
        SlotManager slots = new SlotManager(open());
        databases.write("postgres", c -> c.createStatement().execute("CREATE TABLE t (id integer primary key)"));
        slots.create("postgres", "a", "pgoutput", false, 7);
        slots.create("postgres", "b", "pgoutput", false, 7);
        databases.write("postgres", c -> c.createStatement().execute("INSERT INTO t VALUES (1)"));
        long end = databases.read("postgres", ChangeLog::currentLsn);
        slots.confirm("a", end);
        assertThat(transactions()).isEqualTo(1);
        slots.confirm("b", end);
        assertThat(transactions()).isZero();
    }

    private int transactions() {
        return databases.read("postgres", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM _pg_transactions")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
