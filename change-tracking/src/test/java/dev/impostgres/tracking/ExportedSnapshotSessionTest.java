package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.count;
import static dev.impostgres.tracking.Statements.query;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.snapshot.PinnedSnapshot;
import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.error.PgException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported snapshots at the session level: what importers see, and when the pinned read transaction is released. */
class ExportedSnapshotSessionTest {
    @TempDir Path dataDir;
    SqliteDatabaseManager manager;
    Session writer;

    @BeforeEach
    void open() {
        manager = new SqliteDatabaseManager(dataDir);
        writer = manager.openSession("app");
        writer.execute(write("CREATE TABLE t(id integer primary key)"), List.of());
        writer.execute(write("INSERT INTO t VALUES (1), (2)"), List.of());
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void importersSeeTheExportTimeStateUntilTheyEndEvenAfterTheExporterMovesOn() {
        PinnedSnapshot<?> exported = manager.exportSnapshot("app", 42);
        assertThat(exported.lsn()).isEqualTo(manager.read("app", ChangeLog::currentLsn));
        writer.execute(write("INSERT INTO t VALUES (3)"), List.of());
        Session importer = importing(exported.name());
        exported.exporterFinished();
        writer.execute(write("DELETE FROM t"), List.of());
        assertThat(count(importer, "t")).isEqualTo(2);
        assertThat(checkpointBlocked()).isTrue(); // the importer still holds the pinned read transaction
        importer.commit();
        assertThat(count(importer, "t")).isZero();
        assertThat(checkpointBlocked()).isFalse(); // released once exporter and importers are done
    }

    @Test
    void writesInAnImportingTransactionAreRefusedAndTheBlockFails() {
        PinnedSnapshot<?> exported = manager.exportSnapshot("app", 42);
        Session importer = importing(exported.name(), false);
        assertThatThrownBy(() -> importer.execute(write("INSERT INTO t VALUES (9)"), List.of()))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("0A000"));
        assertThat(importer.status()).isEqualTo(TransactionStatus.FAILED);
        importer.rollback();
        assertThat(count(writer, "t")).isEqualTo(2);
    }

    @Test
    void aSnapshotOfAnotherDatabaseCannotBeImported() {
        PinnedSnapshot<?> exported = manager.exportSnapshot("other", 42);
        Session importer = manager.openSession("app");
        importer.begin(IsolationLevel.REPEATABLE_READ, null);
        assertThatThrownBy(() -> importer.importSnapshot(exported.name()))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("0A000");
                    assertThat(e.getMessage()).isEqualTo("cannot import a snapshot from a different database");
                });
    }

    @Test
    void theExporterFinishingWithNoImporterReleasesAtOnce() {
        PinnedSnapshot<?> exported = manager.exportSnapshot("app", 42);
        writer.execute(write("INSERT INTO t VALUES (3)"), List.of());
        assertThat(checkpointBlocked()).isTrue();
        exported.exporterFinished();
        assertThat(checkpointBlocked()).isFalse();
        Session late = manager.openSession("app");
        late.begin(IsolationLevel.REPEATABLE_READ, null);
        assertThatThrownBy(() -> late.importSnapshot(exported.name()))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42704"));
    }

    @Test
    void closingTheManagerReleasesPinnedSnapshots() {
        PinnedSnapshot<?> exported = manager.exportSnapshot("app", 42);
        importing(exported.name());
        writer.execute(write("INSERT INTO t VALUES (3)"), List.of());
        assertThat(checkpointBlocked()).isTrue();
        manager.close();
        manager = new SqliteDatabaseManager(dataDir);
        assertThat(checkpointBlocked()).isFalse();
    }

    @Test
    void aCancelledReadOnTheSnapshotLeavesItPinnedForTheNextStatements() throws Exception {
        PinnedSnapshot<?> exported = manager.exportSnapshot("app", 42);
        Session importer = importing(exported.name());
        Session other = importing(exported.name());
        writer.execute(write("INSERT INTO t VALUES (3)"), List.of());
        java.util.concurrent.CompletableFuture<QueryResult> running = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> importer.execute(query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                        + "SELECT count(*) FROM c"), List.of()));
        while (!running.isDone()) {
            importer.cancel();
            Thread.sleep(2);
        }
        assertThatThrownBy(running::join).hasCauseInstanceOf(PgException.class)
                .cause().satisfies(e -> assertThat(((PgException) e).sqlState()).isEqualTo("57014"));
        assertThat(count(other, "t")).isEqualTo(2); // still the export-time state
        importer.rollback();
        assertThat(count(other, "t")).isEqualTo(2);
    }

    private Session importing(String name) {
        return importing(name, true);
    }

    private Session importing(String name, boolean readOnly) {
        Session importer = manager.openSession("app");
        importer.begin(IsolationLevel.REPEATABLE_READ, readOnly);
        importer.importSnapshot(name);
        return importer;
    }

    /** Whether a read transaction on an older state keeps a checkpoint from copying every WAL frame back. */
    private boolean checkpointBlocked() {
        return manager.read("app", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                rs.next();
                return rs.getInt(3) < rs.getInt(2); // frames checkpointed < frames in the WAL
            }
        });
    }
}
