package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.sql.Lexer;
import org.junit.jupiter.api.Test;

class InsertSelectUpsertRuleTest {
    private static String rewrite(String sql) {
        return Rewriter.rewrite(sql, Lexer.tokenize(sql)).sqlite();
    }

    @Test
    void aSelectSourceIsWrappedSoSqliteDoesNotReadOnConflictAsAJoinConstraint() {
        assertThat(rewrite("INSERT INTO t (a, b) SELECT a, b FROM s ON CONFLICT (a) DO UPDATE SET b = excluded.b"))
                .isEqualTo("INSERT INTO t (a, b) SELECT * FROM (SELECT a, b FROM s ) WHERE true ON CONFLICT (a) "
                        + "DO UPDATE SET b = excluded.b");
        assertThat(rewrite("INSERT INTO t SELECT a FROM s WHERE a > 1 ORDER BY a ON CONFLICT DO NOTHING"))
                .isEqualTo("INSERT INTO t SELECT * FROM (SELECT a FROM s WHERE a > 1 ORDER BY a NULLS LAST ) WHERE true "
                        + "ON CONFLICT DO NOTHING");
    }

    @Test
    void valuesSourcesAndInsertsWithoutOnConflictAreUntouched() {
        assertThat(rewrite("INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING"))
                .isEqualTo("INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING");
        assertThat(rewrite("INSERT INTO t SELECT a FROM s JOIN u ON s.id = u.id"))
                .isEqualTo("INSERT INTO t SELECT a FROM s JOIN u ON s.id = u.id");
    }

    @Test
    void aJoinInsideTheSourceKeepsItsOwnOn() {
        assertThat(rewrite("INSERT INTO t SELECT s.a FROM s JOIN u ON s.id = u.id ON CONFLICT DO NOTHING"))
                .isEqualTo("INSERT INTO t SELECT * FROM (SELECT s.a FROM s JOIN u ON s.id = u.id ) WHERE true "
                        + "ON CONFLICT DO NOTHING");
    }

    @Test
    void exitsAndFilterAsBareColumnNamesAreQuotedForSqlite() {
        assertThat(rewrite("SELECT exists, filter FROM t WHERE exists AND EXISTS (SELECT 1)"))
                .isEqualTo("SELECT \"exists\", \"filter\" FROM t WHERE \"exists\" AND EXISTS (SELECT 1)");
    }

    @Test
    void aBareParameterTakesTheTypeOfTheFunctionArgumentItFills() {
        String sql = "SELECT * FROM json_to_recordset($1) AS x(a int) WHERE hashtext($2) = 1 AND to_timestamp($3) < now() "
                + "AND jsonb_typeof($4::jsonb) = 'x' AND md5($5 || 'x') = ''";
        assertThat(Rewriter.rewrite(sql, Lexer.tokenize(sql)).parameterTypes()).startsWith(114, 25, 701, 3802);
        assertThat(Rewriter.rewrite(sql, Lexer.tokenize(sql)).parameterTypes().get(4)).isNotEqualTo(25);
    }
}
