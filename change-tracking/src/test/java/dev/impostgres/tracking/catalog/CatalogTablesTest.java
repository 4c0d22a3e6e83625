package dev.impostgres.tracking.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.tracking.AppSessionFixture;
import dev.impostgres.tracking.QueryResult;
import dev.impostgres.tracking.ResultColumn;
import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.settings.SessionSettings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pg_catalog relations and functions a session sees, through the real translator. */
class CatalogTablesTest extends AppSessionFixture {
    private List<String> rows(String sql) {
        return run(sql).rows().stream().map(Arrays::toString).toList();
    }

    @Test
    void catalogColumnsCarryPostgresTypes() {
        run("CREATE TABLE t (a int)");
        QueryResult r = run("SELECT oid, relname, relkind, relhasindex, relnatts FROM pg_catalog.pg_class");
        assertThat(r.columns()).extracting(c -> c.type().name()).containsExactly("oid", "name", "char", "bool", "int2");
    }

    @Test
    void uncommittedDdlIsVisibleToTheSameTransaction() {
        session.begin(IsolationLevel.READ_COMMITTED, null);
        run("CREATE TABLE t (a int)");
        assertThat(rows("SELECT relname FROM pg_class")).containsExactly("[t]");
        session.rollback();
        assertThat(rows("SELECT relname FROM pg_class")).isEmpty();
    }

    @Test
    void aReadOnlyTransactionCanReadTheCatalog() {
        run("CREATE TABLE t (a int)");
        session.begin(IsolationLevel.READ_COMMITTED, true);
        assertThat(rows("SELECT attname FROM pg_attribute WHERE attrelid = 't'::regclass")).containsExactly("[a]");
        session.commit();
    }

    @Test
    void settingsComeFromTheAttachedSessionSettings() {
        SessionSettings settings = new SessionSettings();
        settings.sessionUser("alice");
        settings.set("application_name", "cat", false);
        session.attachSettings(settings, 4242);
        assertThat(rows("SELECT current_setting('application_name'), current_user, pg_backend_pid()"))
                .containsExactly("[cat, alice, 4242]");
        assertThat(rows("SELECT setting FROM pg_settings WHERE name = 'application_name'")).containsExactly("[cat]");
        assertThat(rows("SELECT rolname FROM pg_roles ORDER BY oid")).containsExactly("[alice]", "[pg_database_owner]");
    }

    @Test
    void pgDatabaseListsEveryDatabaseOfTheServerWithStableOidsAndTheTemplatesPrivileges() {
        manager.createDatabase("shop");
        assertThat(rows("SELECT datname, oid >= 16384, datacl FROM pg_database ORDER BY 1")).containsExactly(
                "[app, 1, null]", "[postgres, 0, null]", "[shop, 1, null]",
                "[template0, 0, {=c/postgres,postgres=CTc/postgres}]",
                "[template1, 0, {=c/postgres,postgres=CTc/postgres}]");
        assertThat(rows("SELECT oid FROM pg_database WHERE datname = 'postgres'")).containsExactly("[5]");
        assertThat(rows("SELECT count(DISTINCT oid) FROM pg_database")).containsExactly("[5]");
        assertThat(rows("SELECT oid FROM pg_database WHERE datname = 'shop'"))
                .containsExactly("[" + CatalogRefresh.databaseOid("shop") + "]");
        // what psql's \l prints in its last column
        assertThat(rows("SELECT CASE WHEN array_length(datacl, 1) = 0 THEN '(none)' "
                + "ELSE array_to_string(datacl, E'\\n') END FROM pg_database WHERE datname = 'template1'"))
                .containsExactly("[=c/postgres\npostgres=CTc/postgres]");
    }

    @Test
    void anyOverAnArrayAndArraySubqueries() {
        assertThat(rows("SELECT nspname FROM pg_namespace WHERE nspname = ANY (current_schemas(true)) ORDER BY 1"))
                .containsExactly("[pg_catalog]", "[public]");
        assertThat(rows("SELECT array_to_string(ARRAY(SELECT amname FROM pg_am WHERE amtype = 'i' ORDER BY 1), ',')"))
                .containsExactly("[brin,btree,gin,gist,hash,spgist]");
    }

    @Test
    void resultColumnOfACatalogFunctionHasItsType() {
        QueryResult r = run("SELECT pg_catalog.format_type(23, NULL), pg_table_is_visible(1)");
        assertThat(r.columns()).extracting(ResultColumn::name).containsExactly("format_type", "pg_table_is_visible");
        assertThat(r.columns()).extracting(c -> c.type().name()).containsExactly("text", "bool");
        assertThat(r.rows().get(0)[0]).isEqualTo("integer");
    }
}
