package dev.impostgres.translator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;

import java.util.List;
import org.junit.jupiter.api.Test;

class WriteCoercionTest {
    private static final List<TargetColumn> T = List.of(new TargetColumn("id", 23, -1),
            new TargetColumn("n", 1700, 393222), new TargetColumn("v", 25, -1));

    private static String coerce(String sql) {
        return WriteCoercion.insertValues(sql, table -> table.equals("t") ? T : null);
    }

    @Test
    void valuesItemsAreWrappedInColumnOrder() {
        assertThat(coerce("INSERT INTO t VALUES (1, 25.50, 'x'), (?1, NULL, DEFAULT)")).isEqualTo(
                "INSERT INTO t VALUES (_pg_in(23, -1, 1), _pg_in(1700, 393222, '25.50'), _pg_in(25, -1, 'x')), "
                        + "(_pg_in(23, -1, ?1), NULL, DEFAULT)");
    }

    @Test
    void fewerValuesThanColumnsNameTheLeadingColumns() {
        assertThat(coerce("INSERT INTO t VALUES (1), (2)")).isEqualTo(
                "INSERT INTO t (\"id\") VALUES (_pg_in(23, -1, 1)), (_pg_in(23, -1, 2))");
        assertThat(coerce("INSERT INTO t VALUES (1, 2), (3)")).isEqualTo(
                "INSERT INTO t VALUES (_pg_in(23, -1, 1), _pg_in(1700, 393222, '2')), (_pg_in(23, -1, 3))");
    }

    @Test
    void anExplicitColumnListPicksTheTargets() {
        assertThat(coerce("INSERT INTO t (v, id) VALUES (lower('A'), 2) RETURNING id")).isEqualTo(
                "INSERT INTO t (v, id) VALUES (_pg_in(25, -1, lower('A')), _pg_in(23, -1, 2)) RETURNING id");
    }

    @Test
    void tablesWithoutMetadataAndInsertSelectAreLeftAlone() {
        assertThat(coerce("INSERT INTO other VALUES (1)")).isEqualTo("INSERT INTO other VALUES (1)");
        assertThat(coerce("INSERT INTO t SELECT 1, 2, 'x'")).isEqualTo("INSERT INTO t SELECT 1, 2, 'x'");
    }

    @Test
    void aSignedNumericLiteralKeepsItsTrailingZeros() {
        assertThat(coerce("INSERT INTO t VALUES (-1, -0.000100, 'x'), (2, +1.50, 'y')")).isEqualTo(
                "INSERT INTO t VALUES (_pg_in(23, -1, -1), _pg_in(1700, 393222, '-0.000100'), _pg_in(25, -1, 'x')), "
                        + "(_pg_in(23, -1, 2), _pg_in(1700, 393222, '+1.50'), _pg_in(25, -1, 'y'))");
    }

    @Test
    void aTooLongStringConstantFailsWhileTranslatingEvenWhenNoRowIsWritten() {
        List<TargetColumn> codes = List.of(new TargetColumn("code", 1043, 6), new TargetColumn("c", 1042, 5));
        assertThatThrownBy(() -> WriteCoercion.updateSet("UPDATE t SET code = 'xyz'", table -> codes))
                .isInstanceOf(PgException.class).hasMessage("value too long for type character varying(2)")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("22001");
        assertThatThrownBy(() -> WriteCoercion.insertValues("INSERT INTO t VALUES ('ab', 'ab')", table -> codes))
                .hasMessage("value too long for type character(1)");
        assertThat(WriteCoercion.updateSet("UPDATE t SET code = 'ab   ', c = 'a  '", table -> codes))
                .contains("_pg_in(1043, 6, 'ab   ')");
    }
}
