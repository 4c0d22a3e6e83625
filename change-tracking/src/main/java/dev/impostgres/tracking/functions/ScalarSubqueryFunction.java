package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * {@code _pg_scalar(c)}: the aggregate the translator puts around a scalar subquery's rows (ScalarSubqueryRule).
 * No row is NULL, one row its value (kept as SQLite holds it), a second row Postgres's 21000 — SQLite alone would
 * take the first row.
 */
final class ScalarSubqueryFunction extends Udf.Values implements Cloneable {
    private Object value;
    private long rows;

    static void register(Connection c) throws SQLException {
        Function.create(c, "_pg_scalar", new ScalarSubqueryFunction(), 1, 0);
    }

    @Override
    protected void xStep() throws SQLException {
        if (++rows > 1) {
            fail(new PgFunctionError("21000", "more than one row returned by a subquery used as an expression"));
            return;
        }
        value = arguments()[0];
    }

    @Override
    protected void xFinal() throws SQLException {
        Object done = rows == 1 ? value : null;
        value = null;
        rows = 0;
        answer(done);
    }
}
