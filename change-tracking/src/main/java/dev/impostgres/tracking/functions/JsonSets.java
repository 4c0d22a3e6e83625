package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;

/**
 * The rows of the set-returning json functions, for SQLite's json_each to expand (the translator's
 * JsonFromFunctionRule): {@code pg_json_parts(doc, kind)} gives a JSON array (elements) or object (each) whose
 * members are the parts as strings, already in their Postgres text form (jsonb normalized, or the _text form).
 */
final class JsonSets {
    private JsonSets() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_json_parts", 2, a -> parts(JsonFunctions.parse(a[0]), Values.text(a[1])));
        // with the calling function's name, for its own error message
        Udf.strict(c, "pg_json_parts", 3, a -> {
            JsonNode doc = JsonFunctions.parse(a[0]);
            String kind = Values.text(a[1]);
            check(doc, kind, Values.text(a[2]));
            return parts(doc, kind);
        });
        JsonSetArrays.register(c);
    }

    /** Postgres's 22023 when {@code function} (json[b]_array_elements[_text], …_each[_text], …_object_keys) cannot take the document. */
    static void check(JsonNode doc, String kind, String function) {
        boolean jsonb = function.startsWith("jsonb");
        String what = doc.isArray() ? "an array" : doc.isObject() ? "an object" : "a scalar";
        String message = null;
        if (kind.startsWith("elements") && !doc.isArray()) {
            message = jsonb ? "cannot extract elements from " + what
                    : "cannot call " + function + " on " + (doc.isObject() ? "a non-array" : what);
        } else if (kind.startsWith("each") && !doc.isObject()) {
            message = jsonb ? "cannot call " + function + " on a non-object"
                    : doc.isArray() ? "cannot deconstruct an array as an object" : "cannot deconstruct a scalar";
        } else if (kind.equals("keys") && !doc.isObject()) {
            message = "cannot call " + function + " on " + what;
        }
        if (message != null) throw new PgFunctionError("22023", message);
    }

    static String parts(JsonNode doc, String kind) {
        boolean text = kind.endsWith("_text");
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (kind.startsWith("elements")) {
            if (!doc.isArray()) {
                throw new PgFunctionError("22023", doc.isObject() ? "cannot extract elements from an object"
                        : "cannot extract elements from a scalar");
            }
            ArrayNode out = f.arrayNode();
            for (JsonNode e : doc) out.add(part(e, text));
            return out.toString();
        }
        if (!doc.isObject()) {
            throw new PgFunctionError("22023", "cannot call " + (kind.equals("keys") ? "jsonb_object_keys" : "jsonb_each")
                    + " on " + (doc.isArray() ? "an array" : "a non-object"));
        }
        ObjectNode out = f.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.set(e.getKey(), part(e.getValue(), text));
        }
        return out.toString();
    }

    /** A part as a JSON string holding its text: jsonb text, or for _text a string's value and NULL for null. */
    private static JsonNode part(JsonNode value, boolean text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (text) {
            if (value.isNull()) return f.nullNode();
            return f.textNode(value.isTextual() ? value.asText() : JsonFunctions.jsonb(value));
        }
        return f.textNode(JsonFunctions.jsonb(value));
    }
}
