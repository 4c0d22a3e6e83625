package dev.impostgres.conformance.run;

import dev.impostgres.conformance.script.ConformanceCase;
import java.util.List;
import java.util.Optional;

/** Compares two transcripts of one case, statement by statement, then the replication changes, then how each ended. */
public final class TranscriptComparison {

    private TranscriptComparison() {}

    public static CaseResult compare(ConformanceCase c, Transcript postgres, Transcript impostgres) {
        Optional<CaseResult.Difference> difference = firstDifference(new Normalizer(c.maskedColumns()), postgres, impostgres);
        CaseResult.Outcome outcome = difference.isEmpty() ? CaseResult.Outcome.IDENTICAL
                : c.expectedDifference().isPresent() ? CaseResult.Outcome.EXPECTED_DIFFERENT : CaseResult.Outcome.DIFFERENT;
        boolean removable = difference.isEmpty() && c.expectedDifference().isPresent();
        return new CaseResult(c.area(), c.name(), outcome, difference, c.expectedDifference(), removable,
                Optional.ofNullable(postgres.failure()));
    }

    static Optional<CaseResult.Difference> firstDifference(Normalizer normalizer, Transcript a, Transcript b) {
        List<Transcript.Entry> left = a.entries();
        List<Transcript.Entry> right = b.entries();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? render(normalizer, left.get(i)) : "(not run: " + a.failure() + ")";
            String r = i < right.size() ? render(normalizer, right.get(i)) : "(not run: " + b.failure() + ")";
            if (!l.equals(r)) {
                String sql = (i < left.size() ? left.get(i) : right.get(i)).sql();
                return Optional.of(new CaseResult.Difference("statement " + (i + 1) + ": " + sql, l, r));
            }
        }
        List<String> changesA = a.changes();
        List<String> changesB = b.changes();
        for (int i = 0; i < Math.max(changesA.size(), changesB.size()); i++) {
            String l = i < changesA.size() ? changesA.get(i) : "(no more changes)";
            String r = i < changesB.size() ? changesB.get(i) : "(no more changes)";
            if (!l.equals(r)) {
                return Optional.of(new CaseResult.Difference("replication change " + (i + 1), l, r));
            }
        }
        String failureA = a.failure() == null ? "(completed)" : a.failure();
        String failureB = b.failure() == null ? "(completed)" : b.failure();
        if (!failureA.equals(failureB)) {
            return Optional.of(new CaseResult.Difference("case", failureA, failureB));
        }
        return Optional.empty();
    }

    static String render(Normalizer normalizer, Transcript.Entry entry) {
        return entry.result() == null ? "(no answer: " + entry.failure() + ")" : normalizer.render(entry.result());
    }
}
