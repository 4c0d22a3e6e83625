package dev.impostgres.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.run.CaseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatchetTest {

    private final List<CaseResult> results = List.of(
            result("smoke", "a", CaseResult.Outcome.IDENTICAL),
            result("smoke", "b", CaseResult.Outcome.DIFFERENT),
            result("types", "c", CaseResult.Outcome.IDENTICAL),
            result("types", "d", CaseResult.Outcome.IDENTICAL));

    @Test
    void fewerIdenticalCasesThanTheRatchetFailNamingTheAreaAndCases() {
        Ratchet.Verdict v = Ratchet.judge(Map.of("smoke", 2, "types", 2), results);
        assertThat(v.failed()).isTrue();
        assertThat(v.regressions()).singleElement().asString()
                .contains("area 'smoke'", "1 identical", "ratchet says 2", "smoke/b");
    }

    @Test
    void moreIdenticalCasesAskForTheRatchetToBeRaised() {
        Ratchet.Verdict v = Ratchet.judge(Map.of("smoke", 1), results);
        assertThat(v.failed()).isFalse();
        assertThat(v.improvements()).singleElement().asString().contains("area 'types'", "2 identical");
        assertThat(v.current()).containsExactly(Map.entry("smoke", 1), Map.entry("types", 2));
    }

    @Test
    void anAreaThatDisappearedCountsAsZero() {
        assertThat(Ratchet.judge(Map.of("gone", 1), results).regressions()).singleElement().asString()
                .contains("area 'gone'");
    }

    @Test
    void writtenRatchetIsSortedAndReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ratchet.json");
        Ratchet.write(file, Map.of("types", 2, "smoke", 1));
        assertThat(Files.readString(file)).isEqualTo("{\n  \"smoke\" : 1,\n  \"types\" : 2\n}\n");
        assertThat(Ratchet.read(file)).containsExactly(Map.entry("smoke", 1), Map.entry("types", 2));
        assertThat(Ratchet.read(dir.resolve("missing.json"))).isEmpty();
    }

    static CaseResult result(String area, String name, CaseResult.Outcome outcome) {
        Optional<CaseResult.Difference> diff = outcome == CaseResult.Outcome.IDENTICAL ? Optional.empty()
                : Optional.of(new CaseResult.Difference("statement 1: SELECT 1", "SELECT 1\nstatus I", "ERROR"));
        return new CaseResult(area, name, outcome, diff,
                outcome == CaseResult.Outcome.EXPECTED_DIFFERENT ? Optional.of("known") : Optional.empty(), false,
                Optional.empty());
    }
}
