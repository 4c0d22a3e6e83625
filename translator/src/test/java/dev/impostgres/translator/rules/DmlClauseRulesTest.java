package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import org.junit.jupiter.api.Test;

class DmlClauseRulesTest {
    private static String rewrite(String sql) {
        return Rewriter.rewrite(sql, Lexer.tokenize(sql)).sqlite();
    }

    @Test
    void updateAndDeleteTargetAliasGetsAs() {
        assertThat(rewrite("UPDATE accounts a SET balance = a.balance + d.amount FROM deposits d WHERE d.id = a.id"))
                .isEqualTo("UPDATE accounts AS a SET balance = a.balance + d.amount FROM deposits d WHERE d.id = a.id");
        assertThat(rewrite("DELETE FROM t x WHERE x.id = 1")).isEqualTo("DELETE FROM t AS x WHERE x.id = 1");
        assertThat(rewrite("UPDATE t SET v = 1")).isEqualTo("UPDATE t SET v = 1");
    }

    @Test
    void updateNotStartingAStatementIsNoTarget() {
        assertThat(rewrite("INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET v = 2"))
                .endsWith("DO UPDATE SET v = 2");
    }

    @Test
    void deleteUsingBecomesExistsOverTheUsingList() {
        assertThat(rewrite("DELETE FROM orders o USING banned b WHERE o.customer = b.name"))
                .isEqualTo("DELETE FROM orders AS o WHERE EXISTS (SELECT 1 FROM banned b WHERE o.customer = b.name)");
        assertThat(rewrite("DELETE FROM t USING u WHERE t.a = u.a RETURNING t.id"))
                .isEqualTo("DELETE FROM t WHERE EXISTS (SELECT 1 FROM u WHERE t.a = u.a) RETURNING t.id");
    }

    @Test
    void offsetWithoutLimitAndLimitAll() {
        assertThat(rewrite("SELECT n FROM t OFFSET 9")).isEqualTo("SELECT n FROM t LIMIT -1 OFFSET 9");
        assertThat(rewrite("SELECT n FROM t LIMIT ALL OFFSET 7")).isEqualTo("SELECT n FROM t LIMIT -1 OFFSET 7");
        assertThat(rewrite("SELECT n FROM t LIMIT 3 OFFSET 8")).isEqualTo("SELECT n FROM t LIMIT 3 OFFSET 8");
    }

    @Test
    void fetchFirstBecomesLimitWithTheOffsetAfterIt() {
        assertThat(rewrite("SELECT n FROM t FETCH FIRST 2 ROWS ONLY")).isEqualTo("SELECT n FROM t LIMIT 2");
        assertThat(rewrite("SELECT n FROM t OFFSET 1 ROWS FETCH NEXT ROW ONLY"))
                .isEqualTo("SELECT n FROM t LIMIT 1 OFFSET 1");
    }

    @Test
    void negativeLimitOrOffsetFails() {
        assertThatThrownBy(() -> rewrite("SELECT 1 LIMIT -1")).isInstanceOf(PgException.class)
                .hasMessage("LIMIT must not be negative");
        assertThatThrownBy(() -> rewrite("SELECT 1 OFFSET -2")).isInstanceOf(PgException.class)
                .hasMessage("OFFSET must not be negative");
    }

    @Test
    void orderByKeysGetPostgresNullPlacement() {
        assertThat(rewrite("SELECT v FROM t ORDER BY v")).isEqualTo("SELECT v FROM t ORDER BY v NULLS LAST");
        assertThat(rewrite("SELECT v FROM t ORDER BY v DESC, w LIMIT 1"))
                .isEqualTo("SELECT v FROM t ORDER BY v DESC NULLS FIRST, w NULLS LAST LIMIT 1");
        assertThat(rewrite("SELECT v FROM t ORDER BY v NULLS FIRST")).isEqualTo("SELECT v FROM t ORDER BY v NULLS FIRST");
        assertThat(rewrite("SELECT sum(v) OVER (ORDER BY d ROWS UNBOUNDED PRECEDING) FROM t"))
                .contains("OVER (ORDER BY d NULLS LAST ROWS UNBOUNDED PRECEDING)");
    }

    @Test
    void lockingClauseOnGroupedOrAggregatedRowsIsRefused() {
        assertThatThrownBy(() -> rewrite("SELECT count(*) FROM t FOR UPDATE")).isInstanceOf(PgException.class)
                .hasMessage("FOR UPDATE is not allowed with aggregate functions");
        assertThatThrownBy(() -> rewrite("SELECT a FROM t GROUP BY a FOR NO KEY UPDATE"))
                .hasMessage("FOR NO KEY UPDATE is not allowed with GROUP BY clause");
        assertThatThrownBy(() -> rewrite("SELECT DISTINCT a FROM t FOR SHARE"))
                .hasMessage("FOR SHARE is not allowed with DISTINCT clause");
        assertThat(rewrite("SELECT a FROM t WHERE a > (SELECT max(b) FROM u) FOR UPDATE"))
                .isEqualTo("SELECT a FROM t WHERE a > (SELECT max(b) FROM u)");
    }

    @Test
    void lockingClauseOfNamesMustBeFromItemsByAlias() {
        assertThatThrownBy(() -> rewrite("SELECT a FROM \"s/x\".t FOR UPDATE OF nosuch SKIP LOCKED"))
                .isInstanceOf(PgException.class)
                .hasMessage("relation \"nosuch\" in FOR UPDATE clause not found in FROM clause")
                .extracting(e -> ((PgException) e).position()).isEqualTo(37);
        assertThatThrownBy(() -> rewrite("SELECT a FROM t AS x JOIN u ON true FOR SHARE OF t"))
                .hasMessage("relation \"t\" in FOR SHARE clause not found in FROM clause");
        assertThat(rewrite("SELECT a FROM s.t x, u JOIN (SELECT 1) AS q ON true, generate_series(1, 2) g "
                + "FOR UPDATE OF x, u, q NOWAIT")).doesNotContain("FOR UPDATE");
        assertThat(rewrite("SELECT i.a FROM \"s/x\".\"T\" i WHERE i.a FOR NO KEY UPDATE OF i"))
                .doesNotContain("FOR");
    }
}
