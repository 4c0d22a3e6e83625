package dev.impostgres.wire.clients;

import static dev.impostgres.wire.clients.PgjdbcCrudAndTransactionsTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.impostgres.wire.clients.ImpostgresExtension.RunningTarget;
import dev.impostgres.wire.server.ServerConfig.AuthMethod;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.util.PSQLException;

/** Trust, cleartext password, md5 and SCRAM-SHA-256 with pgjdbc, each on its own server. */
class PgjdbcAuthTest {

    /** The AuthenticationRequest code the server must answer a StartupMessage with, per method. */
    private static final Map<AuthMethod, Integer> REQUEST_CODES = Map.of(AuthMethod.TRUST, 0,
            AuthMethod.PASSWORD, 3, AuthMethod.MD5, 5, AuthMethod.SCRAM_SHA_256, 10);

    @ParameterizedTest
    @EnumSource(AuthMethod.class)
    void serverAsksForTheConfiguredMethod(AuthMethod method) throws Exception {
        try (RunningTarget server = ImpostgresExtension.startWithAuth(method)) {
            assertThat(firstAuthenticationRequest(server.target())).isEqualTo(REQUEST_CODES.get(method));
        }
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = {"PASSWORD", "MD5", "SCRAM_SHA_256"})
    void rightPasswordConnectsAndWrongPasswordFailsWith28P01(AuthMethod method) throws Exception {
        try (RunningTarget server = ImpostgresExtension.startWithAuth(method)) {
            PgTarget target = server.target();
            try (Connection connection = target.connect()) {
                assertThat(rows(connection.createStatement().executeQuery("SELECT 1"))).containsExactly("1");
            }
            PSQLException wrong = catchThrowableOfType(PSQLException.class,
                    () -> target.connectAs(target.user(), "not the secret").close());
            assertThat((Object) wrong).isNotNull();
            assertThat(wrong.getSQLState()).as(wrong.getMessage()).isEqualTo("28P01");
            assertThat(wrong.getMessage()).contains("password authentication failed for user \"" + target.user() + "\"");

            PSQLException missing = catchThrowableOfType(PSQLException.class,
                    () -> target.connectAs(target.user(), null).close());
            assertThat((Object) missing).isNotNull();
            assertThat(missing.getMessage()).as("pgjdbc was asked for a password it did not have")
                    .contains("no password was provided");

            // A failed login leaves the server accepting the next one.
            try (Connection connection = target.connect()) {
                assertThat(rows(connection.createStatement().executeQuery("SELECT 2"))).containsExactly("2");
            }
        }
    }

    @Test
    void trustAcceptsAnyPassword() throws Exception {
        try (RunningTarget server = ImpostgresExtension.startWithAuth(AuthMethod.TRUST)) {
            PgTarget target = server.target();
            for (String password : new String[] {null, "anything"}) {
                try (Connection connection = target.connectAs(target.user(), password)) {
                    assertThat(rows(connection.createStatement().executeQuery("SELECT 1"))).containsExactly("1");
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getSQLState() + " " + e.getMessage(), e);
        }
    }

    /** 'StartupMessage: int32 len | int32 196608 | (str name | str value)* | 0', then read 'R' | int32 len | int32 code. */
    private static int firstAuthenticationRequest(PgTarget target) throws IOException {
        try (Socket socket = new Socket(target.host(), target.port())) {
            socket.setSoTimeout(10_000);
            byte[] parameters = ("user\0" + target.user() + "\0database\0" + target.database() + "\0\0")
                    .getBytes(StandardCharsets.UTF_8);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8 + parameters.length);
            out.writeInt(196608);
            out.write(parameters);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte type = in.readByte();
            assertThat((char) type).as("an Authentication message").isEqualTo('R');
            in.readInt();
            return in.readInt();
        }
    }
}
