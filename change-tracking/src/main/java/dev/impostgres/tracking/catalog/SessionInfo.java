package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.settings.SessionSettings;

/**
 * What the catalog functions and pg_settings need to know about the session running the statement. The wire layer
 * owns the settings and hands them over when the session starts; until then (tests driving a bare Session) the
 * defaults apply.
 */
public final class SessionInfo {
    private volatile SessionSettings settings = new SessionSettings();
    private volatile int backendPid;
    private volatile ReplicationSlotSource slots = ReplicationSlotSource.NONE;
    private volatile ServerFunctions serverFunctions = ServerFunctions.NONE;
    private final String databaseName;
    private volatile java.util.function.Supplier<java.util.List<SessionInfo>> backends = java.util.List::of;
    private volatile java.util.function.Supplier<String> transactionState = () -> "IDLE";
    private final long backendStart = System.currentTimeMillis();
    private volatile long queryStart;
    private volatile String query = "";
    private volatile boolean running;
    private volatile java.util.function.Supplier<java.util.List<String>> advisoryLocks = java.util.List::of;

    public SessionInfo(String databaseName) {
        this.databaseName = databaseName;
    }

    public void attach(SessionSettings settings, int backendPid) {
        this.settings = settings;
        this.backendPid = backendPid;
    }

    public void slotSource(ReplicationSlotSource slots) {
        this.slots = slots;
    }

    public ReplicationSlotSource slots() { return slots; }

    /** The live sessions of the server, for pg_stat_activity and pg_locks (set by the database manager). */
    public void backendSource(java.util.function.Supplier<java.util.List<SessionInfo>> backends) {
        this.backends = backends;
    }

    java.util.List<SessionInfo> backends() { return backends.get(); }

    private volatile java.util.function.Supplier<java.util.List<String>> databases = null;

    /** The server's databases, for pg_database (set by the database manager; a bare session knows only its own). */
    public void databaseSource(java.util.function.Supplier<java.util.List<String>> databases) {
        this.databases = databases;
    }

    java.util.List<String> databases() {
        java.util.function.Supplier<java.util.List<String>> source = databases;
        return source == null ? java.util.List.of(databaseName) : source.get();
    }

    /** The session's transaction status by name (IDLE, IN_TRANSACTION, FAILED), read when another session looks. */
    public void transactionState(java.util.function.Supplier<String> state) {
        this.transactionState = state;
    }

    /** A statement began: pg_stat_activity shows it as the session's query and the session as active. */
    public void statementStarted(String sql) {
        this.query = sql;
        this.queryStart = System.currentTimeMillis();
        this.running = true;
    }

    public void statementFinished() {
        this.running = false;
    }

    /** pg_stat_activity.state: active while a statement runs, else what the transaction status says. */
    String state() {
        if (running) return "active";
        String status = transactionState.get();
        if ("IN_TRANSACTION".equals(status)) return "idle in transaction";
        if ("FAILED".equals(status)) return "idle in transaction (aborted)";
        return "idle";
    }

    /**
     * The advisory locks the session holds, each as x or s (exclusive, shared) followed by the key as the lock
     * functions keep it: b and the bigint, or i and the two int4 keys joined by a colon.
     */
    public void advisoryLocks(java.util.function.Supplier<java.util.List<String>> locks) {
        this.advisoryLocks = locks;
    }

    java.util.List<String> advisoryLocks() { return advisoryLocks.get(); }

    String query() { return query; }

    long backendStart() { return backendStart; }

    long queryStart() { return queryStart; }

    /** application_name as the client set it. */
    String applicationName() {
        try {
            String name = settings.show("application_name");
            return name == null ? "" : name;
        } catch (RuntimeException unknown) {
            return "";
        }
    }

    public void serverFunctions(ServerFunctions functions) {
        this.serverFunctions = functions;
    }

    public ServerFunctions serverFunctions() { return serverFunctions; }

    public SessionSettings settings() { return settings; }

    public int backendPid() { return backendPid; }

    public String databaseName() { return databaseName; }

    /** The session user (session_authorization), as current_user and the single role report it. */
    public String user() {
        try {
            String user = settings.show("session_authorization");
            return user == null || user.isEmpty() ? "postgres" : user;
        } catch (RuntimeException unknown) {
            return "postgres";
        }
    }
}
