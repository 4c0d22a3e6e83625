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
