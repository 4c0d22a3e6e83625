package dev.impostgres.translator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.storage.ParameterTyping.ParameterType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterTypingTest {
    private static final int BOOL = 16, INT8 = 20, INT2 = 21, INT4 = 23, TEXT = 25, NUMERIC = 1700, VARCHAR = 1043,
            TIMESTAMPTZ = 1184, UUID = 2950, JSONB = 3802;
    private static final Map<String, List<TargetColumn>> TABLES = Map.of(
            "t", List.of(new TargetColumn("id", INT4, -1), new TargetColumn("c_bool", BOOL, -1),
                    new TargetColumn("c_ts", TIMESTAMPTZ, -1), new TargetColumn("c_num", NUMERIC, 655366),
                    new TargetColumn("c_vc", VARCHAR, 14), new TargetColumn("c_i2", INT2, -1)),
            "s.u", List.of(new TargetColumn("id", INT8, -1), new TargetColumn("c_uuid", UUID, -1),
                    new TargetColumn("c_jsonb", JSONB, -1)));

    private static ParameterTyping.Result infer(String sqlite) {
        return ParameterTyping.infer(sqlite, TABLES::get);
    }

    private static List<ParameterType> types(Integer... oidThenTypmod) {
        ParameterType[] out = new ParameterType[oidThenTypmod.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = oidThenTypmod[2 * i] == null ? null : new ParameterType(oidThenTypmod[2 * i], oidThenTypmod[2 * i + 1]);
        }
        return Arrays.asList(out);
    }

    @Test
    void aComparisonWithAColumnTakesTheColumnsTypeAndConvertsTheText() {
        var result = infer("SELECT * FROM t WHERE c_bool = ?1 AND ?2 < c_ts");
        assertThat(result.types()).isEqualTo(types(BOOL, -1, TIMESTAMPTZ, -1));
        assertThat(result.sqlite()).isEqualTo(
                "SELECT * FROM t WHERE c_bool = _pg_in(16, -1, ?1) AND _pg_in(1184, -1, ?2) < c_ts");
    }

    @Test
    void qualifiedColumnsResolveThroughAliasesAndSchemaQualifiedTables() {
        var result = infer("SELECT * FROM \"s.u\" AS \"u\" JOIN t x ON x.id = u.id WHERE u.c_uuid=?1 AND x.c_num <> ?2");
        assertThat(result.types()).isEqualTo(types(UUID, -1, NUMERIC, -1));
        assertThat(result.sqlite()).endsWith("u.c_uuid=_pg_in(2950, -1, ?1) AND x.c_num <> _pg_in(1700, -1, ?2)");
    }

    @Test
    void varcharComparesAsTextAndLikeIsText() {
        var result = infer("SELECT * FROM t WHERE c_vc = ?1 OR c_vc NOT LIKE ?2");
        assertThat(result.types()).isEqualTo(types(TEXT, -1, TEXT, -1));
        assertThat(result.sqlite()).isEqualTo("SELECT * FROM t WHERE c_vc = ?1 OR c_vc NOT LIKE ?2");
    }

    @Test
    void inListsBetweenDistinctFromAndLimitsAreTyped() {
        var result = infer("SELECT * FROM t WHERE c_i2 NOT IN (?1, ?2) AND c_num BETWEEN ?3 AND ?4 "
                + "AND c_bool IS NOT DISTINCT FROM ?5 LIMIT ?6 OFFSET ?7");
        assertThat(result.types()).isEqualTo(types(INT2, -1, INT2, -1, NUMERIC, -1, NUMERIC, -1, BOOL, -1,
                INT8, -1, INT8, -1));
        assertThat(result.sqlite()).contains("IN (_pg_in(21, -1, ?1), _pg_in(21, -1, ?2))",
                "BETWEEN _pg_in(1700, -1, ?3) AND _pg_in(1700, -1, ?4)", "LIMIT _pg_in(20, -1, ?6)");
    }

    @Test
    void assignmentsReportTheColumnsDeclaredTypeAndAreLeftToWriteCoercion() {
        var update = infer("UPDATE t SET c_vc = ?1, c_bool = ?2 WHERE id = ?3");
        assertThat(update.types()).isEqualTo(types(VARCHAR, 14, BOOL, -1, INT4, -1));
        assertThat(update.sqlite()).isEqualTo("UPDATE t SET c_vc = ?1, c_bool = ?2 WHERE id = _pg_in(23, -1, ?3)");
        var insert = infer("INSERT INTO t (c_i2, c_vc) VALUES (?1, ?2) RETURNING id");
        assertThat(insert.types()).isEqualTo(types(INT2, -1, VARCHAR, 14));
        assertThat(insert.sqlite()).isEqualTo("INSERT INTO t (c_i2, c_vc) VALUES (?1, ?2) RETURNING id");
    }

    @Test
    void parametersInsideExpressionsOrUnknownColumnsAreNotInferred() {
        var result = infer("SELECT * FROM t WHERE c_i2 = ?1 + 1 AND lower(c_vc) = ?2 AND nope = ?3 AND ?4 = ?5");
        assertThat(result.types()).isEmpty();
        assertThat(result.sqlite()).isEqualTo("SELECT * FROM t WHERE c_i2 = ?1 + 1 AND lower(c_vc) = ?2 AND nope = ?3 AND ?4 = ?5");
        assertThat(infer("SELECT * FROM other WHERE c_bool = ?1").types()).isEmpty();
    }

    @Test
    void aColumnNamedInTwoTablesWithDifferentTypesIsAmbiguous() {
        assertThat(infer("SELECT * FROM t, \"s.u\" WHERE id = ?1").types()).isEmpty();
        assertThat(infer("SELECT * FROM t, \"s.u\" WHERE c_uuid = ?1").types()).isEqualTo(types(UUID, -1));
    }

    @Test
    void updateSetValuesAreCoercedToTheColumnsType() {
        assertThat(WriteCoercion.updateSet("UPDATE t SET c_num = c_num * 2, c_bool = ?1, c_vc = DEFAULT WHERE id = 1",
                TABLES::get)).isEqualTo("UPDATE t SET c_num = _pg_in(1700, 655366, c_num * 2), "
                + "c_bool = _pg_in(16, -1, ?1), c_vc = DEFAULT WHERE id = 1");
        assertThat(WriteCoercion.updateSet("UPDATE t SET c_i2=?1", TABLES::get))
                .isEqualTo("UPDATE t SET c_i2=_pg_in(21, -1, ?1)");
    }
}
