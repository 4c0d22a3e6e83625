package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.sql.Lexer;
import org.junit.jupiter.api.Test;

class SchemaQualifiedNameRuleTest {
    private static String rewrite(String sql) {
        return Rewriter.rewrite(sql, Lexer.tokenize(sql)).sqlite();
    }

    @Test
    void qualifiedTablesBecomeFlattenedNamesWithTheirOwnNameAsAlias() {
        assertThat(rewrite("SELECT t.v FROM \"app_0/cvr\".t WHERE t.id = 1"))
                .isEqualTo("SELECT t.v FROM \"app_0/cvr.t\" AS \"t\" WHERE t.id = 1");
        assertThat(rewrite("INSERT INTO s.t VALUES (1)")).isEqualTo("INSERT INTO \"s.t\" AS \"t\" VALUES (1)");
        assertThat(rewrite("SELECT * FROM a.x ax, b.y JOIN c.z cz ON true"))
                .isEqualTo("SELECT * FROM \"a.x\" ax, \"b.y\" AS \"y\" JOIN \"c.z\" cz ON 1");
    }

    @Test
    void publicKeepsThePlainNameAndCatalogSchemasAreUntouched() {
        assertThat(rewrite("SELECT * FROM public.t")).isEqualTo("SELECT * FROM \"t\" AS \"t\"");
        assertThat(rewrite("SELECT * FROM pg_catalog.pg_class")).isEqualTo("SELECT * FROM pg_catalog.pg_class");
    }

    @Test
    void columnReferencesAndThreePartNames() {
        assertThat(rewrite("SELECT t.id, s.t.v FROM s.t")).isEqualTo("SELECT t.id, \"s.t\".v FROM \"s.t\" AS \"t\"");
    }

    @Test
    void fromInsideAFunctionCallDoesNotStartAFromList() {
        assertThat(rewrite("SELECT trim(both 'x' from f(t.a, t.b)), t.c FROM s.t"))
                .isEqualTo("SELECT btrim(f(t.a, t.b), 'x') AS \"btrim\", t.c FROM \"s.t\" AS \"t\"");
    }
}
