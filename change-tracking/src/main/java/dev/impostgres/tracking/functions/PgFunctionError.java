package dev.impostgres.tracking.functions;

/**
 * A Postgres error raised inside a SQLite user-defined function. SQLite only carries a message back to the caller,
 * so the SQLSTATE travels inside it ({@link #encode}) and the error mapping takes it out again ({@link #decode}).
 */
public final class PgFunctionError extends RuntimeException {
    private static final String PREFIX = "impostgres-error:";

    private final String sqlState;

    public PgFunctionError(String sqlState, String message) {
        super(message);
        this.sqlState = sqlState;
    }

    public String sqlState() { return sqlState; }

    String encode() { return PREFIX + sqlState + ":" + getMessage(); }

    /** {sqlState, message} of an encoded error somewhere in {@code sqliteMessage}, or null. */
    public static String[] decode(String sqliteMessage) {
        if (sqliteMessage == null) return null;
        int at = sqliteMessage.indexOf(PREFIX);
        if (at < 0 || sqliteMessage.length() < at + PREFIX.length() + 6) return null;
        int state = at + PREFIX.length();
        String message = sqliteMessage.substring(state + 6);
        // sqlite-jdbc wraps SQLite's message as "[SQLITE_ERROR] … (message)"
        if (at > 0 && sqliteMessage.charAt(at - 1) == '(' && message.endsWith(")")) {
            message = message.substring(0, message.length() - 1);
        }
        return new String[] {sqliteMessage.substring(state, state + 5), message};
    }

    static PgFunctionError divisionByZero() { return new PgFunctionError("22012", "division by zero"); }

    static PgFunctionError outOfRange(String type) { return new PgFunctionError("22003", type + " out of range"); }

    static PgFunctionError invalidParameter(String message) { return new PgFunctionError("22023", message); }
}
