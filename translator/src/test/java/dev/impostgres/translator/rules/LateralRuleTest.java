package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LateralRuleTest {
    private static String rewrite(String sql) {
        RewriteContext ctx = new RewriteContext(sql, Lexer.tokenize(sql));
        new LateralRule().rewrite(ctx);
        return ctx.text();
    }

    @Test
    void lateralSubqueryRowsTravelAsJsonThroughATableValuedFunction() {
        assertThat(rewrite("SELECT a.name, b.title FROM authors a CROSS JOIN LATERAL (SELECT title FROM books "
                + "WHERE author_id = a.id ORDER BY year DESC LIMIT 2) b ORDER BY a.name, b.title"))
                .isEqualTo("SELECT a.name, json_extract(\"b\".value, '$[0]') AS \"title\" FROM authors a CROSS JOIN "
                        + "\"json_each\"((SELECT json_group_array(json_array(_pg_lateral.\"title\")) FROM (SELECT title "
                        + "FROM books WHERE author_id = a.id ORDER BY year DESC LIMIT 2) AS _pg_lateral)) AS \"b\" "
                        + "ORDER BY a.name, json_extract(\"b\".value, '$[0]')");
    }

    @Test
    void columnsAreNamedByAliasColumnNameOrFunctionAndByTheAliasColumnList() {
        assertThat(LateralRule.outputNames(Lexer.tokenize("SELECT count(*), x.a, b AS c, d e FROM t")))
                .isEqualTo(List.of("count", "a", "c", "e"));
        assertThat(rewrite("SELECT l.p FROM t LEFT JOIN LATERAL (SELECT max(v), min(v) FROM u WHERE u.k = t.k) "
                + "AS l(p, q) ON true"))
                .contains("json_array(_pg_lateral.\"p\", _pg_lateral.\"q\")")
                .startsWith("SELECT json_extract(\"l\".value, '$[0]') AS \"p\" FROM t LEFT JOIN \"json_each\"(")
                .endsWith(" AS \"l\" ON true");
    }

    @Test
    void formsThatCouldAnswerWronglyAreRefusedNamingLateral() {
        assertThatThrownBy(() -> rewrite("SELECT * FROM t JOIN LATERAL (SELECT v FROM u WHERE u.k = t.k) l ON true"))
                .isInstanceOf(PgException.class).hasMessageContaining("LATERAL")
                .satisfies(e -> assertThat(((PgException) e).sqlState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> rewrite("SELECT v FROM t JOIN LATERAL (SELECT v FROM u WHERE u.k = t.k) l ON true"))
                .hasMessageContaining("unqualified reference");
        assertThatThrownBy(() -> rewrite("SELECT l.v FROM t JOIN LATERAL (SELECT * FROM u) l ON true"))
                .hasMessageContaining("LATERAL");
    }

    @Test
    void lateralFunctionCallJustLosesTheKeyword() {
        assertThat(rewrite("SELECT x FROM t, LATERAL unnest(t.arr) x")).isEqualTo("SELECT x FROM t,  unnest(t.arr) x");
    }
}
