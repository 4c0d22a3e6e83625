package dev.impostgres.tracking.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Column defaults as pg_get_expr prints them (recorded against Postgres 15 and 17). */
class DefaultDeparseTest {
    @Test
    void stringConstantGetsTheColumnTypesCast() {
        assertThat(DefaultDeparse.of("'x'", "text")).isEqualTo("'x'::text");
        assertThat(DefaultDeparse.of("'it''s'", "character varying")).isEqualTo("'it''s'::character varying");
        assertThat(DefaultDeparse.of("E'a\\nb'", "text")).isEqualTo("'a\nb'::text");
    }

    @Test
    void negativeNumberIsATypedString() {
        assertThat(DefaultDeparse.of("-1", "integer")).isEqualTo("'-1'::integer");
    }

    @Test
    void otherExpressionsStayAsWritten() {
        assertThat(DefaultDeparse.of("42", "integer")).isEqualTo("42");
        assertThat(DefaultDeparse.of("now()", "timestamp with time zone")).isEqualTo("now()");
        assertThat(DefaultDeparse.of("nextval('t_id_seq'::regclass)", "integer")).isEqualTo("nextval('t_id_seq'::regclass)");
    }
}
