package dev.impostgres.conformance.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.conformance.client.PgEndpoint;
import dev.impostgres.conformance.script.CaseParser;
import dev.impostgres.conformance.script.ConformanceCase;
import dev.impostgres.conformance.targets.Target;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A misbehaving server must cost a recorded difference, never a hung or crashed suite. */
class CaseRunnerRobustnessTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final ConformanceCase CASE = CaseParser.parse("smoke", "hang",
            "SELECT 1; SELECT pg_sleep(1000); SELECT 2;");

    private ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aStatementWithoutAnswerIsRecordedAsATimeoutAndEndsTheCase() throws Exception {
        startFakeServer(true);
        Transcript t = runner().run(CASE);
        assertThat(t.entries()).hasSize(2);
        assertThat(t.entries().get(0).result().parts()).hasSize(1);
        assertThat(t.entries().get(1).result()).isNull();
        assertThat(t.entries().get(1).failure()).contains("deadline");
        assertThat(t.failure()).startsWith("statement failed");
    }

    @Test
    void aServerThatNeverCompletesStartupIsRecordedPerCase() throws Exception {
        startFakeServer(false);
        Transcript t = runner().run(CASE);
        assertThat(t.entries()).isEmpty();
        assertThat(t.failure()).startsWith("admin connection").contains("deadline");
    }

    @Test
    void aServerThatStopsAnsweringIsGivenUpOnAfterThreeCasesInARow() throws Exception {
        startFakeServer(false);
        CaseRunner runner = runner();
        for (int i = 0; i < CaseRunner.GIVE_UP_AFTER; i++) {
            assertThat(runner.run(CASE).failure()).startsWith("admin connection");
        }
        int connectionsBefore = accepted.get();
        Transcript t = runner.run(CASE);
        assertThat(t.failure()).contains("stopped answering", "smoke/hang");
        assertThat(accepted.get()).as("no further connection attempt").isEqualTo(connectionsBefore);
    }

    @Test
    void aServerThatIsNotListeningIsRecordedPerCase() throws Exception {
        server = new ServerSocket(0);
        int port = server.getLocalPort();
        server.close();
        Transcript t = new CaseRunner(target(port), TIMEOUT, Duration.ofSeconds(5)).run(CASE);
        assertThat(t.failure()).startsWith("admin connection");
    }

    @Test
    void anUnavailableTargetIsRecordedWithItsReason() {
        Target unavailable = new FakeTarget(0) {
            @Override
            public Optional<String> unavailable() {
                return Optional.of("Impostgres server class not found");
            }
        };
        assertThat(new CaseRunner(unavailable, TIMEOUT, Duration.ofSeconds(5)).run(CASE).failure())
                .isEqualTo("Impostgres server class not found");
    }

    private CaseRunner runner() {
        return new CaseRunner(target(server.getLocalPort()), TIMEOUT, Duration.ofSeconds(5));
    }

    private static Target target(int port) {
        return new FakeTarget(port);
    }

    /**
     * Answers the startup with AuthenticationOk + ReadyForQuery (when {@code completeStartup}), then every Query with
     * CommandComplete + ReadyForQuery, except a Query mentioning pg_sleep, which it never answers.
     */
    private void startFakeServer(boolean completeStartup) throws IOException {
        server = new ServerSocket(0);
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    accepted.incrementAndGet();
                    Thread session = new Thread(() -> serve(s, completeStartup));
                    session.setDaemon(true);
                    session.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static void serve(Socket s, boolean completeStartup) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            in.readFully(new byte[in.readInt() - 4]);
            if (!completeStartup) {
                in.read(); // wait for the client to give up
                return;
            }
            out.write(new byte[] {'R', 0, 0, 0, 8, 0, 0, 0, 0, 'Z', 0, 0, 0, 5, 'I'});
            out.flush();
            while (true) {
                char type = (char) in.readUnsignedByte();
                byte[] body = new byte[in.readInt() - 4];
                in.readFully(body);
                if (type == 'X') {
                    return;
                }
                if (new String(body, StandardCharsets.UTF_8).contains("pg_sleep")) {
                    in.read();
                    return;
                }
                byte[] tag = "SELECT 1\0".getBytes(StandardCharsets.UTF_8);
                out.writeByte('C');
                out.writeInt(tag.length + 4);
                out.write(tag);
                out.write(new byte[] {'Z', 0, 0, 0, 5, 'I'});
                out.flush();
            }
        } catch (IOException gone) {
            // The client closed the connection: that is how every test ends.
        }
    }

    private static class FakeTarget implements Target {
        private final int port;

        FakeTarget(int port) {
            this.port = port;
        }

        @Override
        public String name() {
            return "impostgres";
        }

        @Override
        public String description() {
            return "fake";
        }

        @Override
        public PgEndpoint endpoint() {
            return new PgEndpoint("127.0.0.1", port, "postgres", null, "postgres");
        }

        @Override
        public void close() {
        }
    }
}
