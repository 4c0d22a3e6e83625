package dev.impostgres.tracking;

import static dev.impostgres.tracking.Statements.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.tracking.changes.ChangeCapture;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.tracking.changes.ChangeLogReader;
import dev.impostgres.tracking.changes.CommittedTransaction;
import dev.impostgres.tracking.changes.RelationColumn;
import dev.impostgres.tracking.changes.RelationDescription;
import dev.impostgres.tracking.changes.RowChange;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeLogTest extends AppSessionFixture {
    final List<CommittedTransaction> notified = new ArrayList<>();

    @BeforeEach
    void createItems() {
        session.execute(write("CREATE TABLE items (id text PRIMARY KEY, qty int, price float8, blob bytea, note varchar(10))"), List.of());
        manager.changeLog("app").addListener(notified::add);
    }

    private List<CommittedTransaction> transactions() {
        return manager.read("app", c -> ChangeLogReader.transactionsFrom(c, "app", 0, 1000));
    }

    private List<RowChange> changes(CommittedTransaction tx) {
        return manager.read("app", c -> {
            List<RowChange> changes = new ArrayList<>();
            ChangeLogReader.forEachChange(c, tx, changes::add);
            return changes;
        });
    }

    private long currentLsn() {
        return manager.read("app", ChangeLog::currentLsn);
    }

    @Test
    void nothingIsLoggedBeforeCaptureIsEnabled() {
        long before = currentLsn();
        runWritten("INSERT INTO items(id) VALUES ('a')");
        assertThat(transactions()).isEmpty();
        assertThat(currentLsn()).isEqualTo(before);
        assertThat(notified).isEmpty();
    }

    @Test
    void eachAutocommitStatementIsOneTransactionWithIncreasingXidAndLsn() {
        enableCapture();
        long start = currentLsn();
        runWritten("INSERT INTO items VALUES ('a', 1, 0.30000000000000004, x'0102ff', 'hi')");
        runWritten("UPDATE items SET qty = 2 WHERE id = 'a'");
        runWritten("DELETE FROM items WHERE id = 'a'");
        List<CommittedTransaction> txs = transactions();
        assertThat(txs).hasSize(3);
        assertThat(txs.get(0).beginLsn()).isEqualTo(start);
        for (int i = 0; i < 3; i++) {
            CommittedTransaction tx = txs.get(i);
            assertThat(tx.commitLsn()).isGreaterThan(tx.beginLsn());
            assertThat(tx.endLsn()).isGreaterThan(tx.commitLsn());
            if (i > 0) {
                assertThat(tx.xid()).isEqualTo(txs.get(i - 1).xid() + 1);
                assertThat(tx.beginLsn()).isEqualTo(txs.get(i - 1).endLsn());
            }
        }
        assertThat(currentLsn()).isEqualTo(txs.get(2).endLsn());
        assertThat(notified).isEqualTo(txs);

        RowChange insert = changes(txs.get(0)).get(0);
        assertThat(insert.op()).isEqualTo(RowChange.Op.INSERT);
        assertThat(insert.relation()).isEqualTo("items");
        assertThat(insert.oldRow()).isNull();
        Map<String, Object> row = insert.newRow();
        assertThat(row.keySet()).containsExactly("id", "qty", "price", "blob", "note");
        assertThat(row.get("id")).isEqualTo("a");
        assertThat(row.get("qty")).isEqualTo(1L);
        assertThat(row.get("price")).isEqualTo(0.30000000000000004);
        assertThat((byte[]) row.get("blob")).containsExactly(1, 2, 0xff);
        RowChange update = changes(txs.get(1)).get(0);
        assertThat(update.op()).isEqualTo(RowChange.Op.UPDATE);
        assertThat(update.oldRow().get("qty")).isEqualTo(1L);
        assertThat(update.newRow().get("qty")).isEqualTo(2L);
        RowChange delete = changes(txs.get(2)).get(0);
        assertThat(delete.op()).isEqualTo(RowChange.Op.DELETE);
        assertThat(delete.oldRow().get("id")).isEqualTo("a");
        assertThat(delete.newRow()).isNull();
    }

    @Test
    void aBlockIsExactlyOneTransactionAndARollbackLeavesNothing() {
        enableCapture();
        session.begin(null, null);
        runWritten("INSERT INTO items(id, qty) VALUES ('t1', 1)");
        runWritten("UPDATE items SET qty = 2 WHERE id = 't1'");
        session.savepoint("s");
        runWritten("INSERT INTO items(id) VALUES ('gone')");
        session.rollbackToSavepoint("s");
        runWritten("DELETE FROM items WHERE id = 't1'");
        session.commit();
        long afterCommit = currentLsn();
        session.begin(null, null);
        runWritten("INSERT INTO items(id) VALUES ('rb')");
        session.rollback();

        List<CommittedTransaction> txs = transactions();
        assertThat(txs).hasSize(1);
        assertThat(changes(txs.get(0))).extracting(RowChange::op)
                .containsExactly(RowChange.Op.INSERT, RowChange.Op.UPDATE, RowChange.Op.DELETE);
        List<Long> lsns = changes(txs.get(0)).stream().map(RowChange::lsn).toList();
        assertThat(lsns).isSorted().doesNotHaveDuplicates();
        assertThat(lsns.get(lsns.size() - 1)).isLessThan(txs.get(0).commitLsn());
        assertThat(currentLsn()).isEqualTo(afterCommit);
        assertThat(notified).hasSize(1);
    }

    @Test
    void tablesCreatedAfterCaptureIsOnAreCapturedFromTheirFirstRow() {
        enableCapture();
        session.begin(null, null);
        runWritten("CREATE TABLE later (id int PRIMARY KEY, v text)");
        runWritten("INSERT INTO later VALUES (1, 'x')");
        session.commit();
        runWritten("ALTER TABLE later ADD COLUMN w text");
        runWritten("INSERT INTO later VALUES (2, 'y', 'z')");
        List<CommittedTransaction> txs = transactions();
        assertThat(txs).hasSize(2);
        assertThat(changes(txs.get(0)).get(0).newRow()).containsEntry("id", 1L).containsEntry("v", "x");
        assertThat(changes(txs.get(1)).get(0).newRow()).containsEntry("w", "z");
    }

    @Test
    void countersAreDurableAcrossRestarts() {
        enableCapture();
        runWritten("INSERT INTO items(id) VALUES ('a')");
        CommittedTransaction first = transactions().get(0);
        manager.close();
        manager = new SqliteDatabaseManager(dataDir);
        session = manager.openSession("app");
        assertThat(currentLsn()).isEqualTo(first.endLsn());
        runWritten("INSERT INTO items(id) VALUES ('b')");
        CommittedTransaction second = transactions().get(1);
        assertThat(second.xid()).isEqualTo(first.xid() + 1);
        assertThat(second.commitLsn()).isGreaterThan(first.endLsn());
    }

    @Test
    void truncateIsOneChangeNamingEveryTable() {
        enableCapture();
        runWritten("INSERT INTO items(id) VALUES ('a'), ('b')");
        manager.write("app", c -> {
            ChangeCapture.truncate(c, List.of("items"), 1);
            return null;
        });
        List<CommittedTransaction> txs = transactions();
        List<RowChange> truncate = changes(txs.get(1));
        assertThat(truncate).hasSize(1);
        assertThat(truncate.get(0).op()).isEqualTo(RowChange.Op.TRUNCATE);
        assertThat(truncate.get(0).truncated()).containsExactly("items");
        assertThat(truncate.get(0).truncateOptions()).isEqualTo(1);
    }

    @Test
    void pruningForgetsOnlyConfirmedTransactions() {
        enableCapture();
        runWritten("INSERT INTO items(id) VALUES ('a')");
        runWritten("INSERT INTO items(id) VALUES ('b')");
        List<CommittedTransaction> txs = transactions();
        manager.write("app", c -> {
            ChangeLog.prune(c, txs.get(0).endLsn());
            return null;
        });
        assertThat(transactions()).containsExactly(txs.get(1));
        assertThat(changes(txs.get(1))).hasSize(1);
        List<CommittedTransaction> fromSecond =
                manager.read("app", c -> ChangeLogReader.transactionsFrom(c, "app", txs.get(1).commitLsn(), 10));
        assertThat(fromSecond).containsExactly(txs.get(1));
    }

    @Test
    void hundredThousandRowTransactionIsOneTransaction() {
        enableCapture();
        runWritten("INSERT INTO items(id, qty) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                + "SELECT 'r' || i, i FROM n");
        List<CommittedTransaction> txs = transactions();
        assertThat(txs).hasSize(1);
        assertThat(txs.get(0).lastSeq() - txs.get(0).firstSeq() + 1).isEqualTo(100_000);
        long[] count = {0};
        manager.read("app", c -> {
            ChangeLogReader.forEachChange(c, txs.get(0), change -> count[0]++);
            return null;
        });
        assertThat(count[0]).isEqualTo(100_000);
    }

    @Test
    void relationDescriptionComesFromDeclaredTypes() {
        RelationDescription items = manager.read("app", c -> manager.changeLog("app").catalog().describe(c, "items")).orElseThrow();
        assertThat(items.namespace()).isEqualTo("public");
        assertThat(items.oid()).isGreaterThanOrEqualTo(16384);
        assertThat(items.replicaIdentity()).isEqualTo('d');
        assertThat(items.columns()).containsExactly(new RelationColumn("id", PgTypes.TEXT, -1, true),
                new RelationColumn("qty", PgTypes.INT4, -1, false), new RelationColumn("price", PgTypes.FLOAT8, -1, false),
                new RelationColumn("blob", PgTypes.BYTEA, -1, false), new RelationColumn("note", PgTypes.VARCHAR, 14, false));
        java.util.Optional<RelationDescription> missing =
                manager.read("app", c -> manager.changeLog("app").catalog().describe(c, "nosuch"));
        assertThat(missing).isEmpty();
    }
}
