package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** jsonb containment (@>) and jsonb_set, with Postgres's rules. */
final class JsonEdits {
    private JsonEdits() {}

    /**
     * Postgres containment: objects contain a sub-object key by key, arrays contain every element of the other
     * array (in any order), and a top-level array contains a scalar that is one of its elements.
     */
    static boolean contains(JsonNode a, JsonNode b) {
        if (a.isArray() && !b.isArray() && !b.isObject()) {
            for (JsonNode e : a) if (e.equals(b) || numberEqual(e, b)) return true;
            return false;
        }
        return containsNested(a, b);
    }

    private static boolean containsNested(JsonNode a, JsonNode b) {
        if (a.isObject() && b.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = b.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode mine = a.get(f.getKey());
                if (mine == null || !containsNested(mine, f.getValue())) return false;
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            for (JsonNode want : b) {
                boolean found = false;
                for (JsonNode have : a) {
                    if (want.isContainerNode() == have.isContainerNode() && containsNested(have, want)) {
                        found = true;
                        break;
                    }
                }
                if (!found) return false;
            }
            return true;
        }
        if (a.isContainerNode() || b.isContainerNode()) return false;
        return a.equals(b) || numberEqual(a, b);
    }

    private static boolean numberEqual(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
    }

    /** jsonb_set(target, path, new_value, create_if_missing): replaces or (last step only) adds. */
    static String set(JsonNode doc, List<String> path, JsonNode value, boolean create) {
        JsonNode root = doc.deepCopy();
        if (path.isEmpty()) return JsonFunctions.jsonb(root);
        JsonNode parent = parentOf(root, path);
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o && last != null) {
            if (o.has(last) || create) o.set(last, value);
        } else if (parent instanceof ArrayNode arr && last != null) {
            int i;
            try {
                i = Integer.parseInt(last.trim());
            } catch (NumberFormatException e) {
                throw new PgFunctionError("22P02", "path element at position " + path.size()
                        + " is not an integer: \"" + last + "\"");
            }
            if (i < 0) i += arr.size();
            if (i >= 0 && i < arr.size()) arr.set(i, value);
            else if (create && i >= arr.size()) arr.add(value);
            else if (create) arr.insert(0, value);
        }
        return JsonFunctions.jsonb(root);
    }

    /** jsonb_insert: into an array before (or after) the indexed element; into an object only as a new key. */
    static String insert(JsonNode doc, List<String> path, JsonNode value, boolean after) {
        JsonNode root = doc.deepCopy();
        if (path.isEmpty()) return JsonFunctions.jsonb(root);
        JsonNode parent = parentOf(root, path);
        String last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o && last != null) {
            if (o.has(last)) {
                throw new PgFunctionError("22023", "cannot replace existing key");
            }
            o.set(last, value);
        } else if (parent instanceof ArrayNode arr && last != null) {
            int i;
            try {
                i = Integer.parseInt(last.trim());
            } catch (NumberFormatException e) {
                throw new PgFunctionError("22P02", "path element at position " + path.size()
                        + " is not an integer: \"" + last + "\"");
            }
            if (i < 0) i += arr.size();
            if (after) i++;
            if (i <= 0) arr.insert(0, value);
            else if (i >= arr.size()) arr.add(value);
            else arr.insert(i, value);
        }
        return JsonFunctions.jsonb(root);
    }

    /** The node the path's last step is taken in (null when an earlier step is missing). */
    private static JsonNode parentOf(JsonNode root, List<String> path) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1 && parent != null; i++) {
            parent = JsonFunctions.getPath(parent, List.of(path.get(i)));
        }
        return parent;
    }
}
