package dev.impostgres.translator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.TypedTranslation;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** jsonb's delete operators, subscripting, the json builders' numeric arguments and the record functions. */
class JsonRulesTest {
    private final DefaultTranslator translator = new DefaultTranslator(16);

    /** Table t: id int4, name text, j jsonb, tags text[]. */
    private static final Map<String, PgType> COLUMNS = Map.of("id", PgTypes.INT4, "name", PgTypes.TEXT,
            "j", PgTypes.JSONB, "tags", PgTypes.byName("text[]"));
    private static final ColumnTypes TABLE_T = new ColumnTypes() {
        @Override
        public PgType of(String qualifier, String name) {
            return qualifier == null || qualifier.equals("t") ? COLUMNS.get(name) : null;
        }

        @Override
        public List<String> columnNames(String relation) {
            return relation.equals("t") ? List.of("id", "name", "j", "tags") : null;
        }
    };

    private PgStatement.Sql typed(String text) {
        return TypedTranslation.withColumnTypes((PgStatement.Sql) translator.translateOne(text), TABLE_T);
    }

    private List<String> types(String text) {
        return typed(text).columnTypes().stream().map(t -> t == null ? null : t.name()).toList();
    }

    @Test
    void minusOnJsonbDeletesByTheRightOperandsType() {
        assertThat(typed("SELECT j - 'a', j - 1, j - ARRAY['a'], j - '{a}'::text[], j - name, id - 1 FROM t").sqlite())
                .isEqualTo("SELECT pg_jsonb_delete(j,'a','key') AS \"?column?\", pg_jsonb_delete(j,1,'index') AS \"?column?\", "
                        + "pg_jsonb_delete(j,pg_array('text', 'a'),'keys') AS \"?column?\", "
                        + "pg_jsonb_delete(j,pg_cast('{a}','text[]'),'keys') AS \"?column?\", "
                        + "pg_jsonb_delete(j,name,'key') AS \"?column?\", pg_int4_op('-', 'int', 'int', id, 1) AS \"?column?\" FROM t");
        assertThat(types("SELECT j - 'a', j #- '{a,b}' FROM t")).containsExactly("jsonb", "jsonb");
    }

    @Test
    void hashMinusIsAJsonOperator() {
        assertThat(typed("SELECT j #- '{a,b}' FROM t").sqlite())
                .isEqualTo("SELECT pg_json_op(j, '{a,b}','#-','jsonb') AS \"?column?\" FROM t");
    }

    @Test
    void jsonbSubscriptsReadAsArrowsAndKeepTheJsonbType() {
        assertThat(types("SELECT j['a']['b'][0] AS first FROM t")).containsExactly("jsonb");
        assertThat(typed("SELECT j['a'][0] AS first FROM t").sqlite()).isEqualTo("SELECT (pg_json_op((pg_json_op(j, 'a','->','jsonb')), 0,'->','jsonb')) AS first FROM t");
    }

    @Test
    void subscriptAssignmentsOfOneColumnApplyInTurn() {
        assertThat(typed("UPDATE t SET j['a']['c'] = '\"new\"', id = 2 WHERE id = 1").sqlite())
                .isEqualTo("UPDATE t SET j = _pg_jsonb_assign(j,json_array('a','c'),'\"new\"'), id = 2 WHERE id = 1");
        assertThat(typed("UPDATE t SET j['a'] = '1', j['b'][0] = '2'").sqlite())
                .isEqualTo("UPDATE t SET  j = _pg_jsonb_assign(_pg_jsonb_assign(j,json_array('a'),'1'),json_array('b',0),'2')");
        assertThat(typed("UPDATE t SET name = j['a'] ->> 'x'").sqlite()).doesNotContain("_pg_jsonb_assign");
    }

    @Test
    void decimalLiteralsKeepTheirScaleInJsonBuilders() {
        assertThat(typed("SELECT jsonb_build_object('num', 1.50, 'neg', -0.50, 'i', 2)").sqlite())
                .contains("_pg_to_json('1.50', 'number')", "_pg_to_json('-0.50', 'number')", "_pg_to_json(2, 'number')");
    }

    @Test
    void toJsonOfNullIsNullNotJsonNull() {
        assertThat(typed("SELECT to_jsonb(NULL::text), json_build_array(NULL) FROM t").sqlite())
                .contains("to_jsonb(_pg_to_json(", "'text',1)", "json_build_array(_pg_to_json(NULL, ''))");
        assertThat(typed("SELECT row_to_json(t) FROM t").sqlite()).startsWith("SELECT row_to_json(_pg_to_json(_pg_json_row('id'");
    }

    @Test
    void populateRecordTakesTheColumnsOfTheBaseRowType() {
        PgStatement.Sql sql = typed("SELECT * FROM jsonb_populate_record(NULL::t, '{\"id\": 7}')");
        assertThat(sql.sqlite()).contains("pg_cast(_pg_json_field(value, 'id', 'int4', 'jsonb'), 'int4') AS \"id\"",
                "pg_cast(_pg_json_field(value, 'tags', 'text[]', 'jsonb'), 'text[]') AS \"tags\"");
        assertThat(types("SELECT * FROM jsonb_populate_record(NULL::t, '{}')")).containsExactly("int4", "text", "jsonb", "_text");
    }

    @Test
    void toRecordColumnsAreTypedByTheDefinitionList() {
        assertThat(types("SELECT * FROM jsonb_to_record('{}') AS x(a int, b int[], c date, d jsonb)"))
                .containsExactly("int4", "_int4", "date", "jsonb");
        assertThat(typed("SELECT * FROM jsonb_to_recordset('[]') AS x(a int)").sqlite())
                .contains("FROM json_each(_pg_json_records('[]', 'jsonb_to_recordset'))");
    }

    @Test
    void aJsonSetFunctionAloneInASelectListWithoutFromIsAFromItem() {
        assertThat(typed("SELECT jsonb_array_elements('[1]')").sqlite())
                .contains("pg_json_parts('[1]', 'elements', 'jsonb_array_elements')");
    }
}
