package dev.impostgres.translator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.storage.ColumnDefaults.DefaultColumn;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ColumnDefaultsTest {
    private static final List<DefaultColumn> T = List.of(
            new DefaultColumn("id", "(nextval('t_id_seq'))", "a", false),
            new DefaultColumn("label", "('none')", "", false),
            new DefaultColumn("n", null, "", false),
            new DefaultColumn("area", null, "", true));
    private static final Function<String, List<DefaultColumn>> COLUMNS = table -> table.equals("t") ? T : null;

    @Test
    void defaultItemsBecomeTheColumnDefaultOrNullAndGeneratedColumnsAreLeftOut() {
        assertThat(ColumnDefaults.insert("INSERT INTO t VALUES (DEFAULT, DEFAULT, DEFAULT, DEFAULT), "
                + "(DEFAULT, 'x', 3, DEFAULT) RETURNING id", COLUMNS))
                .isEqualTo("INSERT INTO t (\"id\", \"label\", \"n\") VALUES ((nextval('t_id_seq')), ('none'), NULL), "
                        + "((nextval('t_id_seq')), 'x', 3) RETURNING id");
    }

    @Test
    void statementsWithoutDefaultItemsAreUnchanged() {
        String sql = "INSERT INTO t (label, n) VALUES ('a', (1 + 2))";
        assertThat(ColumnDefaults.insert(sql, COLUMNS)).isSameAs(sql);
        assertThat(ColumnDefaults.insert("INSERT INTO other VALUES (DEFAULT)", COLUMNS))
                .isEqualTo("INSERT INTO other VALUES (DEFAULT)");
    }

    @Test
    void alwaysColumnsRefuseValuesUnlessOverridingSystemValue() {
        assertThatThrownBy(() -> ColumnDefaults.insert("INSERT INTO t (id, label) VALUES (100, 'b')", COLUMNS))
                .isInstanceOf(PgException.class).hasMessage("cannot insert a non-DEFAULT value into column \"id\"")
                .extracting(e -> ((PgException) e).sqlState()).isEqualTo("428C9");
        assertThatThrownBy(() -> ColumnDefaults.insert("INSERT INTO t (label, area) VALUES ('b', 1)", COLUMNS))
                .hasMessage("cannot insert a non-DEFAULT value into column \"area\"");
        assertThatThrownBy(() -> ColumnDefaults.insert("INSERT INTO t (id) SELECT 1", COLUMNS))
                .hasMessage("cannot insert a non-DEFAULT value into column \"id\"");
        assertThat(ColumnDefaults.insert("INSERT INTO t (id, label) OVERRIDING SYSTEM VALUE VALUES (100, 'b')", COLUMNS))
                .isEqualTo("INSERT INTO t (\"id\", \"label\") VALUES (100, 'b')");
        assertThat(ColumnDefaults.insert("INSERT INTO t (id, label) OVERRIDING USER VALUE VALUES (100, 'b')", COLUMNS))
                .isEqualTo("INSERT INTO t (\"id\", \"label\") VALUES ((nextval('t_id_seq')), 'b')");
    }

    @Test
    void updateSetDefaultUsesTheDefaultAndAlwaysColumnsOnlyTakeDefault() {
        assertThat(ColumnDefaults.update("UPDATE t SET label = DEFAULT, n = DEFAULT WHERE id = 2", COLUMNS))
                .isEqualTo("UPDATE t SET label = ('none'), n = NULL WHERE id = 2");
        assertThat(ColumnDefaults.update("UPDATE t SET area = DEFAULT, n = 1", COLUMNS)).isEqualTo("UPDATE t SET  n = 1");
        assertThatThrownBy(() -> ColumnDefaults.update("UPDATE t SET id = 5 WHERE label = 'a'", COLUMNS))
                .hasMessage("column \"id\" can only be updated to DEFAULT");
    }
}
