package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries a PgException through SQLite: a user-defined function can only fail with a message, so it sends
 * {@code pgerror:SQLSTATE:message} and this decodes it back (wherever in SQLite's message it ends up).
 */
public final class SchemaErrors {
    private SchemaErrors() {}

    private static final Pattern ENCODED = Pattern.compile("pgerror:([0-9A-Z]{5}):(.*?)(?:\\x1f(.*))?$", Pattern.DOTALL);

    static String encode(PgException e) {
        return "pgerror:" + e.sqlState() + ":" + e.getMessage() + (e.detail() == null ? "" : "\u001f" + e.detail());
    }

    /** The PgException a SQLite message carries, or null. */
    public static PgException decode(String sqliteMessage, Throwable cause) {
        if (sqliteMessage == null) return null;
        Matcher m = ENCODED.matcher(sqliteMessage);
        if (!m.find()) return null;
        PgException e = new PgException(m.group(1), m.group(2), cause);
        return m.group(3) == null ? e : e.withDetail(m.group(3));
    }
}
