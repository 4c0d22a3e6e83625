package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * json[b]_strip_nulls, and {@code _pg_set_array(kind, value)}: the array {@code ARRAY(SELECT f(value))} builds
 * from a set-returning function of one value (the translator's ArrayOfSetFunctionRule), computed in one call so an
 * aggregate argument stays in its own query: {@code keys} (json_object_keys, in document order, duplicates
 * kept as json keeps them), {@code jsonb_keys} (in jsonb's order), {@code elements} / {@code elements_text} (json[b]_array_elements[_text]) and
 * {@code unnest} (the array's elements, renumbered from 1).
 */
final class JsonSetArrays {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonSetArrays() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "json_strip_nulls", 1, a -> strip(JsonFunctions.parse(a[0])).toString()); // compact, as json's
        Udf.strict(c, "jsonb_strip_nulls", 1, a -> JsonFunctions.jsonb(strip(JsonFunctions.parse(a[0]))));
        Udf.strict(c, "_pg_set_array", 2, a -> setArray(Values.text(a[0]), Values.text(a[1])));
    }

    /** Object members whose value is null go, at any depth; array elements stay, as in Postgres. */
    static JsonNode strip(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) out.set(e.getKey(), strip(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = MAPPER.createArrayNode();
            for (JsonNode e : node) out.add(strip(e));
            return out;
        }
        return node;
    }

    static String setArray(String kind, String value) {
        List<String> elements = new ArrayList<>();
        if (kind.equals("unnest")) {
            elements.addAll(ArrayFunctions.elements(value.trim().startsWith("[")
                    ? value.substring(value.indexOf('=') + 1) : value));
        } else if (kind.equals("keys")) {
            elements.addAll(keys(value));
        } else if (kind.equals("jsonb_keys")) { // jsonb's keys come in its own order (shorter first, then bytes)
            elements.addAll(keys(JsonFunctions.jsonb(JsonFunctions.parse(value))));
        } else {
            JsonNode parts = JsonFunctions.parse(JsonSets.parts(JsonFunctions.parse(value), kind));
            for (JsonNode p : parts) elements.add(p.isNull() ? null : p.asText());
        }
        StringBuilder out = new StringBuilder("{");
        for (String e : elements) {
            if (out.length() > 1) out.append(',');
            out.append(ArrayFunctions.quote(e));
        }
        return out.append('}').toString();
    }

    /** The top-level keys of a JSON object in document order, duplicates included. */
    private static List<String> keys(String json) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new PgFunctionError("22023", "cannot call json_object_keys on " + (first == JsonToken.START_ARRAY
                        ? "an array" : "a scalar"));
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                out.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
        } catch (IOException e) {
            throw new PgFunctionError("22P02", "invalid input syntax for type json");
        }
        return out;
    }
}
