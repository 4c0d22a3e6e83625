package dev.impostgres.wire.replication;

import static org.assertj.core.api.Assertions.assertThat;

import dev.impostgres.replication.pgoutput.PgOutputMessage;
import dev.impostgres.replication.pgoutput.PgOutputReader;
import dev.impostgres.wire.server.ImpostgresServer;
import dev.impostgres.wire.server.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postgres's own logical-replication client, pg_recvlogical (Debian's client package), against Impostgres. */
class PgRecvlogicalTest {
    @TempDir
    Path dir;

    @Test
    void pgRecvlogicalCreatesASlotAndReceivesEachTransactionWhole() throws Exception {
        try (ImpostgresServer server = ImpostgresServer.start(ServerConfig.defaults().withPort(0)
                .withDataDir(dir.resolve("data")))) {
            String conninfo = "host=127.0.0.1 port=" + server.port() + " dbname=recv user=postgres";
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("recv") + "?user=postgres");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE r (id int PRIMARY KEY, v text)");
                s.execute("CREATE PUBLICATION p FOR ALL TABLES");
                assertThat(run("--slot", "s1", "--create-slot", "-P", "pgoutput", "-d", conninfo).waitFor(30,
                        TimeUnit.SECONDS)).isTrue();
                Path out = dir.resolve("stream.bin");
                Process stream = run("--slot", "s1", "--start", "-o", "proto_version=1", "-o", "publication_names=p",
                        "-f", out.toString(), "-F", "1", "-d", conninfo);
                s.execute("INSERT INTO r VALUES (1, 'a'), (2, 'b')");
                s.execute("UPDATE r SET v = 'c' WHERE id = 1");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                List<Character> kinds = List.of();
                while (System.nanoTime() < deadline) {
                    kinds = Files.exists(out) ? messageKinds(Files.readAllBytes(out)) : List.of();
                    if (kinds.size() >= 8) break;
                    Thread.sleep(100);
                }
                stream.destroy();
                assertThat(stream.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(kinds).containsExactly('B', 'R', 'I', 'I', 'C', 'B', 'U', 'C');
            }
        }
    }

    private static Process run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add("pg_recvlogical");
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        return pb.start();
    }

    /**
     * pg_recvlogical writes each message followed by a newline; a payload may itself hold newlines, so each message
     * is the shortest prefix ending before a newline that parses as exactly one pgoutput message.
     */
    private static List<Character> messageKinds(byte[] bytes) {
        List<Character> kinds = new ArrayList<>();
        PgOutputReader reader = new PgOutputReader();
        int start = 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] != '\n') continue;
            try {
                PgOutputMessage m = reader.read(Arrays.copyOfRange(bytes, start, i));
                kinds.add((char) bytes[start]);
                start = i + 1;
                assertThat(m).isNotNull();
            } catch (RuntimeException notYetAWholeMessage) {
                // the newline was inside the payload: keep looking
            }
        }
        return kinds;
    }
}
