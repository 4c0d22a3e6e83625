package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Expected values are what Postgres 17 prints for the same expressions. */
class JsonFunctionsTest extends RegisteredFunctionsFixture {
    private static final String DOC = "'{\"a\": {\"b\": [10, \"x\", null]}, \"n\": 1.50, \"s\": \"str\"}'";
    private Object op(String left, String right, String op) throws SQLException {
        return value("SELECT pg_json_op(" + left + ", " + right + ", '" + op + "', 'jsonb')");
    }

    @Test
    void arrowsReadKeysAndIndexesAsPostgresPrintsThem() throws SQLException {
        assertThat(op(DOC, "'a'", "->")).isEqualTo("{\"b\": [10, \"x\", null]}");
        assertThat(op(DOC, "'s'", "->")).isEqualTo("\"str\"");
        assertThat(op(DOC, "'s'", "->>")).isEqualTo("str");
        assertThat(op(DOC, "'n'", "->>")).isEqualTo("1.50");
        assertThat(op(DOC, "'missing'", "->")).isNull();
        assertThat(op("'[1, 2, 3]'", "-1", "->")).isEqualTo("3");
        assertThat(op(DOC, "'{a,b,0}'", "#>>")).isEqualTo("10");
        assertThat(op(DOC, "'{a,b,2}'", "#>")).isEqualTo("null");
        assertThat(op(DOC, "'{a,b,2}'", "#>>")).isNull();
    }

    @Test
    void containmentAndExistenceFollowJsonbRules() throws SQLException {
        assertThat(op("'{\"a\": 1, \"b\": {\"c\": 2}}'", "'{\"b\": {}}'", "@>")).isEqualTo(1);
        assertThat(op("'[1, 2, 3]'", "'[3, 1]'", "@>")).isEqualTo(1);
        assertThat(op("'[1]'", "'1'", "@>")).isEqualTo(1);
        assertThat(op("'{\"a\": 1}'", "'{\"a\": 1, \"b\": 2}'", "<@")).isEqualTo(1);
        assertThat(op("'{\"a\": 1}'", "'{\"a\": 2}'", "@>")).isEqualTo(0);
        assertThat(op("'[\"x\", \"y\"]'", "'y'", "?")).isEqualTo(1);
        assertThat(op("'{\"a\": {\"z\": 1}}'", "'z'", "?")).isEqualTo(0);
        assertThat(op("'{\"a\": 1, \"b\": 2}'", "'{b,q}'", "?|")).isEqualTo(1);
        assertThat(op("'{\"a\": 1, \"b\": 2}'", "'{a,q}'", "?&")).isEqualTo(0);
    }

    @Test
    void buildersAndSetPrintNormalizedJsonb() throws SQLException {
        // the translator's JsonArgumentRule hands the builders JSON text: _pg_to_json(value, type tag)
        assertThat(value("SELECT jsonb_build_object('b', _pg_to_json(1, ''), 'a', _pg_to_json('x', 'text'), "
                + "'n', _pg_to_json(NULL, ''), 'num', _pg_to_json('1.50', 'text'))"))
                .isEqualTo("{\"a\": \"x\", \"b\": 1, \"n\": null, \"num\": \"1.50\"}");
        assertThat(value("SELECT jsonb_build_array(_pg_to_json(1, ''), _pg_to_json('two', ''), _pg_to_json(NULL, ''), "
                + "_pg_to_json('2.5', 'number'))")).isEqualTo("[1, \"two\", null, 2.5]");
        assertThat(value("SELECT jsonb_set('{\"a\": {\"b\": 1}}', '{a,b}', '2')")).isEqualTo("{\"a\": {\"b\": 2}}");
        assertThat(value("SELECT jsonb_set('{\"a\": 1}', '{x}', '3', 0)")).isEqualTo("{\"a\": 1}");
        assertThat(value("SELECT jsonb_typeof('1.5')")).isEqualTo("number");
        assertThat(value("SELECT jsonb_array_length('[1, 2, [3]]')")).isEqualTo(3);
    }

    @Test
    void aggregatesCollectPerGroupAndAreNullOverNoRows() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE t (g int, id int, name text)");
            st.execute("INSERT INTO t VALUES (1, 2, 'bob'), (1, 1, 'ann'), (2, 3, 'cid')");
        }
        assertThat(value("SELECT jsonb_agg(_pg_to_json(name, 'text') ORDER BY id) FROM t WHERE g = 1")).isEqualTo("[\"ann\", \"bob\"]");
        assertThat(value("SELECT group_concat(a, '|') FROM (SELECT jsonb_agg(_pg_to_json(id, '')) a FROM t GROUP BY g ORDER BY g)"))
                .isEqualTo("[2, 1]|[3]");
        assertThat(value("SELECT jsonb_object_agg(name, _pg_to_json(id, 'number') ORDER BY id) FROM t"))
                .isEqualTo("{\"ann\": 1, \"bob\": 2, \"cid\": 3}");
        assertThat(value("SELECT jsonb_agg(name) FROM t WHERE 0")).isNull();
    }

    @Test
    void jsonBuildersKeepTheirArgumentsTextAndPrintAsPostgres() throws SQLException {
        assertThat(value("SELECT json_build_object('a', _pg_to_json(1, 'bool'), 'b', _pg_to_json('{x,\"y z\"}', "
                + "'array:text'), 'c', _pg_to_json('{\"d\": [1,2]}', 'json'))"))
                .isEqualTo("{\"a\" : true, \"b\" : [\"x\",\"y z\"], \"c\" : {\"d\": [1,2]}}");
        assertThat(value("SELECT json_build_array(_pg_to_json('2024-01-02 03:04:05+00', 'timestamptz'), "
                + "_pg_to_json('{1,2}', 'array:number'))")).isEqualTo("[\"2024-01-02T03:04:05+00:00\", [1,2]]");
    }

    @Test
    void jsonObjectAggKeepsDuplicateKeysInInputOrder() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE t (k text, v int)");
            st.execute("INSERT INTO t VALUES ('b', 1), ('a', NULL), ('b', 3)");
        }
        assertThat(value("SELECT json_object_agg(k, _pg_to_json(v, 'number') ORDER BY rowid) FROM t"))
                .isEqualTo("{ \"b\" : 1, \"a\" : null, \"b\" : 3 }");
        assertThat(value("SELECT jsonb_object_agg(k, _pg_to_json(v, 'number') ORDER BY rowid) FROM t"))
                .isEqualTo("{\"a\": null, \"b\": 3}");
        assertThat(value("SELECT _pg_packed_json_object_agg(DISTINCT json_array(k, _pg_to_json(v, 'number')) "
                + "ORDER BY k) FROM (SELECT * FROM t UNION ALL SELECT * FROM t)"))
                .isEqualTo("{ \"a\" : null, \"b\" : 1, \"b\" : 3 }");
        assertThat(value("SELECT _pg_packed_string_agg(DISTINCT json_array(k, '-') ORDER BY k) FROM t"))
                .isEqualTo("a-b");
    }

    @Test
    void setArraysAndStripNulls() throws SQLException {
        assertThat(value("SELECT _pg_set_array('keys', '{\"b\": 1, \"a\": 2, \"b\": 3}')")).isEqualTo("{b,a,b}");
        assertThat(value("SELECT _pg_set_array('unnest', '[0:1]={x,\"y z\"}')")).isEqualTo("{x,\"y z\"}");
        assertThat(value("SELECT json_strip_nulls('{\"a\": null, \"b\": [null, {\"c\": null}]}')"))
                .isEqualTo("{\"b\":[null,{}]}");
        assertThat(op("'{org,uid}'", "'{org,uid,role}'", "<@")).isEqualTo(1);
        assertThat(op("'{org,x}'", "'{org,uid,role}'", "<@")).isEqualTo(0);
        assertThat(op("'{org,uid,role}'", "'{}'", "@>")).isEqualTo(1);
    }
}
