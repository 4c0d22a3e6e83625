package dev.impostgres.syncengine.zero;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment zero-cache runs with: the user's own (every other ZERO_* setting passes through), with its three
 * databases pointed at Impostgres. The upstream is the app's database; the CVR and change databases get their own
 * Impostgres databases (created on first connect), as a production deployment would keep them apart.
 */
public final class ZeroEnvironment {
    private ZeroEnvironment() {}

    public static final String CVR_DATABASE = "zero_cvr";
    public static final String CHANGE_DATABASE = "zero_cdc";

    /** The variables to set on top of {@code userEnvironment} (which the child process inherits). */
    public static Map<String, String> forZeroCache(Map<String, String> userEnvironment, String host, int port,
            String user, String upstreamDatabase, Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        String base = "postgresql://" + user + "@" + host + ":" + port + "/";
        env.put("ZERO_UPSTREAM_DB", base + upstreamDatabase);
        env.put("ZERO_CVR_DB", base + CVR_DATABASE);
        env.put("ZERO_CHANGE_DB", base + CHANGE_DATABASE);
        // Defaults the user may override: the replica next to Impostgres's files, and no telemetry calls.
        if (!userEnvironment.containsKey("ZERO_REPLICA_FILE")) {
            env.put("ZERO_REPLICA_FILE", dataDir.toAbsolutePath().normalize().resolve("zero-replica.db").toString());
        }
        if (!userEnvironment.containsKey("ZERO_ENABLE_TELEMETRY")) env.put("ZERO_ENABLE_TELEMETRY", "false");
        return env;
    }

    /** The database settings of the user's own that the launcher replaces (it warns about them). */
    public static Map<String, String> overridden(Map<String, String> userEnvironment, Map<String, String> env) {
        Map<String, String> replaced = new LinkedHashMap<>();
        for (String key : new String[] {"ZERO_UPSTREAM_DB", "ZERO_CVR_DB", "ZERO_CHANGE_DB"}) {
            String mine = userEnvironment.get(key);
            if (mine != null && !mine.equals(env.get(key))) replaced.put(key, mine);
        }
        return replaced;
    }
}
