package dev.impostgres.translator.settings;

import dev.impostgres.translator.IsolationLevel;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One session's run-time parameters: SET / SET LOCAL / RESET / SHOW with Postgres's checks and transactional
 * behaviour. A SET in a transaction is undone if the transaction (or the savepoint it follows) rolls back; SET
 * LOCAL lasts until the end of the transaction. Not thread-safe: a session is used by one connection at a time.
 *
 * <p>The caller (the session) calls {@link #beginTransaction}, {@link #commitTransaction},
 * {@link #rollbackTransaction} and the savepoint hooks at the matching transaction events.
 */
public final class SessionSettings {
    /** A row of SHOW ALL. */
    public record Setting(String name, String setting, String description) {}

    private final Map<String, String> resetValues = new HashMap<>(); // lower-case name -> value RESET restores
    private Map<String, String> session = new HashMap<>();   // values that survive COMMIT
    private Map<String, String> effective = new HashMap<>(); // session values overlaid with SET LOCAL ones
    /** Snapshots (session, effective) at BEGIN and at each savepoint; empty outside a transaction block. */
    private final Deque<Map<String, String>[]> levels = new ArrayDeque<>();

    public SessionSettings() {
        for (Guc g : GucCatalog.all()) resetValues.put(key(g.name()), g.bootValue());
        session.putAll(resetValues);
        effective.putAll(resetValues);
    }

    /**
     * The StartupMessage's parameters (other than user, database, replication, options): they become the values
     * RESET returns to, as in Postgres. Invalid ones fail like SET would (the server reports them as FATAL).
     */
    public void applyStartupParameters(Map<String, String> parameters) {
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            set(e.getKey(), e.getValue(), false);
            String k = key(e.getKey());
            resetValues.put(k, session.get(k));
        }
    }

    /** Sets the session's user name for SHOW session_authorization (from the startup packet's user). */
    public void sessionUser(String user) {
        resetValues.put("session_authorization", user);
        session.put("session_authorization", user);
        effective.put("session_authorization", user);
    }

    /**
     * SET [LOCAL] name = value; {@code value} null means DEFAULT (same as RESET). A SET LOCAL outside a transaction
     * block has no effect (Postgres warns 25P01 "SET LOCAL can only be used in transaction blocks"; the caller
     * sends that warning, see {@link #inTransaction()}).
     *
     * @throws PgException 42704 unknown name, 55P02 read-only, 22023 / 0A000 invalid or unsupported value
     */
    public void set(String name, String value, boolean local) {
        String k = key(name);
        Guc g = GucCatalog.find(name);
        String normalized;
        if (g == null) {
            if (k.equals("transaction_snapshot")) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "SET TRANSACTION SNAPSHOT is not supported");
            }
            if (!k.contains(".")) throw unrecognized(name);
            normalized = value == null ? "" : value; // a custom placeholder (myapp.x) takes any string
        } else {
            switch (g.context()) {
                case INTERNAL -> throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM,
                        "parameter \"" + g.name() + "\" cannot be changed");
                case POSTMASTER -> throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM,
                        "parameter \"" + g.name() + "\" cannot be changed without restarting the server");
                default -> { }
            }
            normalized = value == null ? resetValues.get(k) : g.parser().parse(g.name(), value, effective.get(k));
        }
        if (local || isTransactionScoped(k)) {
            if (inTransaction()) effective.put(k, normalized);
            return;
        }
        session.put(k, normalized);
        effective.put(k, normalized);
    }

    /** RESET name; RESET ALL is {@code name} null. */
    public void reset(String name) {
        if (name == null) {
            for (Guc g : GucCatalog.all()) {
                if (g.context() == Guc.Context.USER && !isTransactionScoped(key(g.name()))) {
                    set(g.name(), null, false);
                }
            }
            return;
        }
        set(name, null, false);
    }

    /** SHOW name: the value as Postgres prints it. */
    public String show(String name) {
        String k = key(name);
        String v = effective.get(k);
        if (v == null) throw unrecognized(name);
        return v;
    }

    /** The column name SHOW uses: the parameter's canonical spelling (TimeZone, DateStyle, …). */
    public String canonicalName(String name) {
        Guc g = GucCatalog.find(name);
        return g != null ? g.name() : key(name);
    }

    /** SHOW ALL, sorted by name as Postgres sorts it. */
    public List<Setting> showAll() {
        List<Setting> rows = new ArrayList<>();
        for (Guc g : GucCatalog.all()) rows.add(new Setting(g.name(), show(g.name()), g.description()));
        rows.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return rows;
    }

    /** The GUC_REPORT parameters and their current values, in the order Postgres sends them after startup. */
    public Map<String, String> reportedParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Guc g : GucCatalog.all()) if (g.reported()) out.put(g.name(), show(g.name()));
        return out;
    }

    /** Whether a change of {@code name} is reported to the client with ParameterStatus. */
    public static boolean isReported(String name) {
        Guc g = GucCatalog.find(name);
        return g != null && g.reported();
    }

    public ZoneId timeZone() { return TimeZones.zoneOf(show("TimeZone")); }

    public int extraFloatDigits() { return Integer.parseInt(show("extra_float_digits")); }

    public String byteaOutput() { return show("bytea_output"); }

    public long statementTimeoutMillis() { return Long.parseLong(toMillis(show("statement_timeout"))); }

    public IsolationLevel defaultIsolation() { return isolation(show("default_transaction_isolation")); }

    public boolean defaultReadOnly() { return show("default_transaction_read_only").equals("on"); }

    public boolean inTransaction() { return !levels.isEmpty(); }

    // ---- transaction hooks -------------------------------------------------------------------------------------

    /** At BEGIN (or the start of an implicit transaction block): the transaction's characteristics for SHOW. */
    public void beginTransaction(IsolationLevel isolation, boolean readOnly) {
        push();
        effective.put("transaction_isolation", isolation.pgName());
        effective.put("transaction_read_only", readOnly ? "on" : "off");
    }

    /** SET TRANSACTION inside the block changes what SHOW transaction_isolation / transaction_read_only print. */
    public void transactionCharacteristics(IsolationLevel isolation, Boolean readOnly) {
        if (isolation != null) effective.put("transaction_isolation", isolation.pgName());
        if (readOnly != null) effective.put("transaction_read_only", readOnly ? "on" : "off");
    }

    /** COMMIT: session SETs stay, SET LOCAL ones end. */
    public void commitTransaction() {
        if (levels.isEmpty()) return;
        levels.clear();
        effective = new HashMap<>(session);
        resetTransactionScoped();
    }

    /** ROLLBACK (or an aborted block ending): every SET since BEGIN is undone. */
    public void rollbackTransaction() {
        if (levels.isEmpty()) return;
        session = new HashMap<>(levels.peekLast()[0]);
        levels.clear();
        effective = new HashMap<>(session);
        resetTransactionScoped();
    }

    public void savepoint() { push(); }

    public void releaseSavepoint() {
        if (levels.size() > 1) levels.pop();
    }

    /** ROLLBACK TO SAVEPOINT: undoes SETs since the savepoint; the savepoint itself stays. */
    public void rollbackToSavepoint() {
        Map<String, String>[] top = levels.peek();
        if (top == null) return;
        session = new HashMap<>(top[0]);
        effective = new HashMap<>(top[1]);
    }

    @SuppressWarnings("unchecked")
    private void push() {
        levels.push(new Map[] {new HashMap<>(session), new HashMap<>(effective)});
    }

    private void resetTransactionScoped() {
        for (String k : List.of("transaction_isolation", "transaction_read_only", "transaction_deferrable")) {
            String def = switch (k) {
                case "transaction_isolation" -> session.get("default_transaction_isolation");
                case "transaction_read_only" -> session.get("default_transaction_read_only");
                default -> session.get("default_transaction_deferrable");
            };
            session.put(k, def);
            effective.put(k, def);
        }
    }

    private static boolean isTransactionScoped(String k) {
        return k.equals("transaction_isolation") || k.equals("transaction_read_only")
                || k.equals("transaction_deferrable");
    }

    private static IsolationLevel isolation(String pgName) {
        for (IsolationLevel l : IsolationLevel.values()) if (l.pgName().equals(pgName)) return l;
        return IsolationLevel.READ_COMMITTED;
    }

    private static String toMillis(String shown) {
        int split = 0;
        while (split < shown.length() && Character.isDigit(shown.charAt(split))) split++;
        long n = Long.parseLong(shown.substring(0, split));
        long f = switch (shown.substring(split)) {
            case "d" -> 86_400_000L;
            case "h" -> 3_600_000L;
            case "min" -> 60_000L;
            case "s" -> 1000L;
            default -> 1L;
        };
        return Long.toString(n * f);
    }

    private static String key(String name) { return name.toLowerCase(Locale.ROOT); }

    private static PgException unrecognized(String name) {
        return new PgException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
    }
}
