package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatabaseFileNamesTest {
    private static final List<String> NAMES = List.of("postgres", "app", "App", "APP", "a/b", "..", ".", "../etc",
            "zero_cvr", "app_0/cvr", "with space", "ünïcödé", "日本", "a%2fb", "con", "CON", "nul", "a-b", "a.db", "x\\y");

    @Test
    void everyNameRoundTripsThroughItsFileName() {
        for (String name : NAMES) {
            assertThat(DatabaseFileNames.databaseName(DatabaseFileNames.fileName(name))).contains(name);
        }
    }

    @Test
    void fileNamesAreSafeAndDistinctEvenOnCaseInsensitiveFileSystems() {
        Set<String> seen = new HashSet<>();
        for (String name : NAMES) {
            String file = DatabaseFileNames.fileName(name);
            assertThat(file).matches("[a-z0-9_%-]+\\.db");
            assertThat(seen.add(file.toLowerCase())).as(name).isTrue();
        }
        assertThat(DatabaseFileNames.fileName("con")).isNotEqualTo("con.db");
    }

    @Test
    void filesThatAreNotCanonicalEncodingsAreNotDatabases() {
        assertThat(DatabaseFileNames.databaseName("postgres.db-wal")).isEmpty();
        assertThat(DatabaseFileNames.databaseName("Foo.db")).isEmpty();
        assertThat(DatabaseFileNames.databaseName("%61pp.db")).isEmpty(); // "app" spelled non-canonically
        assertThat(DatabaseFileNames.databaseName("%zz.db")).isEmpty();
        assertThat(DatabaseFileNames.databaseName("notes.txt")).isEmpty();
    }
}
