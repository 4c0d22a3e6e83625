package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * Registers Java lambdas as SQLite scalar functions. Arguments arrive as the storage values SQLite holds (Long,
 * Double, String, byte[] or null); the result may be any of those, a Boolean (stored 1/0 like a Postgres bool) or
 * null. A {@link PgFunctionError} becomes a SQLite error carrying the Postgres SQLSTATE.
 */
final class Udf {
    private Udf() {}

    @FunctionalInterface
    interface Body {
        Object apply(Object[] args);
    }

    private static final int SQLITE_INTEGER = 1;
    private static final int SQLITE_FLOAT = 2;
    private static final int SQLITE_TEXT = 3;
    private static final int SQLITE_BLOB = 4;

    /** A strict function (Postgres's STRICT): any NULL argument gives NULL without calling the body. */
    static void strict(Connection c, String name, int nArgs, Body body) throws SQLException {
        Function.create(c, name, new Scalar(true, body), nArgs, 0);
    }

    /** A function that sees NULL arguments (concat, format, …). */
    static void lenient(Connection c, String name, int nArgs, Body body) throws SQLException {
        Function.create(c, name, new Scalar(false, body), nArgs, 0);
    }

    /** Function with storage-value accessors shared by scalar and aggregate functions. */
    abstract static class Values extends Function.Aggregate {
        Object[] arguments() throws SQLException {
            int n = args();
            Object[] a = new Object[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (value_type(i)) {
                    case SQLITE_INTEGER -> value_long(i);
                    case SQLITE_FLOAT -> value_double(i);
                    case SQLITE_TEXT -> value_text(i);
                    case SQLITE_BLOB -> value_blob(i) == null ? new byte[0] : value_blob(i); // X'' reads as null
                    default -> null;
                };
            }
            return a;
        }

        void answer(Object value) throws SQLException {
            if (value == null) result();
            else if (value instanceof Long l) result(l);
            else if (value instanceof Integer i) result((long) i);
            else if (value instanceof Double d && d.isNaN()) result("NaN"); // SQLite would store a NaN REAL as NULL
            else if (value instanceof Double d) result(d);
            else if (value instanceof Boolean b) result(b ? 1L : 0L);
            else if (value instanceof byte[] bytes) result(bytes);
            else result(value.toString());
        }

        void fail(PgFunctionError e) throws SQLException { error(e.encode()); }
    }

    private static final class Scalar extends Function {
        private final boolean strict;
        private final Body body;

        Scalar(boolean strict, Body body) {
            this.strict = strict;
            this.body = body;
        }

        @Override
        protected void xFunc() throws SQLException {
            int n = args();
            Object[] a = new Object[n];
            for (int i = 0; i < n; i++) {
                a[i] = switch (value_type(i)) {
                    case SQLITE_INTEGER -> value_long(i);
                    case SQLITE_FLOAT -> value_double(i);
                    case SQLITE_TEXT -> value_text(i);
                    case SQLITE_BLOB -> value_blob(i) == null ? new byte[0] : value_blob(i); // X'' reads as null
                    default -> null;
                };
                if (strict && a[i] == null) {
                    result();
                    return;
                }
            }
            Object value;
            try {
                value = body.apply(a);
            } catch (PgFunctionError e) {
                error(e.encode());
                return;
            }
            if (value == null) result();
            else if (value instanceof Long l) result(l);
            else if (value instanceof Integer i) result((long) i);
            else if (value instanceof Double d && d.isNaN()) result("NaN"); // SQLite would store a NaN REAL as NULL
            else if (value instanceof Double d) result(d);
            else if (value instanceof Boolean b) result(b ? 1L : 0L);
            else if (value instanceof byte[] bytes) result(bytes);
            else result(value.toString());
        }
    }
}
