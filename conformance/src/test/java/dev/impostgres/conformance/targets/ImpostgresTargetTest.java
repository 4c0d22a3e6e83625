package dev.impostgres.conformance.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpostgresTargetTest {

    @Test
    void startsOnAFreePortOverTheGivenDataDirectoryAndStopsOnClose(@TempDir Path dir) {
        AtomicReference<dev.impostgres.wire.server.ServerConfig> seen = new AtomicReference<>();
        AtomicBoolean stopped = new AtomicBoolean();
        ImpostgresTarget target = ImpostgresTarget.start(config -> {
            seen.set(config);
            return new ImpostgresLauncher.Running(54321, () -> stopped.set(true));
        }, dir);
        assertThat(target.unavailable()).isEmpty();
        assertThat(seen.get().port()).isZero();
        assertThat(seen.get().dataDir()).isEqualTo(dir);
        assertThat(target.endpoint().port()).isEqualTo(54321);
        target.close();
        assertThat(stopped).isTrue();
    }

    @Test
    void aServerThatFailsToStartMakesTheTargetUnavailableWithTheReason(@TempDir Path dir) {
        ImpostgresTarget target = ImpostgresTarget.start(config -> {
            throw new IllegalStateException("port in use");
        }, dir);
        assertThat(target.unavailable()).hasValueSatisfying(r -> assertThat(r).contains("port in use"));
        target.close();
    }

    @Test
    void theReflectiveLauncherReportsAMissingServerClassAsUnavailable(@TempDir Path dir) {
        boolean serverPresent;
        try {
            Class.forName("dev.impostgres.wire.server.ImpostgresServer");
            serverPresent = true;
        } catch (ClassNotFoundException e) {
            serverPresent = false;
        }
        ImpostgresTarget target = ImpostgresTarget.start(ImpostgresLauncher.inProcess(), dir);
        try {
            if (serverPresent) {
                assertThat(target.unavailable()).isEmpty();
                assertThat(target.endpoint().port()).isPositive();
            } else {
                assertThat(target.unavailable()).hasValueSatisfying(r -> assertThat(r).contains("class not found"));
            }
        } finally {
            target.close();
        }
    }
}
