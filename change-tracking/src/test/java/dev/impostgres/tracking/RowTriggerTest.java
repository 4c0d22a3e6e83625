package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.tracking.changes.RowChange;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RowTriggerTest extends AppSessionFixture {
    private static final String HASH_FUNCTION = """
            CREATE OR REPLACE FUNCTION app.set_hash() RETURNS TRIGGER AS $$
            BEGIN
                -- derived columns, the second one reading the first
                NEW.hash = md5(NEW.body::text);
                NEW.tag := 'h:' || NEW.hash;
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql""";

    @BeforeEach
    void createDocs() {
        run("CREATE SCHEMA app");
        run("CREATE TABLE app.docs (id int PRIMARY KEY, body text, hash text, tag text)");
    }

    private List<Object> row(String sql) {
        return java.util.Arrays.asList(run(sql).rows().get(0));
    }

    @Test
    void beforeRowTriggerAssignsColumnsOnInsertAndUpdate() {
        run(HASH_FUNCTION);
        run("CREATE TRIGGER docs_hash BEFORE INSERT OR UPDATE ON app.docs FOR EACH ROW EXECUTE FUNCTION app.set_hash()");
        run("INSERT INTO app.docs (id, body) VALUES (1, 'abc')");
        // md5('abc') as Postgres computes it
        assertThat(row("SELECT hash, tag FROM app.docs WHERE id = 1"))
                .containsExactly("900150983cd24fb0d6963f7d28e17f72", "h:900150983cd24fb0d6963f7d28e17f72");
        run("UPDATE app.docs SET body = 'xyz' WHERE id = 1");
        assertThat(row("SELECT hash FROM app.docs WHERE id = 1")).containsExactly("d16fb36f0911f878998c136191af705e");
    }

    @Test
    void returningShowsTheRowAsTheTriggerLeftIt() {
        run(HASH_FUNCTION);
        run("CREATE TRIGGER docs_hash BEFORE INSERT OR UPDATE ON app.docs FOR EACH ROW EXECUTE FUNCTION app.set_hash()");
        assertThat(row("INSERT INTO app.docs (id, body) VALUES (1, 'abc') RETURNING hash, id + 1"))
                .containsExactly("900150983cd24fb0d6963f7d28e17f72", 2L);
        run("INSERT INTO app.docs (id, body) VALUES (2, 'xyz')");
        QueryResult updated = run("UPDATE app.docs SET body = body || '!' RETURNING hash, body");
        assertThat(updated.rows()).hasSize(2);
        assertThat(java.util.Arrays.asList(updated.rows().get(0)))
                .containsExactly("4edb03f55c86d5e0a76f5627fa506bbf", "abc!");
        assertThat(row("SELECT count(*) FROM app.docs WHERE hash = md5(body)")).containsExactly(2L);
    }

    @Test
    void theCapturedChangeIsOneRowChangeCarryingTheAssignedValues() {
        enableCapture();
        run(HASH_FUNCTION);
        run("CREATE TRIGGER docs_hash BEFORE INSERT OR UPDATE ON app.docs FOR EACH ROW EXECUTE FUNCTION app.set_hash()");
        run("INSERT INTO app.docs (id, body) VALUES (1, 'abc')");
        run("UPDATE app.docs SET body = 'xyz' WHERE id = 1");
        List<RowChange> changes = changes();
        assertThat(changes).extracting(RowChange::op).containsExactly(RowChange.Op.INSERT, RowChange.Op.UPDATE);
        assertThat(changes.get(0).newRow().get("hash")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(changes.get(1).oldRow().get("hash")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(changes.get(1).newRow().get("hash")).isEqualTo("d16fb36f0911f878998c136191af705e");
    }

    @Test
    void triggersCreatedBeforeCaptureStillLandInTheCapturedRow() {
        run(HASH_FUNCTION);
        run("CREATE TRIGGER docs_hash BEFORE INSERT ON app.docs FOR EACH ROW EXECUTE FUNCTION app.set_hash()");
        enableCapture();
        run("INSERT INTO app.docs (id, body) VALUES (2, 'abc')");
        assertThat(changes()).singleElement()
                .satisfies(c -> assertThat(c.newRow().get("tag")).isEqualTo("h:900150983cd24fb0d6963f7d28e17f72"));
    }

    @Test
    void dropTriggerStopsIt() {
        run(HASH_FUNCTION);
        run("CREATE TRIGGER docs_hash BEFORE INSERT ON app.docs FOR EACH ROW EXECUTE FUNCTION app.set_hash()");
        run("DROP TRIGGER docs_hash ON app.docs");
        run("INSERT INTO app.docs (id, body) VALUES (3, 'abc')");
        assertThat(row("SELECT hash FROM app.docs WHERE id = 3")).containsOnlyNulls();
        assertThatThrownBy(() -> run("DROP TRIGGER docs_hash ON app.docs"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42704"));
    }

    @Test
    void aTriggerFunctionBeyondTheSupportedFormIsRefusedNotIgnored() {
        run("""
                CREATE FUNCTION app.audit() RETURNS trigger AS $$
                BEGIN
                    INSERT INTO app.docs (id) VALUES (NEW.id + 1000);
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        assertThatThrownBy(() -> run(
                "CREATE TRIGGER docs_audit BEFORE INSERT ON app.docs FOR EACH ROW EXECUTE FUNCTION app.audit()"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> run(
                "CREATE TRIGGER docs_after AFTER INSERT ON app.docs FOR EACH ROW EXECUTE FUNCTION app.audit()"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("0A000"));
    }

    @Test
    void aFunctionIsCreatedOnceUnlessReplaced() {
        run(HASH_FUNCTION);
        run(HASH_FUNCTION); // OR REPLACE
        assertThatThrownBy(() -> run(HASH_FUNCTION.replace("OR REPLACE ", "")))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("42723"));
    }

    @Test
    void eventTriggersAreRefusedAsForANonSuperuser() {
        run(HASH_FUNCTION);
        assertThatThrownBy(() -> run("CREATE EVENT TRIGGER ddl ON ddl_command_start EXECUTE FUNCTION app.set_hash()"))
                .isInstanceOfSatisfying(PgException.class, e -> {
                    assertThat(e.sqlState()).isEqualTo("42501");
                    assertThat(e.getMessage()).isEqualTo("permission denied to create event trigger \"ddl\"");
                });
    }
}
