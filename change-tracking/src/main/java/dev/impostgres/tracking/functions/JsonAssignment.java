package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * jsonb subscript assignment, {@code UPDATE t SET j['a'][0] = v}, as {@code _pg_jsonb_assign(j, path, v)} with the
 * subscripts as a JSON array (numbers for integer subscripts). Unlike jsonb_set it builds what the path needs, as
 * Postgres's setPath with JB_PATH_CREATE | JB_PATH_FILL_GAPS does: a missing member becomes an object, or an array
 * when its subscript is an integer; an index past an array's end pads it with nulls; a NULL document starts empty.
 */
final class JsonAssignment {
    private JsonAssignment() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static void register(Connection c) throws SQLException {
        Udf.lenient(c, "_pg_jsonb_assign", 3, a -> a[1] == null ? null : JsonFunctions.jsonb(
                assign(a[0] == null ? null : JsonFunctions.parse(a[0]), JsonFunctions.parse(a[1]),
                        a[2] == null ? NODES.nullNode() : JsonFunctions.parse(a[2]))));
    }

    static JsonNode assign(JsonNode doc, JsonNode path, JsonNode value) {
        if (path.size() == 0) return value;
        JsonNode root = doc == null ? empty(path.get(0)) : doc.deepCopy();
        JsonNode parent = root;
        for (int p = 0; p < path.size(); p++) {
            JsonNode step = path.get(p);
            boolean last = p == path.size() - 1;
            JsonNode child = last ? value : null;
            if (parent instanceof ObjectNode o) {
                String key = step.asText();
                if (!last) {
                    child = o.get(key);
                    if (child == null || child.isNull()) o.set(key, child = empty(path.get(p + 1)));
                } else {
                    o.set(key, child);
                }
            } else if (parent instanceof ArrayNode a) {
                int i = JsonRemovals.index(step.asText(), p + 1);
                if (i < 0) i = a.isEmpty() ? 0 : i + a.size(); // an empty (or new) array just takes the value
                if (i < 0) {
                    throw new PgFunctionError("22023", "path element at position " + (p + 1) + " is out of range: " + step.asText());
                }
                while (a.size() <= i) a.addNull();
                if (!last) {
                    child = a.get(i);
                    if (child.isNull()) a.set(i, child = empty(path.get(p + 1)));
                } else {
                    a.set(i, child);
                }
            } else {
                throw new PgFunctionError("22023", "cannot replace existing key");
            }
            parent = child;
        }
        return root;
    }

    /** The container a subscript implies: an array for an integer, an object for text. */
    private static JsonNode empty(JsonNode step) {
        return step.isIntegralNumber() ? NODES.arrayNode() : NODES.objectNode();
    }
}
