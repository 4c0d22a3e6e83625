package dev.impostgres.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.client.QueryResult;
import dev.impostgres.conformance.client.ResultPart;
import dev.impostgres.conformance.client.ResultPart.Column;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer(List.of("Started"));

    @Test
    void rendersColumnsRowsTagAndStatus() {
        QueryResult r = new QueryResult(List.of(new ResultPart.Rows(
                List.of(new Column("id", 23, -1), new Column("v", 1043, 14)),
                List.of(Arrays.asList("1", "it's"), Arrays.asList("2", null)), "SELECT 2")), 'T', List.of());
        assertThat(normalizer.render(r)).isEqualTo(
                "columns id:23:-1, v:1043:14\nrow ('1', 'it''s')\nrow ('2', NULL)\nSELECT 2\nstatus T");
    }

    @Test
    void errorsKeepSqlstateAndMessage() {
        QueryResult r = new QueryResult(List.of(new ResultPart.Error("22012", "division by zero")), 'E', List.of());
        assertThat(normalizer.render(r)).isEqualTo("ERROR 22012 division by zero\nstatus E");
    }

    @Test
    void onlyUserOidsAreMaskedBuiltInOidsMustMatch() {
        assertThat(normalizer.value(new Column("oid", 26, -1), "16390")).isEqualTo("<user-oid>");
        assertThat(normalizer.value(new Column("oid", 26, -1), "1259")).isEqualTo("'1259'");
        assertThat(normalizer.value(new Column("n", 23, -1), "16390")).isEqualTo("'16390'");
    }

    @Test
    void xidsLsnsClocksAndDeclaredColumnsAreMasked() {
        assertThat(normalizer.value(new Column("x", 28, -1), "812")).isEqualTo("<xid>");
        assertThat(normalizer.value(new Column("x", 5069, -1), "812")).isEqualTo("<xid>");
        assertThat(normalizer.value(new Column("x", 3220, -1), "0/1989020")).isEqualTo("<lsn>");
        assertThat(normalizer.value(new Column("now", 1184, -1), "2024-01-01 00:00:00+00")).isEqualTo("<masked>");
        assertThat(normalizer.value(new Column("started", 1184, -1), "2024-01-01 00:00:00+00")).isEqualTo("<masked>");
        assertThat(normalizer.value(new Column("created", 1184, -1), "2024-01-01 00:00:00+00"))
                .isEqualTo("'2024-01-01 00:00:00+00'");
    }

    @Test
    void userTypeOidsInRowDescriptionAreNormalizedButTheirPresenceIsNot() {
        QueryResult r = new QueryResult(List.of(new ResultPart.Rows(List.of(new Column("m", 16405, -1)),
                List.of(), "SELECT 0")), 'I', List.of());
        assertThat(normalizer.render(r)).startsWith("columns m:<user-type>:-1");
    }
}
