package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/** jsonb_agg/json_agg and jsonb_object_agg/json_object_agg: NULL over no rows, as in Postgres. */
final class JsonAggregates {
    private JsonAggregates() {}

    static void register(Connection c) throws SQLException {
        for (String name : new String[] {"jsonb_agg", "json_agg"}) Function.create(c, name, new ArrayAgg(), 1, 0);
        for (String name : new String[] {"jsonb_object_agg", "json_object_agg"}) {
            Function.create(c, name, new ObjectAgg(false), 2, 0);
            Function.create(c, "_pg_packed_" + name, new ObjectAgg(true), 1, 0); // DISTINCT k, v
        }
        PackedArguments.register(c);
    }

    /** sqlite-jdbc clones the registered instance for each group, so the state is per group. */
    private static final class ArrayAgg extends Udf.Values implements Cloneable {
        private ArrayNode values;

        @Override
        protected void xStep() throws SQLException {
            if (values == null) values = JsonNodeFactory.instance.arrayNode();
            values.add(JsonFunctions.toJson(arguments()[0]));
        }

        @Override
        protected void xFinal() throws SQLException {
            ArrayNode done = values;
            values = null;
            try {
                answer(done == null ? null : JsonFunctions.jsonb(done));
            } catch (PgFunctionError e) {
                fail(e);
            }
        }
    }

    private static final class ObjectAgg extends Udf.Values implements Cloneable {
        /** True for the twin that takes its (key, value) packed into one JSON array (PackedArguments). */
        private final boolean packed;
        private ObjectNode values;

        ObjectAgg(boolean packed) {
            this.packed = packed;
        }

        @Override
        protected void xStep() throws SQLException {
            Object[] a = packed ? PackedArguments.unpack(arguments()[0]) : arguments();
            if (a.length < 2 || a[0] == null) {
                fail(new PgFunctionError("22023", "field name must not be null"));
                return;
            }
            if (values == null) values = JsonNodeFactory.instance.objectNode();
            values.set(Values.text(a[0]), JsonFunctions.toJson(a[1]));
        }

        @Override
        protected void xFinal() throws SQLException {
            JsonNode done = values;
            values = null;
            try {
                answer(done == null ? null : JsonFunctions.jsonb(done));
            } catch (PgFunctionError e) {
                fail(e);
            }
        }
    }
}
