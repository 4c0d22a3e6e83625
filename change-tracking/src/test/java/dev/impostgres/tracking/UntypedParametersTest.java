package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.query;
import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.CommandTag;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parameters bound as raw text with no type: converted with the type of the column they meet, as in Postgres. */
class UntypedParametersTest extends AppSessionFixture {
    @BeforeEach
    void createRows() {
        session.execute(write("CREATE TABLE t(id int8 primary key, flag bool, at timestamptz, price numeric(10,2))"),
                List.of());
        session.execute(write("INSERT INTO t VALUES (1, true, '2024-01-01 10:00:00+02', 1.5), (2, false, NULL, 2)"),
                List.of());
    }

    private static PgStatement.Sql untyped(String sql, int parameters, boolean writes) {
        List<Integer> types = Collections.nCopies(parameters, 0);
        return writes ? new PgStatement.Sql(sql, sql, CommandTag.UPDATE, false, true, types, null)
                : new PgStatement.Sql(sql, sql, CommandTag.SELECT, true, false, types, null);
    }

    @Test
    void textComparedWithAColumnIsConvertedWithTheColumnsInputFunction() {
        assertThat(session.execute(untyped("SELECT id FROM t WHERE flag = ?1", 1, false), List.of("yes")).rows())
                .extracting(r -> r[0]).containsExactly(1L);
        assertThat(session.execute(untyped("SELECT id FROM t WHERE at = ?1", 1, false),
                List.of("2024-01-01T08:00:00Z")).rows()).extracting(r -> r[0]).containsExactly(1L);
        assertThatThrownBy(() -> session.execute(untyped("SELECT id FROM t WHERE flag = ?1", 1, false), List.of("x")))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("22P02");
                    assertThat(e.getMessage()).isEqualTo("invalid input syntax for type boolean: \"x\"");
                });
    }

    @Test
    void parameterTypesAreInferredFromTheMetadata() {
        assertThat(session.parameterTypes(untyped("SELECT id FROM t WHERE flag = ?1 AND price > ?2 LIMIT ?3", 3, false)))
                .containsExactly(16, 1700, 20);
        assertThat(session.parameterTypes(untyped("UPDATE t SET at = ?1 WHERE id = ?2", 2, true)))
                .containsExactly(1184, 20);
    }

    @Test
    void updateSetValuesAreCoercedToTheColumnsTypmod() {
        session.execute(untyped("UPDATE t SET price = ?1, flag = ?2 WHERE id = 2", 2, true), List.of("3.456", "on"));
        session.execute(write("UPDATE t SET price = price * 1.001 WHERE id = 1"), List.of());
        assertThat(session.execute(query("SELECT id, price, flag FROM t ORDER BY id"), List.of()).rows())
                .extracting(r -> r[1] + "/" + r[2]).containsExactly("1.50/1", "3.46/1");
    }
}
