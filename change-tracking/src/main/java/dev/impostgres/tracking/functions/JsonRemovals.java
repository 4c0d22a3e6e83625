package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * jsonb's {@code -} (a key, an array index or a text[] of keys) and {@code #-} (a path), as
 * {@code pg_jsonb_delete(doc, operand, kind)} with kind {@code key}, {@code index}, {@code keys} or {@code path}
 * (the translator's JsonbConcatRule / JsonOperatorRule say which from the operand's type; an unknown kind lets the
 * storage value decide: an integer is an index, anything else a key). The input is never changed.
 */
final class JsonRemovals {
    private JsonRemovals() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_jsonb_delete", 3, a -> JsonFunctions.jsonb(delete(JsonFunctions.parse(a[0]), a[1], Values.text(a[2]))));
    }

    static JsonNode delete(JsonNode doc, Object operand, String kind) {
        if (kind.equals("path")) return deletePath(doc, JsonFunctions.path(operand));
        if (kind.equals("index") || kind.isEmpty() && (operand instanceof Long || operand instanceof Double)) {
            return deleteIndex(doc, (int) Values.integer(operand));
        }
        if (kind.equals("keys")) return deleteKeys(doc, JsonFunctions.path(operand));
        return deleteKeys(doc, java.util.Collections.singletonList(Values.text(operand)));
    }

    /** Object members with these keys, or array elements that are these strings, go; a scalar is an error. */
    static JsonNode deleteKeys(JsonNode doc, List<String> keys) {
        if (!doc.isContainerNode()) throw new PgFunctionError("22023", "cannot delete from scalar");
        JsonNode out = doc.deepCopy();
        if (out instanceof ObjectNode o) {
            for (String k : keys) if (k != null) o.remove(k);
            return o;
        }
        ArrayNode a = (ArrayNode) out;
        for (int i = a.size() - 1; i >= 0; i--) {
            if (a.get(i).isTextual() && keys.contains(a.get(i).textValue())) a.remove(i);
        }
        return a;
    }

    /** The array element at index (negative counts from the end); out of range leaves the array as it is. */
    static JsonNode deleteIndex(JsonNode doc, int index) {
        if (doc.isObject()) throw new PgFunctionError("22023", "cannot delete from object using integer index");
        if (!doc.isArray()) throw new PgFunctionError("22023", "cannot delete from scalar");
        ArrayNode a = ((ArrayNode) doc).deepCopy();
        int i = index < 0 ? index + a.size() : index;
        if (i >= 0 && i < a.size()) a.remove(i);
        return a;
    }

    /** {@code #-}: the value at the path goes; a path that leads nowhere leaves the document as it is. */
    static JsonNode deletePath(JsonNode doc, List<String> path) {
        if (!doc.isContainerNode()) throw new PgFunctionError("22023", "cannot delete path in scalar");
        JsonNode root = doc.deepCopy();
        JsonNode parent = root;
        for (int p = 0; p < path.size(); p++) {
            String step = path.get(p);
            if (step == null) return root;
            boolean last = p == path.size() - 1;
            if (parent instanceof ObjectNode o) {
                if (last) o.remove(step);
                else parent = o.get(step);
            } else if (parent instanceof ArrayNode a) {
                int i = index(step, p + 1);
                if (i < 0) i += a.size();
                if (i < 0 || i >= a.size()) return root;
                if (last) a.remove(i);
                else parent = a.get(i);
            } else {
                return root;
            }
            if (parent == null) return root;
        }
        return root;
    }

    /** A path step read as an array index; Postgres's 22P02 names the step's 1-based position. */
    static int index(String step, int position) {
        try {
            return Integer.parseInt(step.trim());
        } catch (NumberFormatException e) {
            throw new PgFunctionError("22P02", "path element at position " + position + " is not an integer: \"" + step + "\"");
        }
    }
}
