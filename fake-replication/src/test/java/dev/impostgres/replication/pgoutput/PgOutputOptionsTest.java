package dev.impostgres.replication.pgoutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.impostgres.replication.command.ReplicationCommand.GenericOption;
import dev.impostgres.replication.command.ReplicationCommand.StartLogicalReplication;
import dev.impostgres.replication.command.ReplicationCommandParser;
import dev.impostgres.translator.error.PgException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors recorded against a real Postgres 15.18 START_REPLICATION (pgoutput's startup callback); max version is 17's. */
class PgOutputOptionsTest {
    private static PgOutputOptions options(String startReplication) {
        return PgOutputOptions.parse(((StartLogicalReplication) ReplicationCommandParser.parse(startReplication)).pluginOptions());
    }

    private static PgException error(String optionList) {
        return catchThrowableOfType(PgException.class, () -> options("START_REPLICATION SLOT s LOGICAL 0/0 " + optionList));
    }

    @Test
    void debeziumOptionsParse() {
        PgOutputOptions o = options("START_REPLICATION SLOT \"dbz_slot\" LOGICAL 0/199DF48 (\"proto_version\" '1', "
                + "\"publication_names\" 'dbz_publication', \"messages\" 'true')");
        assertThat(o).isEqualTo(new PgOutputOptions(1, List.of("dbz_publication"), false, true,
                PgOutputOptions.Streaming.OFF, false, "any"));
    }

    @Test
    void publicationNamesAreAnIdentifierList() {
        assertThat(PgOutputOptions.parse(List.of(new GenericOption("proto_version", "4"),
                new GenericOption("publication_names", "A, \"B c\",d"))).publicationNames()).containsExactly("a", "B c", "d");
        assertThat(error("(proto_version '1', publication_names 'a,,b')").getMessage()).isEqualTo("invalid publication_names syntax");
    }

    @Test
    void missingOrUnsupportedProtoVersion() {
        PgException missing = error("(publication_names 'p')");
        assertThat(missing.sqlState()).isEqualTo("22023");
        assertThat(missing.getMessage()).isEqualTo("option \"proto_version\" missing");
        PgException zero = error("(proto_version '0', publication_names 'p')");
        assertThat(zero.sqlState()).isEqualTo("0A000");
        assertThat(zero.getMessage()).isEqualTo("client sent proto_version=0 but server only supports protocol 1 or higher");
        assertThat(error("(proto_version '9', publication_names 'p')").getMessage())
                .isEqualTo("client sent proto_version=9 but server only supports protocol 4 or lower");
        PgException notNumber = error("(proto_version 'x', publication_names 'p')");
        assertThat(notNumber.sqlState()).isEqualTo("22023");
        assertThat(notNumber.getMessage()).isEqualTo("invalid proto_version");
    }

    @Test
    void optionErrorsMatchPostgres() {
        PgException noPublications = error("(proto_version '1')");
        assertThat(noPublications.sqlState()).isEqualTo("22023");
        assertThat(noPublications.getMessage()).isEqualTo("option \"publication_names\" missing");
        PgException bogus = error("(proto_version '1', publication_names 'p', bogus 'x')");
        assertThat(bogus.sqlState()).isEqualTo("XX000");
        assertThat(bogus.getMessage()).isEqualTo("unrecognized pgoutput option: bogus");
        PgException streaming = error("(proto_version '1', publication_names 'p', streaming 'on')");
        assertThat(streaming.sqlState()).isEqualTo("22023");
        assertThat(streaming.getMessage()).isEqualTo("requested proto_version=1 does not support streaming, need 2 or higher");
        PgException twice = error("(proto_version '1', publication_names 'p', proto_version '1')");
        assertThat(twice.sqlState()).isEqualTo("42601");
        assertThat(twice.getMessage()).isEqualTo("conflicting or redundant options");
        PgException binary = error("(proto_version '1', publication_names 'p', binary 'maybe')");
        assertThat(binary.sqlState()).isEqualTo("42601");
        assertThat(binary.getMessage()).isEqualTo("binary requires a Boolean value");
    }

    @Test
    void streamingAndBinaryFlagsAreRead() {
        PgOutputOptions o = options("START_REPLICATION SLOT s LOGICAL 0/0 (proto_version '4', publication_names 'p', "
                + "binary 'true', streaming 'parallel', origin 'none', messages 'off')");
        assertThat(o.binary()).isTrue();
        assertThat(o.streaming()).isEqualTo(PgOutputOptions.Streaming.PARALLEL);
        assertThat(o.origin()).isEqualTo("none");
        assertThat(o.messages()).isFalse();
    }
}
