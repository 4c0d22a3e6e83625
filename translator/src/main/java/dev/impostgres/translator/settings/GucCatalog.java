package dev.impostgres.translator.settings;

import static dev.impostgres.translator.settings.GucParsers.STRING;
import static dev.impostgres.translator.settings.GucParsers.bool;
import static dev.impostgres.translator.settings.GucParsers.enumOf;
import static dev.impostgres.translator.settings.GucParsers.intRange;
import static dev.impostgres.translator.settings.GucParsers.milliseconds;

import dev.impostgres.translator.settings.Guc.Context;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters Impostgres knows, with Postgres 17's boot values (TimeZone is UTC for determinism, where a real
 * server takes the host's zone). Names are looked up case-insensitively, as guc.c does.
 */
public final class GucCatalog {
    private GucCatalog() {}

    public static final String SERVER_VERSION = "17.6";
    public static final String SERVER_VERSION_NUM = "170006";

    private static final Map<String, Guc> BY_LOWER_NAME = new LinkedHashMap<>();

    private static final String ISOLATIONS = "serializable,repeatable read,read committed,read uncommitted";

    static {
        reported("application_name", "", STRING, "Sets the application name to be reported in statistics and logs.");
        reported("client_encoding", "UTF8", GucParsers.clientEncoding(), "Sets the client's character set encoding.");
        reported("DateStyle", "ISO, MDY", GucParsers.dateStyle(), "Sets the display format for date and time values.");
        reported("default_transaction_read_only", "off", bool(), "Sets the default read-only status of new transactions.");
        reportedInternal("in_hot_standby", "off", "Shows whether hot standby is currently active.");
        reportedInternal("integer_datetimes", "on", "Shows whether datetimes are integer based.");
        reported("IntervalStyle", "postgres", GucParsers.only(enumOf("postgres", "postgres_verbose", "sql_standard", "iso_8601"), "postgres"), "Sets the display format for interval values.");
        reportedInternal("is_superuser", "on", "Shows whether the current user is a superuser.");
        reported("scram_iterations", "4096", intRange(1, Integer.MAX_VALUE), "Sets the iteration count for SCRAM secret generation.");
        reportedInternal("server_encoding", "UTF8", "Shows the server (database) character set encoding.");
        reportedInternal("server_version", SERVER_VERSION, "Shows the server version.");
        reported("session_authorization", "postgres", STRING, "Sets the session user name.");
        reported("standard_conforming_strings", "on", GucParsers.only(bool(), "on"), "Causes '...' strings to treat backslashes literally.");
        reported("TimeZone", "UTC", GucParsers.timeZone(), "Sets the time zone for displaying and interpreting time stamps.");

        user("bytea_output", "hex", enumOf("escape", "hex"), "Sets the output format for bytea.");
        user("client_min_messages", "notice", enumOf("debug5", "debug4", "debug3", "debug2", "debug1", "log",
                "notice", "warning", "error"), "Sets the message levels that are sent to the client.");
        user("default_transaction_isolation", "read committed", enumOf(ISOLATIONS.split(",")),
                "Sets the transaction isolation level of each new transaction.");
        user("default_transaction_deferrable", "off", bool(), "Sets the default deferrable status of new transactions.");
        user("extra_float_digits", "1", intRange(-15, 3), "Sets the number of digits displayed for floating-point values.");
        user("idle_in_transaction_session_timeout", "0", milliseconds(), "Sets the maximum allowed idle time between queries, when in a transaction.");
        user("idle_session_timeout", "0", milliseconds(), "Sets the maximum allowed idle time between queries, when not in a transaction.");
        user("lock_timeout", "0", milliseconds(), "Sets the maximum allowed duration of any wait for a lock.");
        user("role", "none", STRING, "Sets the current role.");
        user("search_path", "\"$user\", public", STRING, "Sets the schema search order for names that are not schema-qualified.");
        user("statement_timeout", "0", milliseconds(), "Sets the maximum allowed duration of any statement.");
        user("synchronous_commit", "on", enumOf("local", "remote_write", "remote_apply", "on", "off"), "Sets the current transaction's synchronization level.");
        user("timezone_abbreviations", "Default", STRING, "Selects a file of time zone abbreviations.");
        user("transaction_deferrable", "off", bool(), "Whether to defer a read-only serializable transaction until it can be executed with no possible serialization failures.");
        user("transaction_isolation", "read committed", enumOf(ISOLATIONS.split(",")), "Sets the current transaction's isolation level.");
        user("transaction_read_only", "off", bool(), "Sets the current transaction's read-only status.");
        user("transaction_timeout", "0", milliseconds(), "Sets the maximum allowed duration of any transaction within a session (not a prepared transaction).");
        user("work_mem", "4MB", STRING, "Sets the maximum memory to be used for query workspaces.");
        user("row_security", "on", bool(), "Enable row security.");
        user("jit", "off", bool(), "Allow JIT compilation.");
        internal("data_directory_mode", "0700", "Shows the mode of the data directory.");
        internal("wal_segment_size", "16MB", "Shows the size of write ahead log segments.");
        internal("wal_block_size", "8192", "Shows the block size in the write ahead log.");
        internal("block_size", "8192", "Shows the size of a disk block.");
        internal("max_identifier_length", "63", "Shows the maximum identifier length.");
        internal("server_version_num", SERVER_VERSION_NUM, "Shows the server version as an integer.");
        postmaster("max_connections", "100", "Sets the maximum number of concurrent connections.");
        postmaster("max_replication_slots", "10", "Sets the maximum number of simultaneously defined replication slots.");
        postmaster("max_wal_senders", "10", "Sets the maximum number of simultaneously running WAL sender processes.");
        postmaster("wal_level", "logical", "Sets the level of information written to the WAL.");
    }

    private static void add(Guc g) { BY_LOWER_NAME.put(g.name().toLowerCase(Locale.ROOT), g); }

    private static void reported(String n, String v, Guc.ValueParser p, String d) { add(new Guc(n, v, Context.USER, true, p, d)); }

    private static void reportedInternal(String n, String v, String d) { add(new Guc(n, v, Context.INTERNAL, true, STRING, d)); }

    private static void user(String n, String v, Guc.ValueParser p, String d) { add(new Guc(n, v, Context.USER, false, p, d)); }

    private static void internal(String n, String v, String d) { add(new Guc(n, v, Context.INTERNAL, false, STRING, d)); }

    private static void postmaster(String n, String v, String d) { add(new Guc(n, v, Context.POSTMASTER, false, STRING, d)); }

    /** The parameter named {@code name} in any case, or null. */
    public static Guc find(String name) { return BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT)); }

    public static Collection<Guc> all() { return Collections.unmodifiableCollection(BY_LOWER_NAME.values()); }
}
