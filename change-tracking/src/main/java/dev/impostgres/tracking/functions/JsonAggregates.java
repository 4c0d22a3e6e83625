package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * jsonb_agg/json_agg and jsonb_object_agg/json_object_agg: NULL over no rows, as in Postgres. Values arrive as
 * JSON text (the translator wraps them in _pg_to_json). The json ones build Postgres's text — {@code [v, v2]},
 * {@code { "k" : v, "k" : v2 }} with duplicate keys kept in input order — and the jsonb ones a normalized document.
 */
final class JsonAggregates {
    private JsonAggregates() {}

    static void register(Connection c) throws SQLException {
        Function.create(c, "jsonb_agg", new ArrayAgg(true, false), 1, 0);
        Function.create(c, "json_agg", new ArrayAgg(false, false), 1, 0);
        Function.create(c, "_pg_json_agg_lines", new ArrayAgg(false, true), 1, 0); // json_agg of arrays
        for (boolean jsonb : new boolean[] {true, false}) {
            String name = jsonb ? "jsonb_object_agg" : "json_object_agg";
            Function.create(c, name, new ObjectAgg(jsonb, false), 2, 0);
            Function.create(c, "_pg_packed_" + name, new ObjectAgg(jsonb, true), 1, 0); // DISTINCT k, v
        }
        PackedArguments.register(c);
    }

    /** sqlite-jdbc clones the registered instance for each group, so the state is per group. */
    private static final class ArrayAgg extends Udf.Values implements Cloneable {
        private final boolean jsonb;
        /** json_agg starts each array (or row) value after the first on a new line: ", \n ". */
        private final boolean lines;
        private StringBuilder text;

        ArrayAgg(boolean jsonb, boolean lines) {
            this.jsonb = jsonb;
            this.lines = lines;
        }

        @Override
        protected void xStep() throws SQLException {
            Object v = arguments()[0];
            text = text == null ? new StringBuilder("[") : text.append(lines && v != null && !"null".equals(Values.text(v)) ? ", \n " : ", ");
            text.append(v == null ? "null" : Values.text(v));
        }

        @Override
        protected void xFinal() throws SQLException {
            StringBuilder done = text;
            text = null;
            try {
                if (done == null) answer(null);
                else if (jsonb) answer(JsonFunctions.jsonb(JsonFunctions.parse(done.append(']').toString())));
                else answer(done.append(']').toString());
            } catch (PgFunctionError e) {
                fail(e);
            }
        }
    }

    private static final class ObjectAgg extends Udf.Values implements Cloneable {
        private final boolean jsonb;
        /** True for the twin that takes its (key, value) packed into one JSON array (PackedArguments). */
        private final boolean packed;
        private StringBuilder text;

        ObjectAgg(boolean jsonb, boolean packed) {
            this.jsonb = jsonb;
            this.packed = packed;
        }

        @Override
        protected void xStep() throws SQLException {
            Object[] a;
            try {
                a = packed ? PackedArguments.unpack(arguments()[0]) : arguments();
            } catch (PgFunctionError e) {
                fail(e);
                return;
            }
            if (a.length < 2 || a[0] == null) {
                fail(new PgFunctionError("22023", "field name must not be null"));
                return;
            }
            text = text == null ? new StringBuilder("{ ") : text.append(", ");
            text.append(JsonText.quote(JsonText.key(a[0]))).append(" : ").append(a[1] == null ? "null" : Values.text(a[1]));
        }

        @Override
        protected void xFinal() throws SQLException {
            StringBuilder done = text;
            text = null;
            try {
                if (done == null) answer(null);
                else if (jsonb) answer(JsonFunctions.jsonb(JsonFunctions.parse(done.append(" }").toString())));
                else answer(done.append(" }").toString());
            } catch (PgFunctionError e) {
                fail(e);
            }
        }
    }
}
