package dev.impostgres.replication.walsender;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.replication.command.ReplicationCommand.GenericOption;
import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Begin;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Commit;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Delete;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Insert;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Relation;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Update;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.replication.stream.StreamingMessage;
import dev.impostgres.replication.stream.StreamingMessage.PrimaryKeepalive;
import dev.impostgres.replication.stream.StreamingMessage.StandbyStatusUpdate;
import dev.impostgres.replication.stream.StreamingMessage.XLogData;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.tracking.changes.ChangeLog;
import dev.impostgres.translator.types.FormatSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogicalWalSenderTest {
    @TempDir Path dir;
    private SqliteDatabaseManager databases;
    private SlotManager slots;
    private final BlockingQueue<StreamingMessage> received = new LinkedBlockingQueue<>();
    private LogicalWalSender walSender;
    private Thread thread;
    private PublicationResolver publications = PublicationResolver.ALL_TABLES;

    @BeforeEach
    void setUp() {
        databases = new SqliteDatabaseManager(dir);
        slots = new SlotManager(databases);
        sql("CREATE TABLE items (id integer primary key, name text, qty integer); CREATE TABLE other (x integer primary key)");
        slots.create("postgres", "s", "pgoutput", false, 1);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        stopWalSender();
        databases.close();
    }

    @Test
    void sendsACommittedTransactionAsBeginRelationChangesCommit() throws Exception {
        startWalSender(0);
        assertThat(next()).isInstanceOf(PrimaryKeepalive.class);
        sql("INSERT INTO items VALUES (1, 'a', 5); UPDATE items SET qty = 6 WHERE id = 1; UPDATE items SET id = 2 WHERE id = 1;"
                + " DELETE FROM items WHERE id = 2");
        List<PgOutputMessage> tx = nextTransaction();
        assertThat(tx).hasSize(7);
        Begin begin = (Begin) tx.get(0);
        Relation relation = (Relation) tx.get(1);
        assertThat(relation.name()).isEqualTo("items");
        assertThat(relation.namespace()).isEqualTo("public");
        assertThat(relation.columns()).extracting(PgOutputMessage.Column::name).containsExactly("id", "name", "qty");
        assertThat(relation.columns()).extracting(PgOutputMessage.Column::typeOid).containsExactly(23, 25, 23);
        assertThat(relation.columns()).extracting(PgOutputMessage.Column::flags).containsExactly(1, 0, 0);
        assertThat(tx.get(2)).isEqualTo(new Insert(0, relation.relationOid(), texts("1", "a", "5")));
        assertThat(tx.get(3)).isEqualTo(new Update(0, relation.relationOid(), (char) 0, null, texts("1", "a", "6")));
        assertThat(tx.get(4)).isEqualTo(new Update(0, relation.relationOid(), 'K',
                List.of(TupleValue.Text.of("1"), TupleValue.NULL, TupleValue.NULL), texts("2", "a", "6")));
        assertThat(tx.get(5)).isEqualTo(new Delete(0, relation.relationOid(), 'K',
                List.of(TupleValue.Text.of("2"), TupleValue.NULL, TupleValue.NULL)));
        Commit commit = (Commit) tx.get(6);
        assertThat(commit.commitLsn()).isEqualTo(begin.finalLsn());
        assertThat(commit.endLsn()).isEqualTo(databases.read("postgres", ChangeLog::currentLsn));
    }

    @Test
    void relationIsSentOncePerSessionAndTheStreamResumesAfterTheConfirmedPosition() throws Exception {
        startWalSender(0);
        next();
        sql("INSERT INTO items VALUES (1, 'a', 1)");
        List<PgOutputMessage> first = nextTransaction();
        sql("INSERT INTO items VALUES (2, 'b', 2)");
        List<PgOutputMessage> second = nextTransaction();
        assertThat(first).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
        assertThat(second).extracting(PgOutputMessage::tag).containsExactly('B', 'I', 'C');
        long firstEnd = ((Commit) first.get(3)).endLsn();
        walSender.standbyStatusUpdate(new StandbyStatusUpdate(firstEnd, firstEnd, firstEnd, 0, true));
        assertThat(nextKeepalive().walEnd()).isGreaterThanOrEqualTo(firstEnd);
        stopWalSender();
        assertThat(slots.find("s").orElseThrow().confirmedFlushLsn()).isEqualTo(firstEnd);

        startWalSender(0);
        List<PgOutputMessage> resent = nextTransaction();
        assertThat(resent).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
        assertThat(((Insert) resent.get(2)).newTuple()).isEqualTo(texts("2", "b", "2"));
    }

    @Test
    void transactionsWithoutPublishedChangesAreSkipped() throws Exception {
        publications = (connection, names, history) -> (relation, op, seq) -> relation.name().equals("items");
        startWalSender(0);
        next();
        sql("INSERT INTO other VALUES (1)");
        sql("INSERT INTO items VALUES (3, 'c', 3); INSERT INTO other VALUES (2)");
        List<PgOutputMessage> tx = nextTransaction();
        assertThat(tx).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
        assertThat(((Insert) tx.get(2)).newTuple().get(0)).isEqualTo(TupleValue.Text.of("3"));
    }

    @Test
    void aTruncateMakesTheNextChangeSendTheRelationAgainEvenWhenTruncateIsNotPublished() throws Exception {
        publications = (connection, names, history) -> (relation, op, seq) -> op != dev.impostgres.tracking.changes.RowChange.Op.TRUNCATE;
        startWalSender(0);
        next();
        sql("INSERT INTO items VALUES (1, 'a', 1)");
        assertThat(nextTransaction()).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
        sql("INSERT INTO items VALUES (2, 'b', 2)");
        assertThat(nextTransaction()).extracting(PgOutputMessage::tag).containsExactly('B', 'I', 'C');
        databases.write("postgres", c -> {
            dev.impostgres.tracking.changes.ChangeCapture.truncate(c, List.of("items"), 0);
            return null;
        });
        sql("INSERT INTO items VALUES (3, 'c', 3)");
        assertThat(nextTransaction()).extracting(PgOutputMessage::tag).containsExactly('B', 'R', 'I', 'C');
    }

    private List<TupleValue> texts(String... values) {
        List<TupleValue> list = new ArrayList<>();
        for (String v : values) list.add(TupleValue.Text.of(v));
        return list;
    }

    private void sql(String statements) {
        databases.write("postgres", c -> {
            for (String s : statements.split(";")) c.createStatement().execute(s);
            return null;
        });
    }

    private void startWalSender(long requested) {
        PgOutputOptions options = PgOutputOptions.parse(List.of(new GenericOption("proto_version", "1"),
                new GenericOption("publication_names", "p")));
        var slot = slots.acquire("s", "postgres", 42);
        walSender = new LogicalWalSender(databases, slots, publications, FormatSettings.DEFAULT,
                new LogicalWalSender.Start("postgres", slot, requested, options, 42), new WalSenderSink() {
                    @Override public void send(StreamingMessage message) { received.add(message); }
                    @Override public void flush() { }
                });
        thread = new Thread(walSender::run, "walsender-test");
        thread.start();
    }

    private void stopWalSender() throws InterruptedException {
        if (walSender == null) return;
        walSender.stop();
        thread.join();
        walSender = null;
        received.clear();
    }

    private StreamingMessage next() throws InterruptedException {
        StreamingMessage m = received.poll(30, TimeUnit.SECONDS);
        assertThat(m).as("a message from the walsender").isNotNull();
        return m;
    }

    private PrimaryKeepalive nextKeepalive() throws InterruptedException {
        while (true) {
            if (next() instanceof PrimaryKeepalive k) return k;
        }
    }

    /** The pgoutput messages of the next transaction, skipping keepalives. */
    private List<PgOutputMessage> nextTransaction() throws InterruptedException {
        PgOutputReader reader = new PgOutputReader();
        List<PgOutputMessage> messages = new ArrayList<>();
        while (true) {
            StreamingMessage m = next();
            if (!(m instanceof XLogData x)) continue;
            PgOutputMessage decoded = reader.read(x.payload());
            messages.add(decoded);
            if (decoded instanceof Commit) return messages;
        }
    }
}
