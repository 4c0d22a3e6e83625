package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code CREATE TEMP TABLE … ON COMMIT DELETE ROWS | DROP}. Temporary tables are SQLite's own (one connection is one
 * session); the action is recorded in a temporary table of the same connection — created and rolled back with the
 * table — and the session runs it just before each COMMIT, inside the committing transaction.
 */
public final class OnCommitActions {
    private OnCommitActions() {}

    private static final String TABLE = "_pg_on_commit";
    private static final Pattern ON_COMMIT = Pattern.compile(
            "(?is)\\s+on\\s+commit\\s+(?:delete\\s+rows|drop|preserve\\s+rows)(?=\\s*;?\\s*$)");

    static boolean applies(DdlCommand.CreateTable t) {
        return t.onCommit() != null;
    }

    static void create(DdlContext ctx, DdlCommand.CreateTable cmd, String sqlite) throws SQLException {
        String withoutClause = ON_COMMIT.matcher(sqlite).replaceFirst("");
        Catalog catalog = ctx.catalog();
        catalog.exec(withoutClause);
        if (cmd.onCommit().equals("preserve")) return;
        catalog.exec("CREATE TEMP TABLE IF NOT EXISTS " + TABLE + " (name TEXT PRIMARY KEY, action TEXT NOT NULL)");
        catalog.update("INSERT OR REPLACE INTO temp." + TABLE + " (name, action) VALUES (?, ?)", cmd.name().name(),
                cmd.onCommit());
    }

    /** Empties or drops this connection's ON COMMIT tables; called inside the transaction about to commit. */
    public static void beforeCommit(Connection connection) throws SQLException {
        List<String[]> actions = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM temp.sqlite_schema WHERE name = '" + TABLE + "'")) {
                if (!rs.next()) return;
            }
            try (ResultSet rs = st.executeQuery("SELECT name, action FROM temp." + TABLE)) {
                while (rs.next()) actions.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            for (String[] a : actions) {
                boolean exists;
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM temp.sqlite_schema WHERE type = 'table' AND name = '"
                        + a[0].replace("'", "''") + "'")) {
                    exists = rs.next();
                }
                if (!exists || a[1].equals("drop")) {
                    if (exists) st.execute("DROP TABLE temp." + Catalog.quote(a[0]));
                    st.execute("DELETE FROM temp." + TABLE + " WHERE name = '" + a[0].replace("'", "''") + "'");
                } else {
                    st.execute("DELETE FROM temp." + Catalog.quote(a[0]));
                }
            }
        }
    }
}
