package dev.impostgres.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.client.QueryResult;
import dev.impostgres.conformance.client.ResultPart;
import dev.impostgres.conformance.script.CaseParser;
import dev.impostgres.conformance.script.ConformanceCase;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptComparisonTest {

    private static final ConformanceCase PLAIN = CaseParser.parse("smoke", "c", "CREATE TABLE t (a int); SELECT 1;");
    private static final ConformanceCase EXPECTED = CaseParser.parse("smoke", "c",
            "-- expect-difference: known\nCREATE TABLE t (a int); SELECT 1;");

    @Test
    void sameTagsAndStatusesAreIdentical() {
        CaseResult r = TranscriptComparison.compare(PLAIN, transcript("CREATE TABLE", 'I'), transcript("CREATE TABLE", 'I'));
        assertThat(r.outcome()).isEqualTo(CaseResult.Outcome.IDENTICAL);
        assertThat(r.firstDifference()).isEmpty();
    }

    @Test
    void aDifferentTransactionStatusIsADifferenceAtThatStatement() {
        CaseResult r = TranscriptComparison.compare(PLAIN, transcript("CREATE TABLE", 'I'), transcript("CREATE TABLE", 'T'));
        assertThat(r.outcome()).isEqualTo(CaseResult.Outcome.DIFFERENT);
        assertThat(r.firstDifference().orElseThrow().where()).isEqualTo("statement 1: CREATE TABLE t (a int)");
        assertThat(r.firstDifference().orElseThrow().impostgres()).endsWith("status T");
    }

    @Test
    void aDocumentedDeviationCountsAsExpectedAndFlagsItsDirectiveOnceFixed() {
        CaseResult differs = TranscriptComparison.compare(EXPECTED, transcript("CREATE TABLE", 'I'),
                transcript("CREATE", 'I'));
        assertThat(differs.outcome()).isEqualTo(CaseResult.Outcome.EXPECTED_DIFFERENT);
        assertThat(differs.directiveRemovable()).isFalse();
        CaseResult fixed = TranscriptComparison.compare(EXPECTED, transcript("CREATE TABLE", 'I'),
                transcript("CREATE TABLE", 'I'));
        assertThat(fixed.outcome()).isEqualTo(CaseResult.Outcome.IDENTICAL);
        assertThat(fixed.directiveRemovable()).isTrue();
    }

    @Test
    void aCaseThatEndedEarlyDiffersAtTheFirstMissingStatement() {
        Transcript failed = new Transcript();
        failed.fail("connecting to case_smoke_c: Connection refused");
        CaseResult r = TranscriptComparison.compare(PLAIN, transcript("CREATE TABLE", 'I'), failed);
        assertThat(r.outcome()).isEqualTo(CaseResult.Outcome.DIFFERENT);
        assertThat(r.firstDifference().orElseThrow().impostgres()).contains("Connection refused");
    }

    @Test
    void replicationChangesAreComparedLineByLine() {
        Transcript a = transcript("CREATE TABLE", 'I');
        Transcript b = transcript("CREATE TABLE", 'I');
        a.addChange("BEGIN");
        b.addChange("BEGIN");
        a.addChange("INSERT public.t new=('1')");
        b.addChange("COMMIT flags=0");
        CaseResult r = TranscriptComparison.compare(PLAIN, a, b);
        assertThat(r.firstDifference().orElseThrow().where()).isEqualTo("replication change 2");
    }

    private static Transcript transcript(String firstTag, char firstStatus) {
        Transcript t = new Transcript();
        t.add(new Transcript.Entry("CREATE TABLE t (a int)",
                new QueryResult(List.of(new ResultPart.Command(firstTag)), firstStatus, List.of()), null));
        t.add(new Transcript.Entry("SELECT 1", new QueryResult(List.of(new ResultPart.Rows(
                List.of(new ResultPart.Column("?column?", 23, -1)), List.of(List.of("1")), "SELECT 1")), 'I',
                List.of()), null));
        return t;
    }
}
