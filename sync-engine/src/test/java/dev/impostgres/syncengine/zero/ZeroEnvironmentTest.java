package dev.impostgres.syncengine.zero;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeroEnvironmentTest {
    @TempDir Path dir;

    @Test
    void allThreeDatabasesPointAtImpostgresAndDefaultsFillTheRest() {
        Map<String, String> env = ZeroEnvironment.forZeroCache(Map.of("ZERO_APP_ID", "myapp"), "127.0.0.1", 6000,
                "postgres", "app", dir);
        assertThat(env).containsEntry("ZERO_UPSTREAM_DB", "postgresql://postgres@127.0.0.1:6000/app")
                .containsEntry("ZERO_CVR_DB", "postgresql://postgres@127.0.0.1:6000/zero_cvr")
                .containsEntry("ZERO_CHANGE_DB", "postgresql://postgres@127.0.0.1:6000/zero_cdc")
                .containsEntry("ZERO_REPLICA_FILE", dir.toAbsolutePath().resolve("zero-replica.db").toString())
                .containsEntry("ZERO_ENABLE_TELEMETRY", "false")
                .doesNotContainKey("ZERO_APP_ID"); // passes through by inheritance, untouched
    }

    @Test
    void theUsersOwnSettingsWinExceptTheDatabasesWhichAreReportedAsReplaced() {
        Map<String, String> user = Map.of("ZERO_REPLICA_FILE", "/tmp/r.db", "ZERO_ENABLE_TELEMETRY", "true",
                "ZERO_CVR_DB", "postgresql://elsewhere/cvr");
        Map<String, String> env = ZeroEnvironment.forZeroCache(user, "127.0.0.1", 5433, "postgres", "postgres", dir);
        assertThat(env).doesNotContainKeys("ZERO_REPLICA_FILE", "ZERO_ENABLE_TELEMETRY");
        assertThat(ZeroEnvironment.overridden(user, env)).containsExactly(Map.entry("ZERO_CVR_DB", "postgresql://elsewhere/cvr"));
    }

    @Test
    void anInstallationCountsOnlyWhenZeroCachesEntryPointIsThere() throws Exception {
        ZeroInstallation installation = new ZeroInstallation(dir, "1.9.0");
        assertThat(installation.installed()).isFalse();
        Files.createDirectories(installation.cli().getParent());
        Files.writeString(installation.cli(), "// cli");
        assertThat(installation.installed()).isTrue();
        assertThat(installation.directory()).isEqualTo(dir.resolve("1.9.0"));
    }
}
