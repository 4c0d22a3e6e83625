package dev.impostgres.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.tracking.changes.ChangeLogReader;
import dev.impostgres.tracking.changes.CommittedTransaction;
import dev.impostgres.tracking.changes.MetadataRelationCatalog;
import dev.impostgres.tracking.changes.RelationColumn;
import dev.impostgres.tracking.changes.RelationDescription;
import dev.impostgres.tracking.changes.RowChange;
import dev.impostgres.translator.error.PgException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ALTER TABLE through the schema metadata: Postgres's semantics and errors, stable attnums, capture, rollback. */
class AlterTableTest extends AppSessionFixture {
    private List<String> rows(String sql) {
        return run(sql).rows().stream().map(r -> Arrays.stream(r).map(String::valueOf)
                .reduce((a, b) -> a + "|" + b).orElse("")).toList();
    }

    private List<String> attributes(String table) {
        return rows("SELECT attnum, attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute "
                + "WHERE attrelid = '" + table + "'::regclass AND attnum > 0 ORDER BY attnum");
    }

    @Test
    void addColumnFillsExistingRowsWithConstantAndPerRowVolatileDefaults() {
        run("CREATE TABLE t (id int)");
        run("INSERT INTO t VALUES (1), (2), (3)");
        run("ALTER TABLE t ADD COLUMN n int NOT NULL DEFAULT 7, ADD COLUMN u uuid DEFAULT gen_random_uuid()");
        run("INSERT INTO t (id) VALUES (4)");
        assertThat(rows("SELECT id, n FROM t ORDER BY id")).containsExactly("1|7", "2|7", "3|7", "4|7");
        assertThat(rows("SELECT count(DISTINCT u) FROM t")).containsExactly("4");
        assertThat(error("INSERT INTO t (id, n) VALUES (5, NULL)").sqlState()).isEqualTo("23502");
        assertThat(attributes("t")).containsExactly("1|id|integer|0", "2|n|integer|1", "3|u|uuid|0");
    }

    @Test
    void addColumnErrorsAndNoticesAreThoseOfPostgres() {
        run("CREATE TABLE t (id int, a text)");
        run("INSERT INTO t VALUES (1, 'x')");
        PgException duplicate = error("ALTER TABLE t ADD COLUMN a int");
        assertThat(duplicate.sqlState()).isEqualTo("42701");
        assertThat(duplicate.getMessage()).isEqualTo("column \"a\" of relation \"t\" already exists");
        session.drainNotices();
        run("ALTER TABLE t ADD COLUMN IF NOT EXISTS a int");
        assertThat(session.drainNotices()).extracting(PgNotice::message)
                .containsExactly("column \"a\" of relation \"t\" already exists, skipping");
        PgException nulls = error("ALTER TABLE t ADD COLUMN n int NOT NULL");
        assertThat(nulls.sqlState()).isEqualTo("23502");
        assertThat(nulls.getMessage()).isEqualTo("column \"n\" of relation \"t\" contains null values");
        assertThat(error("ALTER TABLE nope ADD COLUMN x int").sqlState()).isEqualTo("42P01");
        assertThat(attributes("t")).containsExactly("1|id|integer|0", "2|a|text|0");
    }

    @Test
    void droppedAttnumsAreNeverReused() {
        run("CREATE TABLE t (a int, b text, c text)");
        run("INSERT INTO t VALUES (1, 'b', 'c')");
        run("ALTER TABLE t DROP COLUMN b");
        run("ALTER TABLE t ADD COLUMN d int DEFAULT 4");
        assertThat(attributes("t")).containsExactly("1|a|integer|0", "3|c|text|0", "4|d|integer|0");
        assertThat(rows("SELECT * FROM t")).containsExactly("1|c|4");
        assertThat(run("SELECT * FROM t").columns()).extracting(ResultColumn::columnNumber)
                .containsExactly((short) 1, (short) 3, (short) 4);
    }

    @Test
    void dropColumnDropsItsKeysAndIndexesAndNeedsCascadeForForeignKeys() {
        run("CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE, v int CHECK (v > 0))");
        run("CREATE INDEX p_v_idx ON p (v)");
        run("CREATE TABLE c (pid int REFERENCES p (id))");
        run("INSERT INTO p VALUES (1, 'a', 1)");
        run("INSERT INTO c VALUES (1)");
        PgException dependents = error("ALTER TABLE p DROP COLUMN id");
        assertThat(dependents.sqlState()).isEqualTo("2BP01");
        assertThat(dependents.getMessage()).isEqualTo("cannot drop column id of table p because other objects depend on it");
        run("ALTER TABLE p DROP COLUMN id CASCADE");
        run("ALTER TABLE p ADD COLUMN w int");
        run("ALTER TABLE p DROP COLUMN code, DROP COLUMN IF EXISTS nope");
        run("ALTER TABLE p DROP COLUMN v");
        run("INSERT INTO p (w) VALUES (-1), (-1)");
        run("INSERT INTO c VALUES (99)");
        assertThat(rows("SELECT conname FROM pg_constraint WHERE conrelid IN ('p'::regclass, 'c'::regclass)")).isEmpty();
        assertThat(rows("SELECT relname FROM pg_class WHERE relkind = 'i'")).isEmpty();
    }

    @Test
    void renamesKeepTheOidDataAndStoredExpressions() {
        run("CREATE TABLE t (id int PRIMARY KEY, qty int CHECK (qty >= 0))");
        run("INSERT INTO t VALUES (1, 5)");
        Object oid = run("SELECT 't'::regclass::oid").rows().get(0)[0];
        run("ALTER TABLE t RENAME COLUMN qty TO amount");
        run("ALTER TABLE t RENAME TO stock");
        assertThat(run("SELECT 'stock'::regclass::oid").rows().get(0)[0]).isEqualTo(oid);
        assertThat(rows("SELECT id, amount FROM stock")).containsExactly("1|5");
        assertThat(rows("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'c'"))
                .containsExactly("CHECK ((amount >= 0))");
        assertThat(error("INSERT INTO stock VALUES (2, -1)").getMessage())
                .isEqualTo("new row for relation \"stock\" violates check constraint \"t_qty_check\"");
        assertThat(error("ALTER TABLE stock RENAME COLUMN nope TO x").getMessage()).isEqualTo("column \"nope\" does not exist");
        run("CREATE TABLE other (x int)");
        assertThat(error("ALTER TABLE stock RENAME TO other").sqlState()).isEqualTo("42P07");
    }

    @Test
    void alterColumnTypeConvertsRowsAndNeedsUsingWithoutAnAutomaticCast() {
        run("CREATE TABLE t (id int, v text DEFAULT '1')");
        run("INSERT INTO t VALUES (1, '10'), (2, '20')");
        PgException noCast = error("ALTER TABLE t ALTER COLUMN v TYPE integer");
        assertThat(noCast.sqlState()).isEqualTo("42804");
        assertThat(noCast.getMessage()).isEqualTo("column \"v\" cannot be cast automatically to type integer");
        run("ALTER TABLE t ALTER COLUMN v TYPE integer USING v::integer, ALTER COLUMN id TYPE bigint");
        assertThat(attributes("t")).containsExactly("1|id|bigint|0", "2|v|integer|0");
        run("INSERT INTO t (id) VALUES (3)");
        assertThat(rows("SELECT id, v, v + 1 FROM t ORDER BY v")).containsExactly("3|1|2", "1|10|11", "2|20|21");
        assertThat(error("ALTER TABLE t ALTER COLUMN v TYPE varchar(1)").sqlState()).isEqualTo("22001");
    }

    @Test
    void setAndDropDefaultAndNotNull() {
        run("CREATE TABLE t (id int PRIMARY KEY, v text)");
        run("INSERT INTO t VALUES (1, NULL)");
        assertThat(error("ALTER TABLE t ALTER COLUMN v SET NOT NULL").getMessage())
                .isEqualTo("column \"v\" of relation \"t\" contains null values");
        run("UPDATE t SET v = 'x'");
        run("ALTER TABLE t ALTER COLUMN v SET NOT NULL, ALTER COLUMN v SET DEFAULT 'd'");
        run("INSERT INTO t (id) VALUES (2)");
        assertThat(error("INSERT INTO t VALUES (3, NULL)").sqlState()).isEqualTo("23502");
        assertThat(error("ALTER TABLE t ALTER COLUMN id DROP NOT NULL").getMessage())
                .isEqualTo("column \"id\" is in a primary key");
        run("ALTER TABLE t ALTER COLUMN v DROP NOT NULL, ALTER COLUMN v DROP DEFAULT");
        run("INSERT INTO t (id) VALUES (4)");
        assertThat(rows("SELECT id, v FROM t ORDER BY id")).containsExactly("1|x", "2|d", "4|null");
        assertThat(rows("SELECT count(*) FROM pg_attrdef WHERE adrelid = 't'::regclass")).containsExactly("0");
    }

    @Test
    void addedKeysAreCheckedAgainstRowsThenEnforcedAndCanBeDropped() {
        run("CREATE TABLE parent (id int)");
        run("CREATE TABLE child (parent_id int)");
        run("INSERT INTO parent VALUES (1), (1)");
        PgException duplicated = error("ALTER TABLE parent ADD PRIMARY KEY (id)");
        assertThat(duplicated.sqlState()).isEqualTo("23505");
        assertThat(duplicated.getMessage()).isEqualTo("could not create unique index \"parent_pkey\"");
        assertThat(duplicated.detail()).isEqualTo("Key (id)=(1) is duplicated.");
        run("DELETE FROM parent");
        run("INSERT INTO parent VALUES (1)");
        run("ALTER TABLE parent ADD PRIMARY KEY (id)");
        run("INSERT INTO child VALUES (2)");
        PgException missing = error("ALTER TABLE child ADD CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent (id)");
        assertThat(missing.sqlState()).isEqualTo("23503");
        assertThat(missing.detail()).isEqualTo("Key (parent_id)=(2) is not present in table \"parent\".");
        run("DELETE FROM child");
        run("ALTER TABLE child ADD CONSTRAINT child_fk FOREIGN KEY (parent_id) REFERENCES parent (id)");
        assertThat(error("INSERT INTO child VALUES (2)").sqlState()).isEqualTo("23503");
        PgException unique = error("INSERT INTO parent VALUES (1)");
        assertThat(unique.getMessage()).contains("\"parent_pkey\"");
        assertThat(error("ALTER TABLE parent DROP CONSTRAINT parent_pkey").sqlState()).isEqualTo("2BP01");
        run("ALTER TABLE parent DROP CONSTRAINT parent_pkey CASCADE");
        run("INSERT INTO parent VALUES (1)");
        run("INSERT INTO child VALUES (2)");
        assertThat(rows("SELECT count(*) FROM pg_constraint WHERE conrelid IN ('parent'::regclass, 'child'::regclass)"))
                .containsExactly("0");
    }

    @Test
    void keysMadeByCreateTableCanBeDroppedAndRenamed() {
        run("CREATE TABLE t (id int PRIMARY KEY, a text UNIQUE, b int, CONSTRAINT b_pos CHECK (b > 0))");
        run("INSERT INTO t VALUES (1, 'a', 1)");
        run("ALTER TABLE t DROP CONSTRAINT t_a_key");
        run("ALTER TABLE t RENAME CONSTRAINT b_pos TO b_positive");
        run("INSERT INTO t VALUES (2, 'a', 1)");
        assertThat(error("INSERT INTO t VALUES (3, 'c', -1)").getMessage()).contains("\"b_positive\"");
        assertThat(error("INSERT INTO t VALUES (1, 'c', 1)").getMessage()).contains("\"t_pkey\"");
        String check = manager.read("app", c -> {
            try (var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(check).isEqualTo("ok");
    }

    @Test
    void rollbackLeavesDataMetadataAndTriggersAsBefore() {
        run("CREATE TABLE t (id int PRIMARY KEY, a text)");
        run("INSERT INTO t VALUES (1, 'x')");
        enableCapture();
        session.begin(null, null);
        run("ALTER TABLE t ADD COLUMN b int DEFAULT 5, DROP COLUMN a, ALTER COLUMN id TYPE bigint");
        run("ALTER TABLE t RENAME TO u");
        run("INSERT INTO u VALUES (2, 6)");
        session.rollback();
        assertThat(attributes("t")).containsExactly("1|id|integer|1", "2|a|text|0");
        assertThat(rows("SELECT id, a FROM t")).containsExactly("1|x");
        run("INSERT INTO t VALUES (2, 'y')");
        assertThat(lastChange().newRow()).containsEntry("id", 2L).containsEntry("a", "y");
    }

    @Test
    void writesAfterAlterAreCapturedWithTheNewColumns() {
        run("CREATE TABLE t (id int PRIMARY KEY, a text, gone text)");
        enableCapture();
        run("ALTER TABLE t ADD COLUMN b int DEFAULT 5, DROP COLUMN gone");
        run("ALTER TABLE t RENAME COLUMN a TO aa");
        run("INSERT INTO t (id, aa) VALUES (1, 'x')");
        RowChange change = lastChange();
        assertThat(change.newRow()).containsOnlyKeys("id", "aa", "b").containsEntry("b", 5L);
        RelationDescription relation = manager.read("app",
                c -> new MetadataRelationCatalog().describe(c, "t").orElseThrow());
        assertThat(relation.columns()).extracting(RelationColumn::name).containsExactly("id", "aa", "b");
        run("ALTER TABLE t RENAME TO t2");
        run("UPDATE t2 SET b = 6");
        assertThat(lastChange().newRow()).containsEntry("b", 6L);
    }

    @Test
    void tablesOfOtherSchemasAreAlteredUnderTheirFlattenedNames() {
        run("CREATE SCHEMA \"app/x\"");
        run("CREATE TABLE \"app/x\".t (id int PRIMARY KEY, v text)");
        run("INSERT INTO \"app/x\".t VALUES (1, 'a')");
        run("ALTER TABLE \"app/x\".t ALTER COLUMN v SET NOT NULL, ADD COLUMN w int DEFAULT 1 UNIQUE");
        run("ALTER TABLE \"app/x\".t RENAME TO u");
        run("INSERT INTO \"app/x\".u VALUES (2, 'b', 2)");
        assertThat(error("INSERT INTO \"app/x\".u VALUES (3, NULL, 3)").sqlState()).isEqualTo("23502");
        assertThat(error("INSERT INTO \"app/x\".u VALUES (3, 'c', 2)").getMessage()).contains("\"t_w_key\"");
        assertThat(error("INSERT INTO \"app/x\".u VALUES (1, 'c', 3)").getMessage()).contains("\"t_pkey\"");
        assertThat(rows("SELECT id, v, w FROM \"app/x\".u ORDER BY id")).containsExactly("1|a|1", "2|b|2");
        run("ALTER TABLE \"app/x\".u SET SCHEMA public");
        assertThat(rows("SELECT count(*) FROM u")).containsExactly("2");
    }

    @Test
    void temporaryTablesTakeSqlitesOwnAlterForms() {
        run("CREATE TEMP TABLE tmp (id int)");
        run("INSERT INTO tmp VALUES (1)");
        run("ALTER TABLE tmp ADD COLUMN v int NOT NULL DEFAULT 5");
        run("ALTER TABLE tmp RENAME COLUMN v TO w");
        assertThat(rows("SELECT id, w FROM tmp")).containsExactly("1|5");
        assertThat(error("ALTER TABLE tmp ALTER COLUMN w DROP NOT NULL").sqlState()).isEqualTo("0A000");
    }

    @Test
    void serialAndIdentityColumnsAddedLaterNumberTheExistingRows() {
        run("CREATE TABLE t (a text)");
        run("INSERT INTO t VALUES ('x'), ('y')");
        run("ALTER TABLE t ADD COLUMN id serial");
        run("ALTER TABLE t ADD COLUMN n int GENERATED ALWAYS AS IDENTITY");
        assertThat(rows("SELECT a, id, n FROM t ORDER BY a")).containsExactly("x|1|1", "y|2|2");
        PgException identity = error("ALTER TABLE t ALTER COLUMN n SET DEFAULT 5");
        assertThat(identity.sqlState()).isEqualTo("42601");
        assertThat(identity.getMessage()).isEqualTo("column \"n\" of relation \"t\" is an identity column");
        run("ALTER TABLE t DROP COLUMN id");
        assertThat(rows("SELECT relname FROM pg_class WHERE relkind = 'S'")).containsExactly("t_n_seq");
        run("INSERT INTO t (a) VALUES ('z')");
        assertThat(rows("SELECT a, n FROM t ORDER BY a")).containsExactly("x|1", "y|2", "z|3");
    }

    private RowChange lastChange() {
        List<CommittedTransaction> txs = manager.read("app", c -> ChangeLogReader.transactionsFrom(c, "app", 0, 1000));
        List<RowChange> changes = new ArrayList<>();
        manager.read("app", c -> {
            ChangeLogReader.forEachChange(c, txs.get(txs.size() - 1), changes::add);
            return null;
        });
        return changes.get(changes.size() - 1);
    }
}
