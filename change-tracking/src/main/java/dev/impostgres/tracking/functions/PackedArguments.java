package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The arguments of a multi-argument DISTINCT aggregate call, packed by the translator into one SQLite
 * {@code json_array(a, b, …)} so SQLite can de-duplicate them as one value (its DISTINCT takes one argument), and
 * unpacked here into the storage values they were: text, integer, real or NULL.
 */
final class PackedArguments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackedArguments() {}

    static Object[] unpack(Object packed) {
        if (packed == null) return new Object[0];
        try {
            JsonNode array = JSON.readTree(Values.text(packed));
            Object[] out = new Object[array.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode e = array.get(i);
                if (e.isNull()) out[i] = null;
                else if (e.isIntegralNumber() && e.canConvertToLong()) out[i] = e.longValue();
                else if (e.isNumber()) out[i] = e.doubleValue();
                else if (e.isTextual()) out[i] = e.textValue();
                else out[i] = e.toString();
            }
            return out;
        } catch (java.io.IOException e) {
            throw new PgFunctionError("XX000", "malformed packed aggregate arguments");
        }
    }

    /** string_agg(DISTINCT v, sep …): the packed twin of SQLite's own string_agg. */
    static void register(Connection c) throws SQLException {
        org.sqlite.Function.create(c, "_pg_packed_string_agg", new StringAgg(), 1, 0);
    }

    /** Postgres puts each row's delimiter before its value, except the first value's; NULL values are skipped. */
    private static final class StringAgg extends Udf.Values implements Cloneable {
        private StringBuilder joined;

        @Override
        protected void xStep() throws SQLException {
            Object[] a;
            try {
                a = unpack(arguments()[0]);
            } catch (PgFunctionError e) {
                fail(e);
                return;
            }
            if (a.length < 2 || a[0] == null) return;
            if (joined == null) joined = new StringBuilder();
            else if (a[1] != null) joined.append(Values.text(a[1]));
            joined.append(Values.text(a[0]));
        }

        @Override
        protected void xFinal() throws SQLException {
            StringBuilder done = joined;
            joined = null;
            answer(done == null ? null : done.toString());
        }
    }
}
