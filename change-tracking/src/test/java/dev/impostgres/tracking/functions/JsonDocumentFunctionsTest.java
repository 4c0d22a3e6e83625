package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * jsonb deletes, subscript assignment, jsonb_pretty, record fields, set-function errors and jsonpath. Expected
 * values and messages are what Postgres prints for the same calls.
 */
class JsonDocumentFunctionsTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        PgFunctions.register(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private Object value(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT " + sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    @Test
    void minusDeletesAKeyAnIndexOrSeveralKeys() throws SQLException {
        assertThat(value("pg_jsonb_delete('{\"a\": 1, \"b\": 2}', 'a', 'key')")).isEqualTo("{\"b\": 2}");
        assertThat(value("pg_jsonb_delete('[\"a\", \"b\", \"a\", 1]', 'a', 'key')")).isEqualTo("[\"b\", 1]");
        assertThat(value("pg_jsonb_delete('[1, 2, 3]', 1, 'index')")).isEqualTo("[1, 3]");
        assertThat(value("pg_jsonb_delete('[1, 2, 3]', -1, '')")).isEqualTo("[1, 2]");
        assertThat(value("pg_jsonb_delete('[1, 2, 3]', 5, 'index')")).isEqualTo("[1, 2, 3]");
        assertThat(value("pg_jsonb_delete('{\"a\":1,\"b\":2,\"c\":3}', '{a,c}', 'keys')")).isEqualTo("{\"b\": 2}");
        assertThatThrownBy(() -> value("pg_jsonb_delete('{\"a\": 1}', 0, 'index')"))
                .hasMessageContaining("22023:cannot delete from object using integer index");
        assertThatThrownBy(() -> value("pg_jsonb_delete('\"a\"', 'a', 'key')")).hasMessageContaining("cannot delete from scalar");
    }

    @Test
    void hashMinusDeletesAtAPathAndLeavesAMissingPathAlone() throws SQLException {
        assertThat(value("pg_json_op('{\"a\": {\"b\": 1, \"c\": 2}}', '{a,b}', '#-', 'jsonb')")).isEqualTo("{\"a\": {\"c\": 2}}");
        assertThat(value("pg_json_op('{\"a\": [1, 2]}', '{a,-1}', '#-', 'jsonb')")).isEqualTo("{\"a\": [1]}");
        assertThat(value("pg_json_op('{\"a\": 1}', '{x,y}', '#-', 'jsonb')")).isEqualTo("{\"a\": 1}");
        assertThatThrownBy(() -> value("pg_json_op('{\"a\": [1]}', '{a,x}', '#-', 'jsonb')"))
                .hasMessageContaining("22P02:path element at position 2 is not an integer: \"x\"");
        assertThatThrownBy(() -> value("pg_json_op('1', '{x}', '#-', 'jsonb')")).hasMessageContaining("cannot delete path in scalar");
    }

    @Test
    void subscriptAssignmentBuildsMissingContainersAndPadsArrays() throws SQLException {
        assertThat(value("_pg_jsonb_assign('{\"a\": 1}', json_array('x', 'y', 2), '5')"))
                .isEqualTo("{\"a\": 1, \"x\": {\"y\": [null, null, 5]}}");
        assertThat(value("_pg_jsonb_assign(NULL, json_array('b', -1), '5')")).isEqualTo("{\"b\": [5]}");
        assertThat(value("_pg_jsonb_assign('{\"a\": {\"b\": 1}}', json_array('a', 'c'), '\"new\"')"))
                .isEqualTo("{\"a\": {\"b\": 1, \"c\": \"new\"}}");
        assertThatThrownBy(() -> value("_pg_jsonb_assign('{\"a\": 1}', json_array('a', 'z'), '5')"))
                .hasMessageContaining("cannot replace existing key");
        assertThatThrownBy(() -> value("_pg_jsonb_assign('{\"b\": [1]}', json_array('b', -3), '5')"))
                .hasMessageContaining("path element at position 2 is out of range: -3");
    }

    @Test
    void prettyIndentsFourSpacesAndOpensEmptyContainersOnTwoLines() throws SQLException {
        assertThat(value("jsonb_pretty('{\"b\":{},\"a\":[1]}')"))
                .isEqualTo("{\n    \"a\": [\n        1\n    ],\n    \"b\": {\n    }\n}");
        assertThat(value("jsonb_pretty('1.50')")).isEqualTo("1.50");
    }

    @Test
    void recordFieldsFollowPopulateRecord() throws SQLException {
        String doc = "'{\"a\": 1, \"b\": [1, [2, \"x y\"]], \"d\": {\"x\":  1}, \"e\": null, \"s\": \"str\"}'";
        assertThat(value("_pg_json_field(" + doc + ", 'b', 'int[]', 'jsonb')")).isEqualTo("{1,{2,\"x y\"}}");
        assertThat(value("_pg_json_field(" + doc + ", 'd', 'jsonb', 'jsonb')")).isEqualTo("{\"x\": 1}");
        assertThat(value("_pg_json_field(" + doc + ", 'd', 'json', 'json')")).isEqualTo("{\"x\":  1}");
        assertThat(value("_pg_json_field(" + doc + ", 'e', 'jsonb', 'jsonb')")).isNull();
        assertThat(value("_pg_json_field(" + doc + ", 's', 'jsonb', 'jsonb')")).isEqualTo("\"str\"");
        assertThat(value("_pg_json_field(" + doc + ", 's', 'text', 'jsonb')")).isEqualTo("str");
        assertThat(value("_pg_json_field(" + doc + ", 'missing', 'text', 'jsonb')")).isNull();
        assertThatThrownBy(() -> value("_pg_json_field('[1]', 'a', 'int', 'jsonb')"))
                .hasMessageContaining("cannot call populate_composite on an array");
        assertThatThrownBy(() -> value("_pg_json_records('{}', 'jsonb_to_recordset')"))
                .hasMessageContaining("cannot call jsonb_to_recordset on a non-array");
        assertThatThrownBy(() -> value("_pg_json_records('[1]', 'json_to_recordset')"))
                .hasMessageContaining("argument of json_to_recordset must be an array of objects");
    }

    @Test
    void setFunctionsNameThemselvesInTheirErrors() {
        assertThatThrownBy(() -> value("pg_json_parts('{\"a\": 1}', 'elements', 'jsonb_array_elements')"))
                .hasMessageContaining("22023:cannot extract elements from an object");
        assertThatThrownBy(() -> value("pg_json_parts('1', 'elements', 'json_array_elements')"))
                .hasMessageContaining("cannot call json_array_elements on a scalar");
        assertThatThrownBy(() -> value("pg_json_parts('[1]', 'each', 'json_each')"))
                .hasMessageContaining("cannot deconstruct an array as an object");
        assertThatThrownBy(() -> value("pg_json_parts('1', 'each_text', 'jsonb_each_text')"))
                .hasMessageContaining("cannot call jsonb_each_text on a non-object");
        assertThatThrownBy(() -> value("pg_json_parts('1', 'keys', 'jsonb_object_keys')"))
                .hasMessageContaining("cannot call jsonb_object_keys on a scalar");
    }

    @Test
    void jsonPathInLaxModeUnwrapsArraysAndFilters() throws SQLException {
        String doc = "'{\"a\": {\"b\": [1, 2, 3]}, \"c\": [{\"x\": 1}, {\"x\": 5}, {\"y\": 2}]}'";
        assertThat(value("jsonb_path_query_array(" + doc + ", '$.a.b[*] ? (@ > 1)')")).isEqualTo("[2, 3]");
        assertThat(value("jsonb_path_query_array(" + doc + ", '$.c.x')")).isEqualTo("[1, 5]");
        assertThat(value("jsonb_path_query_array(" + doc + ", 'strict $.c[*].x')")).isEqualTo("[1, 5]");
        assertThat(value("jsonb_path_query_array(" + doc + ", '$.a.b[1 to last]')")).isEqualTo("[2, 3]");
        assertThat(value("jsonb_path_query_first(" + doc + ", '$.a.b[last]')")).isEqualTo("3");
        assertThat(value("jsonb_path_exists(" + doc + ", '$.a.c')")).isEqualTo(0);
        assertThat(value("jsonb_path_exists(" + doc + ", '$.c[*] ? (exists(@.y))')")).isEqualTo(1);
        assertThat(value("jsonb_path_match(" + doc + ", '$.a.b.size() == 3 && !($.c[0].x > 1)')")).isEqualTo(1);
        assertThat(value("jsonb_path_query_array('[1, \"x\", null]', '$[*] ? (@ == null || @ starts with \"x\")')"))
                .isEqualTo("[\"x\", null]");
        assertThat(value("jsonb_path_query_array('[1, \"1\"]', '$[*] ? (@ == 1)')")).isEqualTo("[1]");
        assertThatThrownBy(() -> value("jsonb_path_query_array('1', '$.a +')")).hasMessageContaining("42601:syntax error");
    }
}
