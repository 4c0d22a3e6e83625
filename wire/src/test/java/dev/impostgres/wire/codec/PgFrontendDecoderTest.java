package dev.impostgres.wire.codec;

import static dev.impostgres.wire.codec.ClientBytes.body;
import static dev.impostgres.wire.codec.ClientBytes.query;
import static dev.impostgres.wire.codec.ClientBytes.sslRequest;
import static dev.impostgres.wire.codec.ClientBytes.startupMessage;
import static dev.impostgres.wire.codec.ClientBytes.sync;
import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.wire.codec.Feeder.Mode;
import dev.impostgres.wire.codec.FrontendMessage.*;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PgFrontendDecoderTest {

    private Feeder feeder = new Feeder();

    @AfterEach
    void everyBufferIsReleased() {
        feeder.assertAllReleased();
    }

    @Test
    void testsRunWithParanoidLeakDetection() {
        assertThat(ResourceLeakDetector.getLevel()).isEqualTo(ResourceLeakDetector.Level.PARANOID);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void sslRequestKeepsTheStartupPhaseUntilTheStartupMessage(Mode mode) {
        feeder.feed(mode, sslRequest(), startupMessage(3, 0, "user", "postgres", "database", "zapp"), query("SELECT 1"));

        assertThat(feeder.error).isNull();
        assertThat(feeder.decoded).containsExactly(
                new SslRequest(),
                new StartupMessage(3, 0, Map.of("user", "postgres", "database", "zapp")),
                new Query("SELECT 1"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void gssEncRequestThenSslRequestThenStartup(Mode mode) {
        feeder.feed(mode, ClientBytes.gssEncRequest(), sslRequest(), startupMessage(3, 0, "user", "u"));

        assertThat(feeder.decoded).containsExactly(new GssEncRequest(), new SslRequest(),
                new StartupMessage(3, 0, Map.of("user", "u")));
    }

    @Test
    void startupParametersKeepPacketOrderAndProtocolOptionsAreSeparated() {
        feeder.feed(startupMessage(3, 2, "user", "postgres", "_pq_.foo", "1", "application_name", "zero",
                "replication", "database"));

        StartupMessage m = (StartupMessage) feeder.decoded.get(0);
        assertThat(m.minorVersion()).isEqualTo(2);
        assertThat(m.parameters().keySet()).containsExactly("user", "_pq_.foo", "application_name", "replication");
        assertThat(m.protocolOptions()).containsExactly("_pq_.foo");
        assertThat(m.sessionParameters().keySet()).containsExactly("user", "application_name", "replication");
        assertThat(m.needsProtocolNegotiation()).isTrue();
        assertThat(new StartupMessage(3, 0, Map.of("user", "u")).needsProtocolNegotiation()).isFalse();
    }

    @Test
    void startupMessageWithNoParametersAtAll() {
        feeder.feed(startupMessage(3, 0));
        assertThat(feeder.decoded).containsExactly(new StartupMessage(3, 0, Map.of()));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void cancelRequestCarriesPidAndSecret(Mode mode) {
        feeder.feed(mode, body().int32(80877102).int32(4242).int32(-7).untyped());
        assertThat(feeder.decoded).containsExactly(new CancelRequest(4242, -7));
    }

    @Test
    void cancelRequestOfWrongLengthIsASilentViolation() {
        feeder.feed(body().int32(80877102).int32(4242).untyped());
        assertViolation("FATAL", "invalid length of query cancel packet");
        assertThat(((ProtocolViolationException) feeder.error).reportedToClient()).isFalse();
    }

    @Test
    void protocolTwoIsUnsupportedWithPostgresWording() {
        feeder.feed(startupMessage(2, 0, "user", "u"));
        assertThat(feeder.error).isInstanceOf(UnsupportedProtocolVersionException.class);
        assertThat(feeder.error.sqlState()).isEqualTo("0A000");
        assertThat(feeder.error.severity()).isEqualTo("FATAL");
        assertThat(feeder.error.getMessage()).isEqualTo("unsupported frontend protocol 2.0: server supports 3.0 to 3.0");
    }

    @Test
    void secondSslRequestIsAnUnsupportedProtocolLikePostgres() {
        feeder.feed(sslRequest(), sslRequest());
        assertThat(feeder.decoded).containsExactly(new SslRequest());
        assertThat(feeder.error.getMessage())
                .isEqualTo("unsupported frontend protocol 1234.5679: server supports 3.0 to 3.0");
    }

    @Test
    void startupPacketOverTenThousandBytesIsRejectedFromItsLengthAlone() {
        // only the length word (10005) and the version arrive: the rest is never awaited
        feeder.feed(body().int32(10005).int32(3 << 16).raw(new byte[0]).toBytes());
        assertViolation("FATAL", "invalid length of startup packet");
        assertThat(((ProtocolViolationException) feeder.error).reportedToClient()).isFalse();
    }

    @Test
    void startupPacketOfExactlyTheLimitIsAccepted() {
        String value = "x".repeat(10000 - 4 - 5 - 1 - 1); // version | "user\0" | value | NUL | final NUL
        byte[] packet = startupMessage(3, 0, "user", value);
        assertThat(packet.length).isEqualTo(10004);
        feeder.feed(packet);
        assertThat(feeder.error).isNull();
        assertThat(((StartupMessage) feeder.decoded.get(0)).parameters().get("user")).hasSize(value.length());
    }

    @Test
    void startupPacketShorterThanEightBytesIsInvalid() {
        feeder.feed(new byte[] {0, 0, 0, 4});
        assertViolation("FATAL", "invalid length of startup packet");
    }

    @Test
    void startupPacketWithoutFinalTerminatorIsALayoutViolation() {
        feeder.feed(body().int32(3 << 16).cstring("user").raw("p".getBytes(StandardCharsets.UTF_8)).untyped());
        assertViolation("FATAL", "invalid startup packet layout: expected terminator as last byte");
        assertThat(((ProtocolViolationException) feeder.error).reportedToClient()).isTrue();
    }

    @Test
    void startupParameterWithEmptyValueIsAccepted() {
        feeder.feed(body().int32(3 << 16).cstring("user").cstring("").int8(0).untyped());
        assertThat(feeder.decoded).containsExactly(new StartupMessage(3, 0, Map.of("user", "")));
    }

    @Test
    void startupParameterWithoutValueIsALayoutViolation() {
        feeder.feed(body().int32(3 << 16).cstring("user").untyped());
        assertViolation("FATAL", "invalid startup packet layout: expected terminator as last byte");
    }

    private static byte[][] everyTypedMessage() {
        return new byte[][] {
                query("select 'é' -- 🐘"),
                body().cstring("s1").cstring("select $1, $2").int16(2).int32(23).int32(0).typed('P'),
                body().cstring("p1").cstring("s1").int16(1).int16(1).int16(3).int32(4).hex("0000002a").int32(-1)
                        .int32(0).int16(2).int16(0).int16(1).typed('B'),
                body().int8('S').cstring("s1").typed('D'),
                body().cstring("p1").int32(100).typed('E'),
                body().int8('P').cstring("p1").typed('C'),
                body().typed('H'),
                body().hex("01 02 ff").typed('d'),
                body().typed('c'),
                body().cstring("client gave up").typed('f'),
                body().hex("00000001 0000").typed('F'),
                body().hex("6d643500").typed('p'),
                sync(),
                body().typed('X'),
        };
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyTypedMessageDecodesToItsRecord(Mode mode) {
        byte[][] messages = everyTypedMessage();
        byte[][] packets = new byte[messages.length + 1][];
        packets[0] = startupMessage(3, 0, "user", "u");
        System.arraycopy(messages, 0, packets, 1, messages.length);

        feeder.feed(mode, packets);

        assertThat(feeder.error).isNull();
        assertThat(feeder.decoded).hasSize(packets.length);
        assertThat(feeder.decoded.subList(1, packets.length)).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(
                        new Query("select 'é' -- 🐘"),
                        new Parse("s1", "select $1, $2", List.of(23, 0)),
                        new Bind("p1", "s1", List.of((short) 1), Arrays.asList(new byte[] {0, 0, 0, 42}, null,
                                new byte[0]), List.of((short) 0, (short) 1)),
                        new Describe('S', "s1"),
                        new Execute("p1", 100),
                        new Close('P', "p1"),
                        new Flush(),
                        new CopyData(new byte[] {1, 2, (byte) 0xff}),
                        new CopyDone(),
                        new CopyFail("client gave up"),
                        new FunctionCall(),
                        new PasswordMessage(new byte[] {'m', 'd', '5', 0}),
                        new Sync(),
                        new Terminate());
    }

    @Test
    void unknownTypeIsReportedBeforeItsLengthArrivesAndTheRestIsDiscarded() {
        feeder.feed(startupMessage(3, 0, "user", "u"), new byte[] {'x'});
        assertThat(feeder.decoded).last().isEqualTo(new Unknown('x'));
        feeder.feed(query("SELECT 1"));
        assertThat(feeder.decoded).last().isEqualTo(new Unknown('x'));
        assertThat(ProtocolViolationException.invalidFrontendMessageType('x').getMessage())
                .isEqualTo("invalid frontend message type 120");
    }

    @Test
    void typedLengthBelowFourIsAFatalSilentViolation() {
        feeder.feed(startupMessage(3, 0, "user", "u"), new byte[] {'Q', 0, 0, 0, 3});
        assertViolation("FATAL", "invalid message length");
        assertThat(((ProtocolViolationException) feeder.error).reportedToClient()).isFalse();
    }

    @Test
    void typedLengthOverTheConfiguredMaximumIsRejectedBeforeTheBodyArrives() {
        feeder = new Feeder(64);
        feeder.feed(startupMessage(3, 0, "user", "u"), query("x".repeat(59)), new byte[] {'Q', 0, 0, 0, 65});
        assertThat(feeder.decoded).last().isEqualTo(new Query("x".repeat(59))); // exactly 64 bytes: accepted
        assertViolation("FATAL", "invalid message length");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fatalViolationStopsAllFurtherDecoding(Mode mode) {
        feeder.feed(mode, startupMessage(3, 0, "user", "u"), new byte[] {'Q', -1, -1, -1, -1}, query("SELECT 1"));
        assertViolation("FATAL", "invalid message length");
        feeder.feed(mode, query("SELECT 2"));
        assertThat(feeder.decoded).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void queryWithoutNulIsAnErrorAndTheConnectionGoesOn(Mode mode) {
        feeder.feed(mode, startupMessage(3, 0, "user", "u"), body().raw("abcd".getBytes()).typed('Q'), sync());
        assertViolation("ERROR", "invalid string in message");
        feeder.feed(mode, query("SELECT 1"));
        assertThat(feeder.decoded).endsWith(new Query("SELECT 1"));
        if (mode == Mode.COALESCED) assertThat(feeder.decoded).contains(new Sync()); // decoded after the error
    }

    @Test
    void trailingBytesAfterTheLastFieldAreInvalidMessageFormat() {
        feeder.feed(startupMessage(3, 0, "user", "u"), body().hex("7879").typed('S'));
        assertViolation("ERROR", "invalid message format");
    }

    @Test
    void queryWithBytesAfterItsNulIsInvalidMessageFormat() {
        feeder.feed(startupMessage(3, 0, "user", "u"), body().cstring("SELECT 1").int8('z').typed('Q'));
        assertViolation("ERROR", "invalid message format");
    }

    @Test
    void negativeParameterTypeCountIsInsufficientData() {
        feeder.feed(startupMessage(3, 0, "user", "u"), body().cstring("").cstring("select 1").int16(-1).typed('P'));
        assertViolation("ERROR", "insufficient data left in message");
    }

    @Test
    void parameterTypeCountPastTheEndIsInsufficientData() {
        feeder.feed(startupMessage(3, 0, "user", "u"),
                body().cstring("").cstring("select 1").int16(3).int32(23).typed('P'));
        assertViolation("ERROR", "insufficient data left in message");
    }

    @Test
    void bindParameterLengthBelowMinusOneIsInsufficientData() {
        feeder.feed(startupMessage(3, 0, "user", "u"),
                body().cstring("").cstring("").int16(0).int16(1).int32(-5).int16(0).typed('B'));
        assertViolation("ERROR", "insufficient data left in message");
    }

    @Test
    void bindParameterLengthPastTheEndIsInsufficientData() {
        feeder.feed(startupMessage(3, 0, "user", "u"),
                body().cstring("").cstring("").int16(0).int16(1).int32(100).hex("0102").int16(0).typed('B'));
        assertViolation("ERROR", "insufficient data left in message");
    }

    @Test
    void executeMissingMaxRowsIsInsufficientData() {
        feeder.feed(startupMessage(3, 0, "user", "u"), body().cstring("").int16(0).typed('E'));
        assertViolation("ERROR", "insufficient data left in message");
    }

    @Test
    void invalidUtf8IsError22021NamingTheBytesLikePostgres() {
        feeder.feed(startupMessage(3, 0, "user", "u"), body().hex("c3 28 61 00").typed('Q'));
        feeder.feed(query("SELECT 1"));
        assertThat(feeder.error.sqlState()).isEqualTo("22021");
        assertThat(feeder.error.severity()).isEqualTo("ERROR");
        assertThat(feeder.error.getMessage()).isEqualTo("invalid byte sequence for encoding \"UTF8\": 0xc3 0x28");
        assertThat(feeder.decoded).last().isEqualTo(new Query("SELECT 1"));
    }

    @Test
    void invalidUtf8InTheMiddleOfAStringNamesTheRightBytes() {
        feeder.feed(startupMessage(3, 0, "user", "u"), body().hex("61 62 e2 82 00").typed('Q'));
        assertThat(feeder.error.getMessage()).isEqualTo("invalid byte sequence for encoding \"UTF8\": 0xe2 0x82");
    }

    private void assertViolation(String severity, String message) {
        assertThat(feeder.error).as("expected a protocol violation").isInstanceOf(ProtocolViolationException.class);
        assertThat(feeder.error.sqlState()).isEqualTo("08P01");
        assertThat(feeder.error.severity()).isEqualTo(severity);
        assertThat(feeder.error.getMessage()).isEqualTo(message);
        assertThat(((ProtocolViolationException) feeder.error).isFatal()).isEqualTo(severity.equals("FATAL"));
    }
}
