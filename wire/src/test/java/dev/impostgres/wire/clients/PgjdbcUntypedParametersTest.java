package dev.impostgres.wire.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parameters sent with type OID 0 in text format ({@code stringtype=unspecified}, as node-postgres and many ORMs
 * do): Postgres infers each one's type from the column it meets, reports it in ParameterDescription and converts the
 * text with that type's input function.
 */
@ExtendWith(ImpostgresExtension.class)
class PgjdbcUntypedParametersTest {
    private static final String[] UNTYPED = {"stringtype=unspecified"};

    @BeforeAll
    static void createTable(PgTarget target) throws SQLException {
        try (Connection c = target.connect(UNTYPED); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE untyped (id int8 PRIMARY KEY, c_bool bool, c_ts timestamptz, c_uuid uuid,"
                    + " c_num numeric(10,2), c_jsonb jsonb, c_vc varchar(5))");
            s.execute("INSERT INTO untyped VALUES (1, true, '2024-02-29 13:45:30+02', "
                    + "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 12.5, '{\"b\": 1, \"a\": [1, 2]}', 'abc'),"
                    + " (2, false, '1999-12-31 23:59:59-08', '00000000-0000-0000-0000-000000000000', -0.5, '[]', 'x')");
        }
    }

    private static List<Long> ids(PgTarget target, String sql, String... parameters) throws SQLException {
        try (Connection c = target.connect(UNTYPED); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) ps.setString(i + 1, parameters[i]);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    @Test
    void untypedTextComparesAsTheColumnsType(PgTarget target) throws SQLException {
        assertThat(ids(target, "SELECT id FROM untyped WHERE c_bool = ?", "true")).containsExactly(1L);
        assertThat(ids(target, "SELECT id FROM untyped WHERE c_bool = ?", "f")).containsExactly(2L);
        assertThat(ids(target, "SELECT id FROM untyped WHERE c_ts = ?", "2024-02-29T11:45:30Z")).containsExactly(1L);
        assertThat(ids(target, "SELECT id FROM untyped u WHERE u.c_ts < ?", "2000-01-01 09:00:00+01"))
                .containsExactly(2L);
        assertThat(ids(target, "SELECT id FROM untyped WHERE c_uuid = ?", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"))
                .containsExactly(1L);
        assertThat(ids(target, "SELECT id FROM untyped WHERE c_num = ?", "12.50")).containsExactly(1L);
        assertThat(ids(target, "SELECT id FROM untyped WHERE id IN (?, ?) ORDER BY id", "2", "3")).containsExactly(2L);
        assertThat(ids(target, "SELECT id FROM untyped WHERE c_jsonb = ?", "{\"a\":[1,2],  \"b\":1}"))
                .containsExactly(1L);
        assertThat(ids(target, "SELECT id FROM untyped ORDER BY id LIMIT ? OFFSET ?", "1", "1")).containsExactly(2L);
    }

    @Test
    void parameterDescriptionReportsTheInferredTypes(PgTarget target) throws SQLException {
        try (Connection c = target.connect(UNTYPED); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM untyped WHERE c_bool = ? AND c_ts > ? AND c_uuid = ? AND c_num BETWEEN ? AND ?"
                        + " AND c_vc = ? AND id IN (?) LIMIT ?")) {
            ParameterMetaData md = ps.getParameterMetaData();
            List<String> types = new ArrayList<>();
            for (int i = 1; i <= md.getParameterCount(); i++) types.add(md.getParameterTypeName(i));
            assertThat(types).containsExactly("bool", "timestamptz", "uuid", "numeric", "numeric", "text", "int8",
                    "int8");
        }
        try (Connection c = target.connect(UNTYPED); PreparedStatement ps = c.prepareStatement(
                "UPDATE untyped SET c_vc = ?, c_num = ? WHERE id = ?")) {
            ParameterMetaData md = ps.getParameterMetaData();
            assertThat(List.of(md.getParameterTypeName(1), md.getParameterTypeName(2), md.getParameterTypeName(3)))
                    .containsExactly("varchar", "numeric", "int8");
        }
    }

    @Test
    void updateSetConvertsUntypedTextToTheColumnsType(PgTarget target) throws SQLException {
        try (Connection c = target.connect(UNTYPED)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE untyped SET c_bool = ?, c_num = ?, c_ts = ? WHERE id = ?")) {
                ps.setString(1, "yes");
                ps.setString(2, "7.125");
                ps.setString(3, "2024-01-01 00:00:00+05");
                ps.setString(4, "2");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT c_bool, c_num::text, c_ts = '2023-12-31 19:00:00+00'"
                         + " FROM untyped WHERE id = 2")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
                assertThat(rs.getString(2)).isEqualTo("7.13");
                assertThat(rs.getBoolean(3)).isTrue();
            }
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE untyped SET c_bool = false, c_num = -0.5, c_ts = '1999-12-31 23:59:59-08' WHERE id = 2");
            }
        }
    }

    @Test
    void badInputIsRejectedWithTheTypesInputError(PgTarget target) {
        assertThatThrownBy(() -> ids(target, "SELECT id FROM untyped WHERE c_bool = ?", "maybe"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("22P02");
                    assertThat(e.getMessage()).contains("invalid input syntax for type boolean: \"maybe\"");
                });
        assertThatThrownBy(() -> ids(target, "SELECT id FROM untyped WHERE c_uuid = ?", "nope"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("22P02"));
    }
}
