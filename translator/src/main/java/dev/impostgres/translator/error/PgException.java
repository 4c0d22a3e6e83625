package dev.impostgres.translator.error;

/**
 * An error as Postgres reports it: severity, SQLSTATE, message and the optional fields of an ErrorResponse.
 * Every layer throws this; the wire layer turns it into one ErrorResponse. Never carries a Java stack trace to clients.
 */
public class PgException extends RuntimeException {
    private final String severity;
    private final String sqlState;
    private final String detail;
    private final String hint;
    private final int position; // 1-based character position in the statement text, 0 when unknown

    public PgException(String sqlState, String message) {
        this("ERROR", sqlState, message, null, null, 0, null);
    }

    public PgException(String sqlState, String message, Throwable cause) {
        this("ERROR", sqlState, message, null, null, 0, cause);
    }

    public PgException(String severity, String sqlState, String message, String detail, String hint, int position,
                       Throwable cause) {
        super(message, cause);
        this.severity = severity;
        this.sqlState = sqlState;
        this.detail = detail;
        this.hint = hint;
        this.position = position;
    }

    public static PgException of(String sqlState, String format, Object... args) {
        return new PgException(sqlState, String.format(format, args));
    }

    public PgException withPosition(int position) {
        return new PgException(severity, sqlState, getMessage(), detail, hint, position, getCause());
    }

    public PgException withDetail(String detail) {
        return new PgException(severity, sqlState, getMessage(), detail, hint, position, getCause());
    }

    public PgException withHint(String hint) {
        return new PgException(severity, sqlState, getMessage(), detail, hint, position, getCause());
    }

    public String severity() { return severity; }
    public String sqlState() { return sqlState; }
    public String detail() { return detail; }
    public String hint() { return hint; }
    public int position() { return position; }
}
