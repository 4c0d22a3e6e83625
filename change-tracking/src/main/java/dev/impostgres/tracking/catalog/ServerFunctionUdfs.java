package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.error.PgException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.sqlite.Function;

/**
 * The replication-slot and backend functions as SQLite functions, calling the session's {@link ServerFunctions}.
 * A function returning a row set or a record exists twice: under its Postgres name as a scalar returning the record's
 * text ({@code (s,0/1A2B3C8)}, what {@code SELECT f(…)} shows), and as {@code _pg_<name>} returning the rows as a
 * JSON array of arrays, which the translator's {@code SlotFunctionRule} unpacks with json_each when the function is a
 * FROM item. The slot work runs on the replication layer's own connections, so a call from a transaction that
 * already holds the database's writer lock is refused rather than left to wait for itself.
 */
public final class ServerFunctionUdfs {
    private ServerFunctionUdfs() {}

    @FunctionalInterface
    private interface Body {
        Object apply(Object[] args);
    }

    public static void register(Connection c, SessionInfo session, BooleanSupplier holdsWriter) throws SQLException {
        for (int n = 2; n <= 5; n++) {
            define(c, "pg_create_logical_replication_slot", n, a -> {
                ServerFunctions.CreatedSlot s = create(session, holdsWriter, a);
                return "(" + s.slotName() + "," + s.lsn() + ")";
            });
            define(c, "_pg_create_logical_replication_slot", n, a -> {
                ServerFunctions.CreatedSlot s = create(session, holdsWriter, a);
                return "[[" + json(s.slotName()) + "," + json(s.lsn()) + "]]";
            });
        }
        define(c, "pg_drop_replication_slot", 1, a -> {
            notWhileWriting(holdsWriter, "drop a replication slot");
            session.serverFunctions().dropSlot(caller(session), required(a[0], "slot name"));
            return ""; // void
        });
        // _pg_logical_slot_changes(mode, slot, upto_lsn, upto_nchanges, VARIADIC options); mode: bit 0 advance (get),
        // bit 1 the text variant
        define(c, "_pg_logical_slot_changes", -1, a -> changes(session, holdsWriter, a));
        define(c, "pg_replication_slot_advance", 2, a -> {
            ServerFunctions.CreatedSlot s = advance(session, holdsWriter, a);
            return "(" + s.slotName() + "," + s.lsn() + ")";
        });
        define(c, "_pg_replication_slot_advance", 2, a -> {
            ServerFunctions.CreatedSlot s = advance(session, holdsWriter, a);
            return "[[" + json(s.slotName()) + "," + json(s.lsn()) + "]]";
        });
        Body terminate = a -> a[0] == null ? null
                : session.serverFunctions().terminateBackend(caller(session), (int) integer(a[0]));
        define(c, "pg_terminate_backend", 1, terminate);
        define(c, "pg_terminate_backend", 2, terminate);
    }

    private static ServerFunctions.CreatedSlot create(SessionInfo session, BooleanSupplier holdsWriter, Object[] a) {
        if (holdsWriter.getAsBoolean()) {
            throw new PgException("25001", "cannot create logical replication slot in transaction that has performed writes");
        }
        String name = required(a[0], "slot name");
        String plugin = required(a[1], "plugin name");
        boolean temporary = a.length > 2 && CatalogFunctions.Values.truthy(a[2]);
        return session.serverFunctions().createLogicalSlot(caller(session), name, plugin, temporary);
    }

    private static ServerFunctions.CreatedSlot advance(SessionInfo session, BooleanSupplier holdsWriter, Object[] a) {
        notWhileWriting(holdsWriter, "advance a replication slot");
        String slot = required(a[0], "slot name");
        if (a[1] == null) throw new PgException("22004", "invalid target WAL LSN");
        return session.serverFunctions().advanceSlot(caller(session), slot, a[1].toString());
    }

    private static String changes(SessionInfo session, BooleanSupplier holdsWriter, Object[] a) {
        notWhileWriting(holdsWriter, "decode a replication slot");
        long mode = integer(a[0]);
        boolean advance = (mode & 1) != 0;
        String textFunction = (mode & 2) == 0 ? null
                : "pg_logical_slot_" + (advance ? "get" : "peek") + "_changes(name,pg_lsn,integer,text[])";
        String slot = required(a[1], "slot name");
        String uptoLsn = a[2] == null ? null : a[2].toString();
        Integer uptoChanges = null;
        // Negative is allowed, as in logicalfuncs.c: it stops decoding before the first row.
        if (a[3] != null) uptoChanges = (int) integer(a[3]);
        List<String> options = new ArrayList<>();
        for (int i = 4; i < a.length; i++) {
            if (a[i] == null) throw new PgException("22023", "array must not contain nulls"); // options text[]
            options.add(a[i].toString());
        }
        if (options.size() % 2 != 0) throw new PgException("22023", "array must have even number of elements");
        StringBuilder out = new StringBuilder("[");
        for (ServerFunctions.Change change : session.serverFunctions().changes(caller(session), slot, uptoLsn,
                uptoChanges, options, advance, textFunction)) {
            if (out.length() > 1) out.append(',');
            out.append('[').append(json(change.lsn())).append(',').append(change.xid()).append(',')
                    .append(json(HexFormat.of().formatHex(change.data()))).append(']');
        }
        return out.append(']').toString();
    }

    private static void notWhileWriting(BooleanSupplier holdsWriter, String what) {
        if (holdsWriter.getAsBoolean()) {
            throw new PgException("0A000", "cannot " + what + " in a transaction that has performed writes");
        }
    }

    private static ServerFunctions.Caller caller(SessionInfo session) {
        var settings = session.settings();
        return new ServerFunctions.Caller(session.databaseName(), session.backendPid(),
                dev.impostgres.translator.types.FormatSettings.DEFAULT.withTimeZone(settings.timeZone())
                        .withExtraFloatDigits(settings.extraFloatDigits()));
    }

    private static String required(Object value, String what) {
        // Postgres's "slot name must not be null" (22004), from the non-strict decoding functions.
        if (value == null) throw new PgException("22004", what + " must not be null");
        return value.toString();
    }

    private static long integer(Object value) {
        if (value instanceof Number n) return n.longValue();
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new PgException("22P02", "invalid input syntax for type integer: \"" + value + "\"");
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void define(Connection c, String name, int nArgs, Body body) throws SQLException {
        Function.create(c, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                Object[] a = new Object[args()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = switch (value_type(i)) {
                        case 1 -> value_long(i);
                        case 2 -> value_double(i);
                        case 3 -> value_text(i);
                        case 4 -> value_blob(i);
                        default -> null;
                    };
                }
                Object value;
                try {
                    value = body.apply(a);
                } catch (PgException e) {
                    error("pgerror:" + e.sqlState() + ":" + e.getMessage());
                    return;
                }
                if (value == null) result();
                else if (value instanceof Boolean b) result(b ? 1L : 0L);
                else result(value.toString());
            }
        }, nArgs, 0);
    }
}
