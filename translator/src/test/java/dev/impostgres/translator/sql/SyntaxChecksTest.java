package dev.impostgres.translator.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.error.PgException;
import org.junit.jupiter.api.Test;

class SyntaxChecksTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    private PgException error(String sql) {
        try {
            translator.translateScript(sql);
        } catch (PgException e) {
            return e;
        }
        throw new AssertionError("no error for " + sql);
    }

    @Test
    void fromFollowedByAClauseKeyWordFailsAtTheKeyWord() {
        PgException e = error("SELECT FROM WHERE");
        assertThat(e).hasMessage("syntax error at or near \"WHERE\"");
        assertThat(e.sqlState()).isEqualTo("42601");
        assertThat(e.position()).isEqualTo(13);
    }

    @Test
    void aDanglingOperatorOrOpenParenthesisFailsAtTheEnd() {
        assertThat(error("SELECT 1 +")).hasMessage("syntax error at end of input");
        PgException e = error("SELECT (1;\nSELECT 'fine'");
        assertThat(e).hasMessage("syntax error at or near \";\"");
        assertThat(e.position()).isEqualTo(10);
    }

    @Test
    void anInsertColumnListMustStartWithAName() {
        assertThat(error("INSERT INTO VALUES (1)")).hasMessage("syntax error at or near \"1\"");
    }

    @Test
    void validStatementsOfTheseShapesPass() {
        assertThat(translator.translateScript("SELECT count(*), a IS DISTINCT FROM b, * FROM t ORDER BY 1; "
                + "INSERT INTO t (SELECT 1); SELECT * FROM values; SELECT extract(year FROM now())")).hasSize(4);
    }
}
