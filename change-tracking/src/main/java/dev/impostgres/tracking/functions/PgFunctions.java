package dev.impostgres.tracking.functions;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.ValueCodec;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The Postgres functions a session's SQLite connection needs, registered as SQLite user-defined functions, and the
 * session's clock: now() and friends return the start of the current transaction, as Postgres does, so the session
 * tells this object when a transaction and a statement start.
 */
public final class PgFunctions {
    private static final ValueCodec CODEC = new ValueCodec();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private volatile Instant transactionStart = Instant.now();
    private volatile dev.impostgres.translator.settings.SessionSettings settings;
    private volatile Instant statementStart = transactionStart;
    /** How deep in emulated row triggers the running statement is (Postgres's pg_trigger_depth()). */
    private int triggerDepth;

    private PgFunctions() {}

    /** Registers every function on {@code connection}; the result is the connection's clock. */
    public static PgFunctions register(Connection connection) throws SQLException {
        PgFunctions functions = new PgFunctions();
        StringFunctions.register(connection);
        MathFunctions.register(connection);
        NumericMath.register(connection);
        OrderedSetAggregates.register(connection);
        ToTimestamp.register(connection, functions::timeZone);
        ToNumber.register(connection);
        SetFunctionRows.register(connection);
        ArrayBuilders.register(connection);
        JsonFunctions.register(connection);
        NumericFunctions.register(connection);
        LikeFunctions.register(connection);
        EnumFunctions.register(connection);
        ArrayFunctions.register(connection);
        MoreFunctions.register(connection);
        JsonSets.register(connection);
        TypedValues.register(connection);
        CallFunctions.register(connection);
        TemporalFunctions.register(connection, functions::timeZone);
        Overlaps.register(connection);
        CastFunctions.register(connection, functions::timeZone);
        FloatFunctions.register(connection);
        ByteaFunctions.register(connection);
        ScalarSubqueryFunction.register(connection);
        functions.registerClock(connection);
        functions.registerTriggerDepth(connection);
        Udf.strict(connection, "hashtext", 1, a -> (long) PgHash.hashText(Values.text(a[0])));
        Udf.lenient(connection, "gen_random_uuid", 0, a -> UUID.randomUUID().toString());
        Udf.strict(connection, "pg_cast", 2, a -> cast(a[0], Values.text(a[1]), functions.timeZone()));
        // The position the replication stream has reached: the end LSN of the last committed transaction.
        for (String name : new String[] {"pg_current_wal_lsn", "pg_current_wal_insert_lsn", "pg_current_wal_flush_lsn"}) {
            Udf.lenient(connection, name, 0, a -> currentWalLsn(connection));
        }
        // On a primary Postgres answers NULL; clients call it in CASE pg_is_in_recovery() … (Debezium).
        for (String name : new String[] {"pg_last_wal_receive_lsn", "pg_last_wal_replay_lsn"}) {
            Udf.lenient(connection, name, 0, a -> null);
        }
        return functions;
    }

    private static String currentWalLsn(Connection connection) {
        try {
            return dev.impostgres.tracking.changes.Lsn.format(
                    dev.impostgres.tracking.changes.ChangeLog.currentLsn(connection));
        } catch (java.sql.SQLException e) {
            throw new PgFunctionError("XX000", "could not read the current WAL position: " + e.getMessage());
        }
    }

    /** The session's settings: timestamptz functions compute in its TimeZone. */
    public void attach(dev.impostgres.translator.settings.SessionSettings settings) {
        this.settings = settings;
    }

    private java.time.ZoneId timeZone() {
        dev.impostgres.translator.settings.SessionSettings s = settings;
        return s == null ? ZoneOffset.UTC : s.timeZone();
    }

    /** A new transaction (explicit, implicit or a single autocommit statement) starts now. */
    public void transactionStarted() {
        transactionStart = Instant.now();
        statementStart = transactionStart;
    }

    public void statementStarted() {
        statementStart = Instant.now();
        triggerDepth = 0; // a statement that failed inside a trigger never ran its _pg_trigger_exit()
    }

    /** The brackets around an emulated BEFORE row trigger's work (schema.TriggerFunctions) and its depth. */
    private void registerTriggerDepth(Connection c) throws SQLException {
        Udf.lenient(c, "_pg_trigger_enter", 0, a -> (long) ++triggerDepth);
        Udf.lenient(c, "_pg_trigger_exit", 0, a -> (long) (triggerDepth = Math.max(0, triggerDepth - 1)));
        Udf.lenient(c, "pg_trigger_depth", 0, a -> (long) triggerDepth);
    }

    private void registerClock(Connection c) throws SQLException {
        Udf.lenient(c, "now", 0, a -> timestamptz(transactionStart));
        Udf.lenient(c, "transaction_timestamp", 0, a -> timestamptz(transactionStart));
        Udf.lenient(c, "statement_timestamp", 0, a -> timestamptz(statementStart));
        Udf.lenient(c, "clock_timestamp", 0, a -> timestamptz(Instant.now()));
        Udf.lenient(c, "pg_current_date", 0, a -> SECONDS.format(transactionStart).substring(0, 10));
        Udf.lenient(c, "pg_localtimestamp", 0, a -> timestamp(transactionStart));
    }

    /** timestamptz storage: UTC, microseconds without trailing zeros, "+00". */
    static String timestamptz(Instant t) {
        return timestamp(t) + "+00";
    }

    static String timestamp(Instant t) {
        StringBuilder b = new StringBuilder(SECONDS.format(t));
        long micros = t.getNano() / 1000;
        if (micros != 0) {
            String fraction = String.format("%06d", micros).replaceAll("0+$", "");
            b.append('.').append(fraction);
        }
        return b.toString();
    }

    /** A Postgres cast through the type's input function: validates and normalizes like the type's _in. */
    static Object cast(Object value, String typeName) {
        return cast(value, typeName, ZoneOffset.UTC);
    }

    /** As above; a timestamptz without a zone in its text is read in {@code zone} (the session's TimeZone). */
    static Object cast(Object value, String typeName, java.time.ZoneId zone) {
        PgType type = PgTypes.byName(typeName);
        if (type == null) throw new PgFunctionError("42704", "type \"" + typeName + "\" does not exist");
        try {
            if (type.oid() == 16 && value instanceof Long l) return l != 0;
            if ((type.oid() == 25 || type.oid() == 1043) && value instanceof Long l) return l.toString();
            if (type.oid() == 1700) { // numeric(p,s): the typmod rounds, and overflows as in Postgres
                return dev.impostgres.tracking.schema.StorageValues.coerce(type, PgTypes.typmodOf(typeName),
                        CODEC.decodeText(type, Values.text(value)));
            }
            // varchar(n)/char(n) truncate, timestamp(p)/time(p) round, as an explicit cast does
            return CastFunctions.typmod(type, PgTypes.typmodOf(typeName), CODEC.decodeText(type, Values.text(value),
                    dev.impostgres.translator.types.FormatSettings.DEFAULT.withTimeZone(zone)));
        } catch (PgException e) {
            throw new PgFunctionError(e.sqlState(), e.getMessage());
        }
    }
}
