package dev.impostgres.wire.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.server.ServerConfig.AuthMethod;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.shaded.com.ongres.scram.client.ScramClient;
import org.postgresql.shaded.com.ongres.scram.common.exception.ScramInvalidServerSignatureException;

class ScramSha256AuthenticatorTest {

    // RFC 7677 §3: user "user", password "pencil", fixed nonces and salt
    private static final String RFC_CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";
    private static final String RFC_SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
    private static final String RFC_SALT = "W22ZaJ0SNY7soEsUEjb6gQ==";
    private static final String RFC_SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private static final String RFC_CLIENT_FINAL = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
            + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private static final String RFC_SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    private static final ScramSecret RFC_SECRET =
            ScramSecret.derive("pencil", Base64.getDecoder().decode(RFC_SALT), 4096);

    private static ScramSha256Authenticator rfcServer() {
        return new ScramSha256Authenticator("user", RFC_SECRET, () -> RFC_SERVER_NONCE);
    }

    @Test
    void reproducesTheRfc7677ExchangeByteForByte() {
        ScramSha256Authenticator server = rfcServer();
        assertThat(server.start("user")).isEqualTo(
                new AuthStep.Send(new BackendMessage.AuthenticationSasl(List.of("SCRAM-SHA-256"))));

        AuthStep first = server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", RFC_CLIENT_FIRST));
        assertThat(text(((BackendMessage.AuthenticationSaslContinue) ((AuthStep.Send) first).message()).data()))
                .isEqualTo(RFC_SERVER_FIRST);

        AuthStep done = server.next(RFC_CLIENT_FINAL.getBytes(StandardCharsets.US_ASCII));
        assertThat(done).isInstanceOf(AuthStep.Success.class);
        List<BackendMessage> toSend = ((AuthStep.Success) done).messagesToSend();
        assertThat(text(((BackendMessage.AuthenticationSaslFinal) toSend.get(0)).data())).isEqualTo(RFC_SERVER_FINAL);
        assertThat(toSend.get(1)).isEqualTo(new BackendMessage.AuthenticationOk());
    }

    @Test
    void testClientComputesTheRfcProofFromThePassword() {
        ScramTestClient client = new ScramTestClient("pencil", "rOprNGfwEbeRWgbNEkqO");
        assertThat(client.clientFirst("user")).isEqualTo(RFC_CLIENT_FIRST);
        assertThat(client.clientFinal(RFC_SERVER_FIRST)).isEqualTo(RFC_CLIENT_FINAL);
        assertThat(client.expectedServerFinal()).isEqualTo(RFC_SERVER_FINAL);
    }

    @Test
    void fullExchangeWithRandomSaltAndNoncesAndAnEmptyScramUserNameLikeLibpq() {
        Authenticator server = new AuthenticatorFactory(AuthMethod.SCRAM_SHA_256, "postgres", "s3cr3t")
                .newAuthenticator();
        ScramTestClient client = new ScramTestClient("s3cr3t", "fyko+d2lbbFgONRv9qkxdawL");
        server.start("postgres");
        String serverFirst = continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256",
                client.clientFirst(""))));
        assertThat(serverFirst).matches("r=fyko\\+d2lbbFgONRv9qkxdawL[A-Za-z0-9+/=]{24},s=[A-Za-z0-9+/=]{24},i=4096");

        AuthStep done = server.next(client.clientFinal(serverFirst).getBytes(StandardCharsets.US_ASCII));
        assertThat(text(((BackendMessage.AuthenticationSaslFinal) ((AuthStep.Success) done).toSendBeforeOk().get(0))
                .data())).isEqualTo(client.expectedServerFinal());
    }

    @Test
    void pgjdbcsBundledScramClientAuthenticatesAndAcceptsOurServerSignature() throws Exception {
        Authenticator server = new AuthenticatorFactory(AuthMethod.SCRAM_SHA_256, "postgres", "päss wörd")
                .newAuthenticator();
        ScramClient client = ScramClient.builder().advertisedMechanisms(List.of("SCRAM-SHA-256"))
                .username("*").password("päss wörd".toCharArray()).build();
        server.start("postgres");
        String serverFirst = continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256",
                client.clientFirstMessage().toString())));
        client.serverFirstMessage(serverFirst);
        AuthStep done = server.next(client.clientFinalMessage().toString().getBytes(StandardCharsets.UTF_8));

        assertThat(done).isInstanceOf(AuthStep.Success.class);
        byte[] serverFinal = ((BackendMessage.AuthenticationSaslFinal) ((AuthStep.Success) done).toSendBeforeOk()
                .get(0)).data();
        client.serverFinalMessage(text(serverFinal)); // throws if our signature is wrong
    }

    @Test
    void pgjdbcsClientRejectsASignatureFromAServerWithAnotherPassword() throws Exception {
        // guards the test above: the client really does check the v= signature
        ScramClient client = ScramClient.builder().advertisedMechanisms(List.of("SCRAM-SHA-256"))
                .username("*").password("right".toCharArray()).build();
        ScramSha256Authenticator server = new ScramSha256Authenticator("postgres",
                ScramSecret.derive("right", new byte[16], 4096), () -> "servernonce");
        server.start("postgres");
        String serverFirst = continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256",
                client.clientFirstMessage().toString())));
        client.serverFirstMessage(serverFirst);
        server.next(client.clientFinalMessage().toString().getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> client.serverFinalMessage("v=" + Base64.getEncoder().encodeToString(new byte[32])))
                .isInstanceOf(ScramInvalidServerSignatureException.class);
    }

    @Test
    void wrongPasswordFailsWith28P01() throws Exception {
        Authenticator server = new AuthenticatorFactory(AuthMethod.SCRAM_SHA_256, "postgres", "right")
                .newAuthenticator();
        ScramClient client = ScramClient.builder().advertisedMechanisms(List.of("SCRAM-SHA-256"))
                .username("*").password("wrong".toCharArray()).build();
        server.start("postgres");
        client.serverFirstMessage(continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256",
                client.clientFirstMessage().toString()))));
        AuthStep done = server.next(client.clientFinalMessage().toString().getBytes(StandardCharsets.UTF_8));
        assertFailure(done, "28P01", "password authentication failed for user \"postgres\"");
    }

    @Test
    void otherStartupUserFailsAtTheEndEvenWithTheRightPassword() {
        ScramSha256Authenticator server = new ScramSha256Authenticator("user", RFC_SECRET, () -> RFC_SERVER_NONCE);
        server.start("mallory");
        server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", RFC_CLIENT_FIRST)); // looks normal
        assertFailure(server.next(RFC_CLIENT_FINAL.getBytes(StandardCharsets.US_ASCII)),
                "28P01", "password authentication failed for user \"mallory\"");
    }

    @Test
    void userNameInsideClientFirstIsIgnored() {
        ScramSha256Authenticator server = rfcServer();
        server.start("user");
        ScramTestClient client = new ScramTestClient("pencil", "abc");
        String serverFirst = continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256",
                client.clientFirst("somebody-else"))));
        assertThat(server.next(client.clientFinal(serverFirst).getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(AuthStep.Success.class);
    }

    @Test
    void initialResponseMayBeAbsentThenClientFirstComesInASaslResponse() {
        ScramSha256Authenticator server = rfcServer();
        server.start("user");
        assertThat(continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", null)))).isEmpty();
        assertThat(continueData(server.next(RFC_CLIENT_FIRST.getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(RFC_SERVER_FIRST);
        assertThat(server.next(RFC_CLIENT_FINAL.getBytes(StandardCharsets.US_ASCII))).isInstanceOf(AuthStep.Success.class);
    }

    @Test
    void channelBindingRequestIsMalformedWithoutTls() {
        assertFailure(afterFirst("p=tls-server-end-point,,n=,r=abc"), "08P01", "malformed SCRAM message",
                "The client selected SCRAM-SHA-256 without channel binding, but the SCRAM message includes channel "
                        + "binding data.");
    }

    @Test
    void unknownMechanismIsAProtocolViolation() {
        ScramSha256Authenticator server = rfcServer();
        server.start("user");
        assertFailure(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256-PLUS", RFC_CLIENT_FIRST)),
                "08P01", "client selected an invalid SASL authentication mechanism");
    }

    @Test
    void malformedClientFirstMessagesUsePostgresDetails() {
        assertFailure(afterFirst("x,,n=,r=abc"), "08P01", "malformed SCRAM message",
                "Unexpected channel-binding flag \"'x'\".");
        assertFailure(afterFirst("n;,n=,r=abc"), "08P01", "malformed SCRAM message",
                "Comma expected, but found character \"';'\".");
        assertFailure(afterFirst("n,,r=abc"), "08P01", "malformed SCRAM message",
                "Expected attribute \"n\" but found \"'r'\".");
        assertFailure(afterFirst("n,,n=,r=a b"), "08P01", "non-printable characters in SCRAM nonce");
        assertFailure(afterFirst("n,a=admin,n=,r=abc"), "0A000",
                "client uses authorization identity, but it is not supported");
        assertFailure(afterFirst(""), "08P01", "malformed SCRAM message", "The message is empty.");
    }

    @Test
    void malformedClientFinalMessagesAreRejected() {
        String nonce = "rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        assertFailure(afterFinal("c=eSws,r=" + nonce + ",p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="), "08P01",
                "unexpected SCRAM channel-binding attribute in client-final-message");
        assertFailure(afterFinal("c=biws,r=" + nonce + "X,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="), "08P01",
                "invalid SCRAM response", "Nonce does not match.");
        assertFailure(afterFinal("c=biws,r=" + nonce + ",p=AAAA"), "08P01", "malformed SCRAM message",
                "Malformed proof in client-final-message.");
        assertFailure(afterFinal(RFC_CLIENT_FINAL + ",x=1"), "08P01", "malformed SCRAM message",
                "Garbage found at the end of client-final-message.");
        assertFailure(afterFinal("c=biws,r=" + nonce), "08P01", "malformed SCRAM message",
                "Attribute expected, but found end of string.");
    }

    @Test
    void extensionsBeforeTheProofAreIgnored() {
        String withExtension = RFC_CLIENT_FINAL.replace(",p=", ",x=ext,p=");
        // the extension is part of the signed AuthMessage, so the RFC proof no longer matches: a 28P01, not a parse error
        assertFailure(afterFinal(withExtension), "28P01", "password authentication failed for user \"user\"");
    }

    @Test
    void nothingIsAcceptedAfterTheExchangeEnded() {
        ScramSha256Authenticator server = rfcServer();
        server.start("user");
        server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", RFC_CLIENT_FIRST));
        server.next(RFC_CLIENT_FINAL.getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> server.next(new byte[] {1})).isInstanceOf(IllegalStateException.class);
    }

    private static AuthStep afterFirst(String clientFirst) {
        ScramSha256Authenticator server = rfcServer();
        server.start("user");
        return server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", clientFirst));
    }

    private static AuthStep afterFinal(String clientFinal) {
        ScramSha256Authenticator server = rfcServer();
        server.start("user");
        server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", RFC_CLIENT_FIRST));
        return server.next(clientFinal.getBytes(StandardCharsets.US_ASCII));
    }

    static void assertFailure(AuthStep step, String sqlState, String message) {
        assertFailure(step, sqlState, message, null);
    }

    static void assertFailure(AuthStep step, String sqlState, String message, String detail) {
        assertThat(step).isInstanceOf(AuthStep.Failure.class);
        AuthStep.Failure f = (AuthStep.Failure) step;
        assertThat(f.error().severity()).isEqualTo("FATAL");
        assertThat(f.error().sqlState()).isEqualTo(sqlState);
        assertThat(f.error().getMessage()).isEqualTo(message);
        assertThat(f.error().detail()).isEqualTo(detail);
    }

    private static String continueData(AuthStep step) {
        assertThat(step).isInstanceOf(AuthStep.Send.class);
        return text(((BackendMessage.AuthenticationSaslContinue) ((AuthStep.Send) step).message()).data());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void factoryDerivesAFreshSaltPerServer() {
        SecureRandom random = new SecureRandom();
        String a = saltOf(new AuthenticatorFactory(AuthMethod.SCRAM_SHA_256, "u", "p", random));
        String b = saltOf(new AuthenticatorFactory(AuthMethod.SCRAM_SHA_256, "u", "p", random));
        assertThat(a).isNotEqualTo(b);
    }

    private static String saltOf(AuthenticatorFactory factory) {
        Authenticator server = factory.newAuthenticator();
        server.start("u");
        String first = continueData(server.next(ScramTestClient.initialResponse("SCRAM-SHA-256", "n,,n=,r=abc")));
        return first.split(",")[1];
    }
}
