package dev.impostgres.conformance.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseParserTest {

    @Test
    void headerDirectivesAreReadAndOrdinaryCommentsIgnored() {
        ConformanceCase c = CaseParser.parse("types", "money", """
                -- What this case is about: ordinary comment.
                -- expect-difference: money is not implemented
                -- mask-column: a, B
                SELECT 1::money;
                -- expect-difference: too late, this is a comment after the first statement
                """);
        assertThat(c.expectedDifference()).contains("money is not implemented");
        assertThat(c.maskedColumns()).containsExactly("a", "B");
        assertThat(c.statements()).containsExactly("SELECT 1::money");
        assertThat(c.isReplication()).isFalse();
        assertThat(c.id()).isEqualTo("types/money");
    }

    @Test
    void replicationCaseSplitsSetupFromCapturedStatements() {
        ConformanceCase c = CaseParser.parse("replication", "basic", """
                -- replication: publication=pub
                CREATE TABLE t (id int PRIMARY KEY);
                CREATE PUBLICATION pub FOR TABLE t;
                -- @capture
                INSERT INTO t VALUES (1);
                """);
        assertThat(c.publication()).contains("pub");
        assertThat(c.setupStatements()).containsExactly("CREATE TABLE t (id int PRIMARY KEY)",
                "CREATE PUBLICATION pub FOR TABLE t");
        assertThat(c.capturedStatements()).containsExactly("INSERT INTO t VALUES (1)");
    }

    @Test
    void unknownDirectivesAndHalfReplicationCasesAreErrors() {
        assertThatThrownBy(() -> CaseParser.parse("a", "b", "-- expect-diference: typo\nSELECT 1;"))
                .hasMessageContaining("unknown directive 'expect-diference'");
        assertThatThrownBy(() -> CaseParser.parse("a", "b", "-- replication: publication=p\nSELECT 1;"))
                .hasMessageContaining("@capture");
        assertThatThrownBy(() -> CaseParser.parse("a", "b", "-- expect-difference:\nSELECT 1;"))
                .hasMessageContaining("needs a value");
    }

    @Test
    void databaseNamesAreStableAndShortEnoughForPostgres() {
        ConformanceCase c = CaseParser.parse("Types", "very-long-" + "x".repeat(80), "SELECT 1;");
        assertThat(c.databaseName()).matches("[a-z0-9_]+").hasSizeLessThanOrEqualTo(63)
                .isEqualTo(CaseParser.parse("Types", "very-long-" + "x".repeat(80), "SELECT 2;").databaseName());
        assertThat(CaseParser.parse("smoke", "select_1", "").databaseName()).isEqualTo("case_smoke_select_1");
    }

    @Test
    void loadAllReadsAreasSortedAndRejectsFilesOutsideAnArea(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("b/one.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("a/two.sql"), "SELECT 2;");
        assertThat(CaseParser.loadAll(dir)).extracting(ConformanceCase::id).containsExactly("a/two", "b/one");
        Files.writeString(dir.resolve("stray.sql"), "SELECT 3;");
        assertThatThrownBy(() -> CaseParser.loadAll(dir)).hasMessageContaining("cases/<area>/");
    }
}
