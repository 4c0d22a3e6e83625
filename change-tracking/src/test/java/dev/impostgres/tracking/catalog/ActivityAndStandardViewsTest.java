package dev.impostgres.tracking.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.settings.SessionSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pg_stat_activity and pg_locks across sessions, information_schema and pg_proc, through the real translator. */
class ActivityAndStandardViewsTest {
    @TempDir Path dataDir;
    final DefaultTranslator translator = new DefaultTranslator();
    SqliteDatabaseManager manager;

    @BeforeEach
    void open() {
        manager = new SqliteDatabaseManager(dataDir);
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private Session connect(String database, String applicationName, int pid) {
        Session session = manager.openSession(database);
        SessionSettings settings = new SessionSettings();
        settings.set("application_name", applicationName, false);
        session.attachSettings(settings, pid);
        return session;
    }

    private List<String> rows(Session session, String sql) {
        return session.execute((PgStatement.Sql) translator.translateOne(sql), List.of()).rows().stream()
                .map(Arrays::toString).toList();
    }

    @Test
    void pgStatActivityShowsEveryLiveBackendWithItsStateAndLastQuery() {
        Session me = connect("app", "me", 101);
        Session other = connect("app", "worker", 102);
        Session elsewhere = connect("other", "report", 103);
        rows(other, "SELECT 1");
        other.begin(IsolationLevel.READ_COMMITTED, null);
        assertThat(rows(me, "SELECT pid, datname, application_name, state, query, backend_type FROM pg_stat_activity "
                + "WHERE pid <> 101 ORDER BY pid")).containsExactly(
                "[102, app, worker, idle in transaction, SELECT 1, client backend]",
                "[103, other, report, idle, , client backend]");
        assertThat(rows(me, "SELECT state FROM pg_stat_activity WHERE pid = pg_backend_pid()")).containsExactly("[active]");
        assertThat(rows(me, "SELECT pid FROM pg_locks WHERE locktype = 'virtualxid' ORDER BY pid"))
                .containsExactly("[101]", "[102]");
        other.rollback();
        elsewhere.close();
        assertThat(rows(me, "SELECT pid, state FROM pg_stat_activity ORDER BY pid"))
                .containsExactly("[101, active]", "[102, idle]");
    }

    @Test
    void pgLocksListsAdvisoryLocksOfEverySession() {
        Session me = connect("app", "me", 101);
        Session other = connect("app", "worker", 102);
        rows(other, "SELECT pg_advisory_lock_shared(5000000000)");
        assertThat(rows(me, "SELECT pid, classid, objid, objsubid, mode FROM pg_locks WHERE locktype = 'advisory'"))
                .containsExactly("[102, 1, 705032704, 1, ShareLock]");
    }

    @Test
    void informationSchemaDescribesTablesColumnsAndKeys() {
        Session s = connect("app", "me", 1);
        rows(s, "CREATE TABLE p (id int PRIMARY KEY, code varchar(8) UNIQUE)");
        rows(s, "CREATE TABLE c (id serial PRIMARY KEY, p_id int REFERENCES p ON DELETE CASCADE)");
        assertThat(rows(s, "SELECT table_name, table_type FROM information_schema.tables ORDER BY 1"))
                .containsExactly("[c, BASE TABLE]", "[p, BASE TABLE]");
        assertThat(rows(s, "SELECT column_name, data_type, character_maximum_length, is_nullable "
                + "FROM information_schema.columns WHERE table_name = 'p' ORDER BY ordinal_position"))
                .containsExactly("[id, integer, null, NO]", "[code, character varying, 8, YES]");
        assertThat(rows(s, "SELECT constraint_name, unique_constraint_name, delete_rule "
                + "FROM information_schema.referential_constraints")).containsExactly("[c_p_id_fkey, p_pkey, CASCADE]");
        assertThat(rows(s, "SELECT sequence_name FROM information_schema.sequences")).containsExactly("[c_id_seq]");
    }

    @Test
    void pgProcHasTheImplementedBuiltinsWithTheirSignatures() {
        Session s = connect("app", "me", 1);
        assertThat(rows(s, "SELECT oid, prokind, pg_get_function_result(oid), pg_get_function_arguments(oid) "
                + "FROM pg_proc WHERE proname = 'split_part'")).containsExactly("[2088, f, text, text, text, integer]");
        assertThat(rows(s, "SELECT DISTINCT prokind FROM pg_proc WHERE proname = 'count'")).containsExactly("[a]");
    }
}
