package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.tracking.changes.HistoricCatalog;
import dev.impostgres.tracking.changes.RelationColumn;
import dev.impostgres.tracking.changes.RelationDescription;
import dev.impostgres.tracking.changes.RowChange;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each change is decoded with the definitions true when it was made (Postgres's historic catalog snapshots). */
class CatalogHistoryTest extends AppSessionFixture {
    @BeforeEach
    void createPublishedTables() {
        runWritten("CREATE TABLE t (id int PRIMARY KEY, v text)");
        runWritten("CREATE TABLE u (id int PRIMARY KEY)");
        runWritten("CREATE PUBLICATION pub FOR TABLE t");
        enableCapture();
    }

    private HistoricCatalog history() {
        HistoricCatalog history = manager.changeLog("app").history();
        manager.read("app", c -> {
            history.refresh(c);
            return null;
        });
        return history;
    }

    private static List<String> columnNames(Optional<RelationDescription> relation) {
        return relation.orElseThrow().columns().stream().map(RelationColumn::name).toList();
    }

    @Test
    void aChangeBeforeAddColumnSeesTheOldColumns() {
        runWritten("INSERT INTO t VALUES (1, 'a')");
        runWritten("ALTER TABLE t ADD COLUMN extra int");
        runWritten("INSERT INTO t VALUES (2, 'b', 7)");
        List<RowChange> changes = changes();
        HistoricCatalog history = history();
        assertThat(columnNames(history.relation("t", changes.get(0).seq()))).containsExactly("id", "v");
        assertThat(columnNames(history.relation("t", changes.get(1).seq()))).containsExactly("id", "v", "extra");
    }

    @Test
    void ddlInsideOneTransactionSplitsItsChanges() {
        session.begin(null, null);
        runWritten("INSERT INTO t VALUES (1, 'a')");
        runWritten("ALTER TABLE t REPLICA IDENTITY FULL");
        runWritten("UPDATE t SET v = 'b'");
        session.commit();
        List<RowChange> changes = changes();
        HistoricCatalog history = history();
        assertThat(history.relation("t", changes.get(0).seq()).orElseThrow().replicaIdentity()).isEqualTo('d');
        assertThat(history.relation("t", changes.get(1).seq()).orElseThrow().replicaIdentity()).isEqualTo('f');
    }

    @Test
    void aRolledBackDdlLeavesNoVersion() {
        session.begin(null, null);
        runWritten("ALTER TABLE t ADD COLUMN gone int");
        session.rollback();
        runWritten("INSERT INTO t VALUES (1, 'a')");
        RowChange insert = changes().get(0);
        assertThat(columnNames(history().relation("t", insert.seq()))).containsExactly("id", "v");
    }

    @Test
    void publicationMembershipIsAnsweredAsOfEachChange() {
        runWritten("INSERT INTO u VALUES (1)");
        runWritten("ALTER PUBLICATION pub ADD TABLE u");
        runWritten("INSERT INTO u VALUES (2)");
        runWritten("ALTER PUBLICATION pub SET (publish = 'insert')");
        runWritten("DROP PUBLICATION pub");
        runWritten("INSERT INTO u VALUES (3)");
        List<RowChange> changes = changes();
        HistoricCatalog history = history();
        RelationDescription u = history.relation("u", changes.get(1).seq()).orElseThrow();
        HistoricCatalog.Publication before = history.publication("pub", changes.get(0).seq()).orElseThrow();
        HistoricCatalog.Publication after = history.publication("pub", changes.get(1).seq()).orElseThrow();
        assertThat(before.includes(u)).isFalse();
        assertThat(after.includes(u)).isTrue();
        assertThat(after.ops()).contains(RowChange.Op.UPDATE);
        assertThat(history.publication("pub", changes.get(2).seq())).isEmpty(); // dropped by then
        assertThat(history.knowsPublication("pub")).isTrue();
    }

    @Test
    void aDroppedTableStillHasItsDefinitionForEarlierChanges() {
        runWritten("INSERT INTO u VALUES (1)");
        runWritten("DROP TABLE u");
        RowChange insert = changes().get(0);
        HistoricCatalog history = history();
        assertThat(columnNames(history.relation("u", insert.seq()))).containsExactly("id");
        assertThat(history.relation("u", insert.seq() + 1)).isEmpty();
    }

    @Test
    void anyCatalogChangeOfTheRelationOrAPublicationIsAnInvalidation() {
        runWritten("INSERT INTO t VALUES (1, 'a')");
        runWritten("INSERT INTO t VALUES (2, 'a')");
        runWritten("CREATE INDEX t_v ON t (v)");
        runWritten("INSERT INTO t VALUES (3, 'a')");
        runWritten("ALTER PUBLICATION pub ADD TABLE u");
        runWritten("INSERT INTO t VALUES (4, 'a')");
        List<RowChange> c = changes();
        HistoricCatalog history = history();
        assertThat(history.invalidatedBetween("t", c.get(0).seq(), c.get(1).seq())).isFalse();
        assertThat(history.invalidatedBetween("t", c.get(1).seq(), c.get(2).seq())).isTrue();
        assertThat(history.invalidatedBetween("t", c.get(2).seq(), c.get(3).seq())).isTrue();
    }
}
