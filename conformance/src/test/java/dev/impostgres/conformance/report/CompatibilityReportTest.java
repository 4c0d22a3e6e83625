package dev.impostgres.conformance.report;

import static dev.impostgres.conformance.report.RatchetTest.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.run.CaseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompatibilityReportTest {

    private final List<CaseResult> results = List.of(
            result("types", "z", CaseResult.Outcome.DIFFERENT),
            result("smoke", "a", CaseResult.Outcome.IDENTICAL),
            result("smoke", "b", CaseResult.Outcome.EXPECTED_DIFFERENT),
            result("smoke", "c", CaseResult.Outcome.DIFFERENT));

    @Test
    void markdownCountsPerAreaAndShowsTheFirstDifference() {
        String md = new CompatibilityReport(results, "17.6").markdown();
        assertThat(md).contains("| smoke | 3 | 1 | 1 | 1 |", "| types | 1 | 0 | 0 | 1 |", "| **total** | 4 | 1 | 1 | 2 |")
                .contains("- `smoke/c` at `` statement 1: SELECT 1 ``: Postgres `` SELECT 1 ⏎ status I `` / Impostgres `` ERROR ``")
                .contains("- `smoke/b` — known");
        assertThat(md.indexOf("### smoke")).isLessThan(md.indexOf("### types"));
    }

    @Test
    void outputDoesNotDependOnTheOrderResultsArrivedIn() {
        List<CaseResult> shuffled = new ArrayList<>(results);
        Collections.reverse(shuffled);
        CompatibilityReport a = new CompatibilityReport(results, "17.6");
        CompatibilityReport b = new CompatibilityReport(shuffled, "17.6");
        assertThat(b.markdown()).isEqualTo(a.markdown());
        assertThat(b.json()).isEqualTo(a.json());
    }

    @Test
    void jsonSummarizesTotalsAndListsDifferingCases() {
        String json = new CompatibilityReport(results, "17.6").json();
        assertThat(json).contains("\"postgresVersion\" : \"17.6\"", "\"different\" : [ \"smoke/c\", \"types/z\" ]",
                "\"expectedDifferent\" : [ \"smoke/b\" ]");
    }

    @Test
    void longOrMultiLineSnippetsBecomeOneShortLine() {
        assertThat(CompatibilityReport.oneLine("a\nb|c")).isEqualTo("a ⏎ b\\|c");
        assertThat(CompatibilityReport.oneLine("x".repeat(500))).hasSize(160).endsWith("…");
    }
}
