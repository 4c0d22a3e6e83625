package dev.impostgres.replication.walsender;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.replication.command.ReplicationCommand.GenericOption;
import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Relation;
import dev.impostgres.replication.pgoutput.PgOutputMessage.Type;
import dev.impostgres.replication.pgoutput.PgOutputOptions;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.replication.pgoutput.TupleValue;
import dev.impostgres.replication.slot.SlotManager;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.types.FormatSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column of a user-defined type (an enum) is announced by a Type message before each Relation that uses it, and the
 * Relation carries the type's own OID, as pgoutput's send_relation_and_attrs does. The enum is written into the schema
 * metadata directly (CREATE TYPE … AS ENUM is the translator's; the path tested here is the encoder's).
 */
class UserTypeMessagesTest {
    private static final int MOOD = 16_900;

    @TempDir Path dir;
    private SqliteDatabaseManager databases;
    private Session session;

    @BeforeEach
    void setUp() {
        databases = new SqliteDatabaseManager(dir);
        session = databases.openSession("postgres");
        new SlotManager(databases).create("postgres", "s", "pgoutput", false, 1);
        sql("CREATE TABLE m (id int PRIMARY KEY, feeling text, history text[])");
        databases.write("postgres", c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO _pg_type (oid, typnamespace, typname, typtype, typarray, labels) VALUES ("
                        + MOOD + ", 2200, 'mood', 'e', " + (MOOD + 1) + ", 'sad' || char(0) || 'happy')");
                st.execute("UPDATE _pg_attribute SET atttypid = " + MOOD + ", type_name = 'mood' WHERE attname = 'feeling'");
                st.execute("UPDATE _pg_attribute SET atttypid = " + (MOOD + 1) + ", type_name = 'mood[]' WHERE attname = 'history'");
            }
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
        databases.close();
    }

    @Test
    void typeMessagesPrecedeTheRelationAndValuesAreTheLabels() throws Exception {
        sql("INSERT INTO m VALUES (1, 'happy', '{sad,happy}')");
        sql("INSERT INTO m VALUES (2, 'sad', NULL)");
        List<PgOutputMessage> messages = decode();
        assertThat(messages).extracting(PgOutputMessage::tag)
                .containsExactly('B', 'Y', 'Y', 'R', 'I', 'C', 'B', 'I', 'C');
        assertThat(messages.get(1)).isEqualTo(new Type(0, MOOD, "public", "mood"));
        assertThat(messages.get(2)).isEqualTo(new Type(0, MOOD + 1, "public", "_mood"));
        Relation relation = (Relation) messages.get(3);
        assertThat(relation.columns()).extracting(PgOutputMessage.Column::typeOid).containsExactly(23, MOOD, MOOD + 1);
        assertThat(((PgOutputMessage.Insert) messages.get(4)).newTuple())
                .containsExactly(TupleValue.Text.of("1"), TupleValue.Text.of("happy"), TupleValue.Text.of("{sad,happy}"));
    }

    private List<PgOutputMessage> decode() {
        PgOutputOptions options = PgOutputOptions.parse(List.of(new GenericOption("proto_version", "1"),
                new GenericOption("publication_names", "p")));
        SqlDecoding.Result result = databases.read("postgres", c -> SqlDecoding.decode(c, "postgres",
                databases.changeLog("postgres"), PublicationResolver.ALL_TABLES, FormatSettings.DEFAULT,
                options, 0, null, null));
        PgOutputReader reader = new PgOutputReader();
        List<PgOutputMessage> messages = new ArrayList<>();
        result.rows().forEach(r -> messages.add(reader.read(r.data())));
        return messages;
    }

    private void sql(String statement) {
        session.execute((PgStatement.Sql) new DefaultTranslator().translateOne(statement), List.of());
    }
}
