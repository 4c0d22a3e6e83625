package dev.impostgres.tracking.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expected values are what Postgres 17 prints for the same expressions. */
class JsonFunctionsTest {
    private static final String DOC = "'{\"a\": {\"b\": [10, \"x\", null]}, \"n\": 1.50, \"s\": \"str\"}'";
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
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

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
        assertThat(value("SELECT jsonb_build_object('b', 1, 'a', 'x', 'n', NULL, 'num', '1.50')"))
                .isEqualTo("{\"a\": \"x\", \"b\": 1, \"n\": null, \"num\": \"1.50\"}");
        assertThat(value("SELECT jsonb_build_array(1, 'two', NULL, 2.5)")).isEqualTo("[1, \"two\", null, 2.5]");
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
        assertThat(value("SELECT jsonb_agg(name ORDER BY id) FROM t WHERE g = 1")).isEqualTo("[\"ann\", \"bob\"]");
        assertThat(value("SELECT group_concat(a, '|') FROM (SELECT jsonb_agg(id) a FROM t GROUP BY g ORDER BY g)"))
                .isEqualTo("[2, 1]|[3]");
        assertThat(value("SELECT jsonb_object_agg(name, id ORDER BY id) FROM t"))
                .isEqualTo("{\"ann\": 1, \"bob\": 2, \"cid\": 3}");
        assertThat(value("SELECT jsonb_agg(name) FROM t WHERE 0")).isNull();
    }
}
