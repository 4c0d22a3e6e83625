package dev.impostgres.translator.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.translator.ddl.PublicationOptions.Operation;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicationParserTest {

    @Test
    void createForAllTablesWithDefaults() {
        var cmd = (DdlCommand.CreatePublication) DdlParser.parse("CREATE PUBLICATION \"Pub\" FOR ALL TABLES;");
        assertThat(cmd.name()).isEqualTo("Pub");
        assertThat(cmd.allTables()).isTrue();
        assertThat(cmd.objects()).isEqualTo(PublicationObjects.NONE);
        assertThat(cmd.options()).isEqualTo(PublicationOptions.NONE);
    }

    @Test
    void createMixesTablesAndSchemasWithBareNamesContinuingTheKind() {
        var cmd = (DdlCommand.CreatePublication) DdlParser.parse(
                "create publication p for table only a, s.b *, tables in schema x, y, table c");
        assertThat(cmd.allTables()).isFalse();
        assertThat(cmd.objects().tables()).containsExactly(QualifiedName.of("a"), new QualifiedName("s", "b"),
                QualifiedName.of("c"));
        assertThat(cmd.objects().schemas()).containsExactly("x", "y");
    }

    @Test
    void withOptionsParsePublishAndViaRoot() {
        var cmd = (DdlCommand.CreatePublication) DdlParser.parse(
                "CREATE PUBLICATION p FOR TABLE t WITH (publish = 'insert, truncate', publish_via_partition_root = true)");
        assertThat(cmd.options().publish()).isEqualTo(Set.of(Operation.INSERT, Operation.TRUNCATE));
        assertThat(cmd.options().viaPartitionRoot()).isTrue();
        var empty = (DdlCommand.CreatePublication) DdlParser.parse("CREATE PUBLICATION p WITH (publish = '')");
        assertThat(empty.options().publish()).isEmpty();
    }

    @Test
    void unknownOptionsAndPublishValuesAreSyntaxErrorsAsInPostgres() {
        assertThatThrownBy(() -> DdlParser.parse("CREATE PUBLICATION p WITH (publish = 'insert, upsert')"))
                .isInstanceOf(PgException.class)
                .hasMessage("unrecognized value for publication option \"publish\": \"upsert\"");
        assertThatThrownBy(() -> DdlParser.parse("CREATE PUBLICATION p WITH (color = 'red')"))
                .isInstanceOf(PgException.class).hasMessage("unrecognized publication parameter: \"color\"");
    }

    @Test
    void columnListsAndRowFiltersAreRefusedNotIgnored() {
        assertThatThrownBy(() -> DdlParser.parse("CREATE PUBLICATION p FOR TABLE t (a, b)"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("0A000"));
        assertThatThrownBy(() -> DdlParser.parse("CREATE PUBLICATION p FOR TABLE t WHERE (a > 1)"))
                .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.sqlState()).isEqualTo("0A000"));
    }

    @Test
    void alterForms() {
        assertThat(DdlParser.parse("ALTER PUBLICATION p ADD TABLE a, b")).isEqualTo(new DdlCommand.AlterPublication("p",
                new PublicationAction.Objects(PublicationAction.Change.ADD,
                        new PublicationObjects(List.of(QualifiedName.of("a"), QualifiedName.of("b")), List.of()))));
        assertThat(DdlParser.parse("ALTER PUBLICATION p DROP TABLES IN SCHEMA s")).isEqualTo(new DdlCommand.AlterPublication("p",
                new PublicationAction.Objects(PublicationAction.Change.DROP, new PublicationObjects(List.of(), List.of("s")))));
        assertThat(DdlParser.parse("ALTER PUBLICATION p SET TABLE a")).isEqualTo(new DdlCommand.AlterPublication("p",
                new PublicationAction.Objects(PublicationAction.Change.SET,
                        new PublicationObjects(List.of(QualifiedName.of("a")), List.of()))));
        assertThat(DdlParser.parse("ALTER PUBLICATION p SET (publish = 'delete')")).isEqualTo(new DdlCommand.AlterPublication("p",
                new PublicationAction.SetOptions(new PublicationOptions(Set.of(Operation.DELETE), null))));
        assertThat(DdlParser.parse("ALTER PUBLICATION p RENAME TO q"))
                .isEqualTo(new DdlCommand.AlterPublication("p", new PublicationAction.Rename("q")));
        assertThat(DdlParser.parse("ALTER PUBLICATION p OWNER TO bob"))
                .isEqualTo(new DdlCommand.AlterPublication("p", new PublicationAction.Owner("bob")));
    }

    @Test
    void dropListsNamesWithIfExists() {
        assertThat(DdlParser.parse("DROP PUBLICATION IF EXISTS a, b CASCADE"))
                .isEqualTo(new DdlCommand.DropPublication(List.of("a", "b"), true, true));
        assertThat(DdlParser.parse("DROP PUBLICATION a"))
                .isEqualTo(new DdlCommand.DropPublication(List.of("a"), false, false));
    }

    @Test
    void replicaIdentityFormsParseAsAlterTable() {
        assertThat(DdlParser.parse("ALTER TABLE t REPLICA IDENTITY USING INDEX t_key")).isEqualTo(
                new DdlCommand.AlterTable(QualifiedName.of("t"), false,
                        List.of(new DdlCommand.AlterAction.ReplicaIdentity('i', "t_key"))));
        assertThat(DdlParser.parse("ALTER TABLE t REPLICA IDENTITY FULL")).isEqualTo(
                new DdlCommand.AlterTable(QualifiedName.of("t"), false,
                        List.of(new DdlCommand.AlterAction.ReplicaIdentity('f', null))));
    }
}
