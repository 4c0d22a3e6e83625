package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.count;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDatabaseManagerTest {
    @TempDir Path dataDir;

    @Test
    void postgresDatabaseExistsFromTheStart() {
        try (var manager = new SqliteDatabaseManager(dataDir)) {
            assertThat(manager.databases()).containsExactly("postgres");
            assertThatThrownBy(() -> manager.createDatabase("postgres"))
                    .isInstanceOf(PgException.class).hasMessage("database \"postgres\" already exists")
                    .extracting(e -> ((PgException) e).sqlState()).isEqualTo("42P04");
        }
    }

    @Test
    void openSessionCreatesAMissingDatabase() {
        try (var manager = new SqliteDatabaseManager(dataDir)) {
            manager.openSession("App/One").close();
            assertThat(manager.databases()).containsExactly("App/One", "postgres");
            assertThat(dataDir.resolve(DatabaseFileNames.fileName("App/One"))).exists();
        }
    }

    @Test
    void namesWithPathSyntaxStayInsideTheDataDirectory() throws Exception {
        Path inner = dataDir.resolve("inner");
        try (var manager = new SqliteDatabaseManager(inner)) {
            manager.createDatabase("../escape");
            manager.createDatabase("/");
            assertThat(manager.databases()).containsExactly("../escape", "/", "postgres");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(inner);
        }
    }

    @Test
    void committedDataSurvivesCloseAndReopen() {
        try (var manager = new SqliteDatabaseManager(dataDir); var session = manager.openSession("app")) {
            session.execute(write("CREATE TABLE t(id integer primary key, v text)"), List.of());
            session.execute(write("INSERT INTO t VALUES (?1, ?2)"), List.of(1L, "one"));
        }
        try (var manager = new SqliteDatabaseManager(dataDir); var session = manager.openSession("app")) {
            assertThat(count(session, "t")).isEqualTo(1);
            assertThat(manager.databases()).contains("app");
        }
    }

    @Test
    void dropOfMissingDatabaseFailsUnlessIfExists() {
        try (var manager = new SqliteDatabaseManager(dataDir)) {
            assertThatThrownBy(() -> manager.dropDatabase("nope", false, null))
                    .hasMessage("database \"nope\" does not exist")
                    .extracting(e -> ((PgException) e).sqlState()).isEqualTo("3D000");
            manager.dropDatabase("nope", true, null);
        }
    }

    @Test
    void dropWhileOtherSessionsUseTheDatabaseFailsWithObjectInUse() {
        try (var manager = new SqliteDatabaseManager(dataDir);
             var caller = manager.openSession("postgres");
             var user = manager.openSession("app")) {
            manager.dropWait(java.time.Duration.ZERO);
            PgException e = org.junit.jupiter.api.Assertions.assertThrows(PgException.class,
                    () -> manager.dropDatabase("app", false, caller));
            assertThat(e.sqlState()).isEqualTo("55006");
            assertThat(e.getMessage()).isEqualTo("database \"app\" is being accessed by other users");
            assertThat(e.detail()).isEqualTo("There is 1 other session using the database.");
            var second = manager.openSession("app");
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(PgException.class,
                    () -> manager.dropDatabase("app", false, caller)).detail())
                    .isEqualTo("There are 2 other sessions using the database.");
            second.close();
            user.close();
            manager.dropDatabase("app", false, caller);
            assertThat(manager.databases()).containsExactly("postgres");
        }
    }

    @Test
    void dropWaitsForASessionThatEndsMeanwhile() throws InterruptedException {
        try (var manager = new SqliteDatabaseManager(dataDir); var caller = manager.openSession("postgres")) {
            var user = manager.openSession("app");
            var failure = new java.util.concurrent.atomic.AtomicReference<PgException>();
            Thread dropper = new Thread(() -> {
                try {
                    manager.dropDatabase("app", false, caller);
                } catch (PgException e) {
                    failure.set(e);
                }
            });
            dropper.start();
            // The drop is waiting for "app"'s session (or, were it not to wait, has already failed).
            while (dropper.isAlive() && dropper.getState() != Thread.State.TIMED_WAITING) {
                Thread.onSpinWait();
            }
            user.close();
            dropper.join();
            assertThat(failure.get()).isNull();
            assertThat(manager.databases()).containsExactly("postgres");
        }
    }

    @Test
    void dropOfTheCallersOwnDatabaseFails() {
        try (var manager = new SqliteDatabaseManager(dataDir); var caller = manager.openSession("app")) {
            assertThatThrownBy(() -> manager.dropDatabase("app", false, caller))
                    .hasMessage("cannot drop the currently open database")
                    .extracting(e -> ((PgException) e).sqlState()).isEqualTo("55006");
        }
    }

    @Test
    void droppedDatabaseComesBackEmpty() {
        try (var manager = new SqliteDatabaseManager(dataDir)) {
            try (var s = manager.openSession("app")) {
                s.execute(write("CREATE TABLE t(x int)"), List.of());
            }
            manager.dropDatabase("app", false, null);
            try (var s = manager.openSession("app")) {
                assertThatThrownBy(() -> count(s, "t")).hasMessage("relation \"t\" does not exist");
            }
        }
    }
}
