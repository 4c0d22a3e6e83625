package dev.impostgres.syncengine.zero.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import dev.impostgres.syncengine.zero.ZeroInstallation;

/**
 * One run of the end-to-end story against one upstream: schema and seed rows, zero-cache ready, a real client sees
 * the rows, then changes made with pgjdbc, the client's own mutation, restarts of zero-cache and of the database
 * server, and DDL. After each step the test waits until the client shows the step's effect, then records everything
 * the client sees; {@link #run} returns those records so two upstreams can be compared step by step.
 */
final class ZeroScenario {
    static final String DATABASE = "app";
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);

    private final Upstream upstream;
    private final ZeroInstallation zero;
    private final Path workDir;
    private final Map<String, String> transcript = new LinkedHashMap<>();
    private ZeroCacheProcess zeroCache;
    private final List<ZeroClientProcess> clients = new ArrayList<>();

    ZeroScenario(Upstream upstream, ZeroInstallation zero, Path workDir) {
        this.upstream = upstream;
        this.zero = zero;
        this.workDir = workDir;
    }

    /** Step name → every live view of the client, as JSON, once the step's effect has arrived. */
    Map<String, String> run() throws Exception {
        try {
            steps();
        } catch (Throwable failure) {
            throw new AssertionError("zero scenario on " + upstream.name() + " failed after steps " + transcript.keySet()
                    + (zeroCache == null ? "" : "; zero-cache log tail:\n" + zeroCache.tail()), failure);
        } finally {
            for (ZeroClientProcess client : clients) client.close();
            if (zeroCache != null) zeroCache.close();
        }
        return transcript;
    }

    private void steps() throws Exception {
        upstream.start();
        for (String db : List.of(DATABASE, "zero_cvr", "zero_cdc")) upstream.execute("postgres", "CREATE DATABASE " + db);
        upstream.execute(DATABASE, ZeroApp.resource("schema.sql"));

        zeroCache = new ZeroCacheProcess(zero.cli(), workDir, upstream, DATABASE, ZeroApp.freePortPair());
        zeroCache.start(Duration.ofSeconds(120));
        ZeroApp.deployPermissions(zero, zeroCache, workDir, "base");
        ZeroClientProcess client = client("base");
        step("initial rows", client, v -> count(v, "users") == 2 && count(v, "project") == 2
                && count(v, "membership") == 3);

        sql("INSERT INTO users VALUES ('u3', 'Cid', true, '2024-03-04 05:06:07.5+00')");
        step("insert", client, v -> has(v, "users", "id", "u3"));

        sql("UPDATE project SET title = 'Alpha 2', budget = 99.99, meta = meta || '{\"c\": true}', "
                + "tags = array_append(tags, 'z') WHERE id = 1");
        step("update", client, v -> has(v, "project", "title", "Alpha 2"));

        sql("UPDATE users SET id = 'u9' WHERE id = 'u3'");
        step("update of the primary key", client, v -> has(v, "users", "id", "u9") && !has(v, "users", "id", "u3"));

        sql("DELETE FROM membership WHERE project_id = 1 AND user_id = 'u2'");
        step("delete (composite key)", client, v -> count(v, "membership") == 2);

        sql("BEGIN; INSERT INTO project VALUES (3, 'u1', 'Gamma', 0.01, '[1, \"two\"]', '{}');"
                + " INSERT INTO membership VALUES (3, 'u1', 'owner'); UPDATE users SET active = true WHERE id = 'u2';"
                + " COMMIT");
        step("multi-statement transaction", client, v -> has(v, "project", "title", "Gamma")
                && count(v, "membership") == 3);

        sql("TRUNCATE membership");
        step("truncate", client, v -> count(v, "membership") == 0);

        String mutation = client.mutate("insert", "project", Map.of("id", 10, "owner_id", "u1", "title",
                "from the client", "budget", 5.25, "meta", Map.of("src", "client"), "tags", List.of("c")));
        await().atMost(STEP_TIMEOUT).until(() -> client.mutationOutcome(mutation) != null);
        assertThat(client.mutationOutcome(mutation).has("error")).as("mutation %s", client.mutationOutcome(mutation))
                .isFalse();
        // the outcome only says the client applied it locally; zero-cache writes it upstream after that
        await("the client's mutation written upstream").atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> queryOne("SELECT title || ' ' || budget FROM project WHERE id = 10"),
                        "from the client 5.25"::equals);
        step("client mutation written through", client, v -> has(v, "project", "title", "from the client"));

        TreeSet<String> slots = slots();
        zeroCache.stop();
        sql("INSERT INTO users VALUES ('u4', 'Dee', false, '2024-05-06 07:08:09+00')");
        zeroCache.start(Duration.ofSeconds(120));
        step("zero-cache restarted", client, v -> has(v, "users", "id", "u4"));
        assertThat(slots()).as("replication slots after a zero-cache restart (a new one would mean a resync)")
                .isEqualTo(slots);

        upstream.restart();
        sql("INSERT INTO users VALUES ('u5', 'Eve', true, '2024-06-07 08:09:10+00')");
        step("database server restarted", client, v -> has(v, "users", "id", "u5"));

        sql("ALTER TABLE project ADD COLUMN status text DEFAULT 'open'");
        sql("CREATE TABLE note (id integer PRIMARY KEY, project_id integer REFERENCES project(id), body text NOT NULL)");
        sql("INSERT INTO note VALUES (1, 1, 'first note')");
        await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(this::noteReplicated);
        ZeroApp.deployPermissions(zero, zeroCache, workDir, "extended");
        ZeroClientProcess extended = client("extended");
        step("ADD COLUMN and CREATE TABLE", extended, v -> has(v, "note", "body", "first note")
                && has(v, "project", "status", "open"));
    }

    private ZeroClientProcess client(String variant) throws IOException {
        Path script = ZeroApp.file(zero, "client.mjs");
        ZeroApp.file(zero, "schema.mjs");
        ZeroClientProcess client = new ZeroClientProcess(script, zeroCache.url(), variant,
                workDir.resolve("client-" + (clients.size() + 1) + ".log"));
        clients.add(client);
        return client;
    }

    /** Waits until the client shows the step's effect, then records every view. */
    private void step(String name, ZeroClientProcess client, Predicate<ZeroClientProcess> arrived) {
        await(name).atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(50)).until(() -> arrived.test(client));
        StringBuilder views = new StringBuilder();
        for (String table : List.of("users", "project", "membership", "note")) {
            if (client.reported(table)) views.append(table).append('=').append(client.rows(table)).append('\n');
        }
        transcript.put(name, views.toString());
        try {
            Files.writeString(workDir.resolve("client-views.txt"), "## " + name + "\n" + views,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean noteReplicated() throws Exception {
        // zero-cache has taken the DDL in when its replica has the table (either incrementally or by a resync)
        return zeroCache.alive() && replicaHasTable("note");
    }

    private boolean replicaHasTable(String table) throws IOException, InterruptedException {
        Path replica = Path.of(zeroCache.environment().get("ZERO_REPLICA_FILE"));
        Path sqlite = workDir.resolve("zero_sqlite3");
        if (!Files.exists(sqlite)) {
            Files.copy(zero.directory().resolve("node_modules/@rocicorp/zero-sqlite3/prebuilds/linux-x64/zero_sqlite3"),
                    sqlite);
            sqlite.toFile().setExecutable(true); // not executable as npm unpacks it
        }
        // the replica is in wal2 mode, which only zero's own SQLite build opens
        Process p = new ProcessBuilder(List.of(sqlite.toString(), "-readonly", replica.toString(),
                "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'")).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor(10, TimeUnit.SECONDS);
        return out.equals("1");
    }

    private static int count(ZeroClientProcess client, String table) {
        return client.reported(table) ? client.rows(table).size() : -1;
    }

    private static boolean has(ZeroClientProcess client, String table, String column, String value) {
        for (JsonNode row : client.rows(table)) {
            if (row.has(column) && row.get(column).asText().equals(value)) return true;
        }
        return false;
    }

    private void sql(String sql) throws Exception {
        upstream.execute(DATABASE, sql);
    }

    private String queryOne(String sql) throws Exception {
        try (Connection c = upstream.connect(DATABASE); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private TreeSet<String> slots() throws Exception {
        TreeSet<String> names = new TreeSet<>();
        try (Connection c = upstream.connect(DATABASE); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT slot_name FROM pg_replication_slots")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }
}
