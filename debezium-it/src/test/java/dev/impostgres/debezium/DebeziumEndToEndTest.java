package dev.impostgres.debezium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.debezium.engine.ChangeEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debezium embedded (postgres connector, pgoutput) against real Postgres 17 and against Impostgres, the same schema
 * and statements on both: every common column type, INSERT, UPDATE (also of the primary key), DELETE, TRUNCATE, a
 * multi-statement and a rolled-back transaction. The change events must be the same; then the engine stops, more
 * rows are written, and a restart from the stored offsets delivers exactly those rows, none lost, none twice.
 */
class DebeziumEndToEndTest {

    static final String SCHEMA = """
            CREATE TABLE items (id int PRIMARY KEY, b bool, i2 int2, i8 int8, f4 float4, f8 float8, n numeric(12,2),
              nn numeric, tx text, vc varchar(20), bp char(5), by bytea, d date, tm time, ts timestamp,
              tz timestamptz, iv interval, u uuid, js json, jb jsonb, ai int4[], at text[]);
            CREATE TABLE full_items (id int PRIMARY KEY, note text, qty int);
            ALTER TABLE full_items REPLICA IDENTITY FULL;
            CREATE TABLE marker (id int PRIMARY KEY)""";

    static final List<String> STREAMED = List.of(
            "INSERT INTO items VALUES (1, true, 32767, 9007199254740993, 1.5, 3.141592653589793, 12345.67,"
                    + " -0.000123, 'plain, \"quoted\"', 'var', 'ab', '\\x00ff10', '2024-02-29', '13:45:07.123456',"
                    + " '2024-02-29 13:45:07.5', '2024-02-29 13:45:07.5+02', '1 year 2 mons 3 days 04:05:06.7',"
                    + " 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"b\": 1, \"a\": [1, 2]}', '{\"b\": 1, \"a\": [1, 2]}',"
                    + " '{1,2,3}', '{x,\"y z\",NULL}'),"
                    + " (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                    + " NULL, NULL, NULL, NULL, NULL, NULL)",
            "UPDATE items SET tx = 'changed', i8 = i8 + 1, f8 = '-Infinity', ts = '1999-12-31 23:59:59.999999' WHERE id = 1",
            "UPDATE items SET id = 10 WHERE id = 1",
            "DELETE FROM items WHERE id = 2",
            "INSERT INTO full_items VALUES (1, 'one', 1), (2, 'two', 2)",
            "UPDATE full_items SET qty = 5 WHERE id = 1",
            "DELETE FROM full_items WHERE id = 2",
            "BEGIN; INSERT INTO items (id, tx) VALUES (3, 'in tx'); UPDATE items SET tx = 'in tx, updated' WHERE id = 3;"
                    + " INSERT INTO full_items VALUES (3, 'three', 3); DELETE FROM items WHERE id = 10; COMMIT",
            "BEGIN; INSERT INTO items (id) VALUES (99); ROLLBACK",
            "TRUNCATE full_items",
            "INSERT INTO marker VALUES (1)");

    static final List<String> WHILE_STOPPED = List.of(
            "INSERT INTO items (id, tx, d) VALUES (4, 'while stopped', '2000-01-01'), (5, 'also', NULL)",
            "UPDATE items SET tx = 'touched while stopped' WHERE id = 3",
            "INSERT INTO marker VALUES (2)");

    @Test
    void impostgresStreamsTheSameChangeEventsAsPostgresAndResumesFromStoredOffsets(@TempDir Path dir)
            throws Exception {
        Outcome real;
        try (CdcTarget postgres = CdcTarget.realPostgres()) {
            real = run(postgres, Files.createDirectories(dir.resolve("postgres")));
        }
        Outcome impostgres;
        try (CdcTarget fake = CdcTarget.impostgres(Files.createDirectories(dir.resolve("impostgres-data")))) {
            impostgres = run(fake, Files.createDirectories(dir.resolve("impostgres")));
        }

        writeTranscript("postgres", real);
        writeTranscript("impostgres", impostgres);
        assertThat(DebeziumRun.summary(real.streamed)).containsExactly(
                "items c {\"id\":1}", "items c {\"id\":2}",
                "items u {\"id\":1}",
                "items d {\"id\":1}", "items tombstone {\"id\":1}", "items c {\"id\":10}",
                "items d {\"id\":2}", "items tombstone {\"id\":2}",
                "full_items c {\"id\":1}", "full_items c {\"id\":2}",
                "full_items u {\"id\":1}",
                "full_items d {\"id\":2}", "full_items tombstone {\"id\":2}",
                "items c {\"id\":3}", "items u {\"id\":3}", "full_items c {\"id\":3}",
                "items d {\"id\":10}", "items tombstone {\"id\":10}",
                "full_items t -",
                "marker c {\"id\":1}");
        assertThat(DebeziumRun.normalized(impostgres.streamed)).containsExactlyElementsOf(
                DebeziumRun.normalized(real.streamed));

        assertThat(DebeziumRun.summary(real.resumed)).containsExactly(
                "items c {\"id\":4}", "items c {\"id\":5}", "items u {\"id\":3}", "marker c {\"id\":2}");
        assertThat(DebeziumRun.normalized(impostgres.resumed)).containsExactlyElementsOf(
                DebeziumRun.normalized(real.resumed));
    }

    /** The normalized events, one a line, under target/debezium-events/ for a side-by-side look when they differ. */
    private static void writeTranscript(String target, Outcome outcome) throws java.io.IOException {
        Path dir = Files.createDirectories(Path.of("target", "debezium-events"));
        List<String> lines = new ArrayList<>(DebeziumRun.normalized(outcome.streamed));
        lines.add("-- restarted from stored offsets");
        lines.addAll(DebeziumRun.normalized(outcome.resumed));
        Files.write(dir.resolve(target + ".txt"), lines);
    }

    record Outcome(List<ChangeEvent<String, String>> streamed, List<ChangeEvent<String, String>> resumed) {}

    private static Outcome run(CdcTarget target, Path work) throws SQLException {
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            s.execute(SCHEMA);
        }
        Path offsets = work.resolve("offsets.dat");
        List<ChangeEvent<String, String>> streamed;
        try (DebeziumRun first = DebeziumRun.start(target, offsets)) {
            awaitSlotActive(target, first);
            execute(target, STREAMED);
            await().atMost(Duration.ofSeconds(60)).until(() -> first.sawMarker(1));
            streamed = new ArrayList<>(first.events());
        }
        assertThat(offsets).exists();
        execute(target, WHILE_STOPPED);
        try (DebeziumRun second = DebeziumRun.start(target, offsets)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> second.sawMarker(2));
            return new Outcome(streamed, new ArrayList<>(second.events()));
        }
    }

    /** Streaming has begun once the connector holds the slot; changes from then on reach it. */
    private static void awaitSlotActive(CdcTarget target, DebeziumRun run) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            run.events(); // fail fast if the engine died
            try (Connection c = target.connect(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT active FROM pg_replication_slots WHERE slot_name = 'dbz_slot'")) {
                return r.next() && r.getBoolean(1);
            }
        });
    }

    private static void execute(CdcTarget target, List<String> statements) throws SQLException {
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }
}
