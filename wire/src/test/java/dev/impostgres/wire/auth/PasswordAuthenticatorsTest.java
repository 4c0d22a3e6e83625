package dev.impostgres.wire.auth;

import static dev.impostgres.wire.auth.ScramSha256AuthenticatorTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.wire.codec.BackendMessage;
import dev.impostgres.wire.server.ServerConfig.AuthMethod;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.util.MD5Digest;

class PasswordAuthenticatorsTest {

    private static byte[] passwordMessage(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    @Test
    void trustSendsAuthenticationOkAtOnce() {
        AuthStep step = new AuthenticatorFactory(AuthMethod.TRUST, null, null).newAuthenticator().start("anyone");
        assertThat(((AuthStep.Success) step).messagesToSend()).containsExactly(new BackendMessage.AuthenticationOk());
    }

    @Test
    void cleartextAcceptsTheConfiguredPassword() {
        Authenticator a = new AuthenticatorFactory(AuthMethod.PASSWORD, "postgres", "pw").newAuthenticator();
        assertThat(a.start("postgres")).isEqualTo(
                new AuthStep.Send(new BackendMessage.AuthenticationCleartextPassword()));
        assertThat(a.next(passwordMessage("pw"))).isEqualTo(new AuthStep.Success(List.of()));
    }

    @Test
    void cleartextRejectsAWrongPasswordOrAnotherUserWithTheSameMessage() {
        Authenticator a = new AuthenticatorFactory(AuthMethod.PASSWORD, "postgres", "pw").newAuthenticator();
        a.start("postgres");
        assertFailure(a.next(passwordMessage("pW")), "28P01", "password authentication failed for user \"postgres\"");
        Authenticator b = new AuthenticatorFactory(AuthMethod.PASSWORD, "postgres", "pw").newAuthenticator();
        b.start("bob");
        assertFailure(b.next(passwordMessage("pw")), "28P01", "password authentication failed for user \"bob\"");
    }

    @Test
    void cleartextRejectsAnEmptyPasswordAndABadPacket() {
        Authenticator a = new AuthenticatorFactory(AuthMethod.PASSWORD, "postgres", "pw").newAuthenticator();
        a.start("postgres");
        assertFailure(a.next(passwordMessage("")), "28P01", "empty password returned by client");
        Authenticator b = new AuthenticatorFactory(AuthMethod.PASSWORD, "postgres", "pw").newAuthenticator();
        b.start("postgres");
        assertFailure(b.next("pw".getBytes(StandardCharsets.US_ASCII)), "08P01", "invalid password packet size");
        Authenticator c = new AuthenticatorFactory(AuthMethod.PASSWORD, "postgres", "pw").newAuthenticator();
        c.start("postgres");
        assertFailure(c.next(new byte[] {'p', 0, 'w', 0}), "08P01", "invalid password packet size");
    }

    @Test
    void md5AnswerMatchesTheValueComputedByRealPostgres() {
        // SELECT 'md5' || md5(convert_to(md5('pencil' || 'user'), 'UTF8') || '\x01020304'::bytea) on Postgres 15
        assertThat(Md5Authenticator.expectedAnswer("user", "pencil", new byte[] {1, 2, 3, 4}))
                .isEqualTo("md54376eb6913b38f9aaff38dc7cf19ca76");
    }

    @Test
    void md5AcceptsPgjdbcsAnswerToTheSaltItWasSent() {
        byte[] salt = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef};
        Md5Authenticator a = new Md5Authenticator("postgres", "s3cret", () -> salt.clone());
        assertThat(a.start("postgres")).usingRecursiveComparison()
                .isEqualTo(new AuthStep.Send(new BackendMessage.AuthenticationMd5Password(salt)));
        byte[] answer = MD5Digest.encode("postgres".getBytes(StandardCharsets.UTF_8),
                "s3cret".getBytes(StandardCharsets.UTF_8), salt);
        assertThat(a.next(passwordMessage(new String(answer, StandardCharsets.US_ASCII))))
                .isEqualTo(new AuthStep.Success(List.of()));
    }

    @Test
    void md5RejectsAWrongPasswordAndAnAnswerForAnotherSalt() {
        byte[] salt = {1, 2, 3, 4};
        Md5Authenticator a = new Md5Authenticator("user", "pencil", () -> salt.clone());
        a.start("user");
        assertFailure(a.next(passwordMessage(Md5Authenticator.expectedAnswer("user", "pencil!", salt))), "28P01",
                "password authentication failed for user \"user\"");
        Md5Authenticator b = new Md5Authenticator("user", "pencil", () -> new byte[] {4, 3, 2, 1});
        b.start("user");
        assertFailure(b.next(passwordMessage("md54376eb6913b38f9aaff38dc7cf19ca76")), "28P01",
                "password authentication failed for user \"user\"");
    }

    @Test
    void factorySaltsEveryMd5ExchangeAfresh() {
        AuthenticatorFactory f = new AuthenticatorFactory(AuthMethod.MD5, "u", "p");
        BackendMessage.AuthenticationMd5Password first = md5Request(f.newAuthenticator().start("u"));
        BackendMessage.AuthenticationMd5Password second = md5Request(f.newAuthenticator().start("u"));
        assertThat(first.salt()).hasSize(4).isNotEqualTo(second.salt());
    }

    private static BackendMessage.AuthenticationMd5Password md5Request(AuthStep step) {
        return (BackendMessage.AuthenticationMd5Password) ((AuthStep.Send) step).message();
    }

    @Test
    void passwordMethodsNeedAPassword() {
        assertThatThrownBy(() -> new AuthenticatorFactory(AuthMethod.SCRAM_SHA_256, "u", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthenticatorFactory(AuthMethod.MD5, "u", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
