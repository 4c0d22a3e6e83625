package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.ValueCodec;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * json/jsonb operators (as {@code pg_json_op(left, right, 'op', 'json'|'jsonb')}, see the translator's
 * JsonOperatorRule) and the common json functions. Documents are stored as text; every jsonb result is re-printed
 * through the jsonb input function so it reads exactly as Postgres prints it.
 */
final class JsonFunctions {
    private JsonFunctions() {}

    static final ValueCodec CODEC = new ValueCodec();
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_json_op", 4, a -> operator(a[0], a[1], text(a[2]), text(a[3]).equals("json")));
        Udf.strict(c, "pg_jsonb_concat", 2, a -> jsonb(concat(parse(a[0]), parse(a[1]))));
        // builder arguments arrive as JSON text (_pg_to_json, see JsonText)
        JsonText.register(c);
        Udf.lenient(c, "jsonb_build_object", -1, a -> jsonb(parse(JsonText.buildObject(a))));
        Udf.lenient(c, "json_build_object", -1, JsonText::buildObject);
        Udf.lenient(c, "jsonb_build_array", -1, a -> jsonb(parse(JsonText.buildArray(a))));
        Udf.lenient(c, "json_build_array", -1, JsonText::buildArray);
        Udf.strict(c, "to_jsonb", 1, a -> jsonb(parse(a[0])));
        Udf.strict(c, "to_json", 1, a -> a[0]);
        Udf.strict(c, "row_to_json", 1, a -> a[0]); // the argument is a whole row as JSON text already
        Udf.strict(c, "jsonb_typeof", 1, a -> typeOf(parse(a[0])));
        Udf.strict(c, "json_typeof", 1, a -> typeOf(parse(a[0])));
        Udf.strict(c, "jsonb_array_length", 1, a -> arrayLength(parse(a[0]), "jsonb"));
        Udf.strict(c, "json_array_length", 1, a -> arrayLength(parse(a[0]), "json"));
        Udf.strict(c, "jsonb_set", 3, a -> JsonEdits.set(parse(a[0]), path(a[1]), parse(a[2]), true));
        Udf.strict(c, "jsonb_set", 4, a -> JsonEdits.set(parse(a[0]), path(a[1]), parse(a[2]), Values.integer(a[3]) != 0));
        Udf.strict(c, "jsonb_insert", 3, a -> JsonEdits.insert(parse(a[0]), path(a[1]), parse(a[2]), false));
        Udf.strict(c, "jsonb_insert", 4, a -> JsonEdits.insert(parse(a[0]), path(a[1]), parse(a[2]), Values.integer(a[3]) != 0));
        JsonAggregates.register(c);
        JsonRemovals.register(c);
        JsonAssignment.register(c);
        JsonRecords.register(c);
        JsonPretty.register(c);
        JsonPath.register(c);
    }

    static JsonNode parse(Object v) {
        String s = text(v);
        try {
            return MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            throw new PgFunctionError("22P02", "invalid input syntax for type json");
        }
    }

    /**
     * jsonb {@code ||}: two objects merge (the right one's keys win); otherwise both sides are arrays, a non-array
     * side taken as a one-element array, and the result is their concatenation.
     */
    static JsonNode concat(JsonNode left, JsonNode right) {
        if (left.isObject() && right.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode merged = ((com.fasterxml.jackson.databind.node.ObjectNode) left).deepCopy();
            merged.setAll((com.fasterxml.jackson.databind.node.ObjectNode) right);
            return merged;
        }
        com.fasterxml.jackson.databind.node.ArrayNode out = MAPPER.createArrayNode();
        if (left.isArray()) out.addAll((com.fasterxml.jackson.databind.node.ArrayNode) left); else out.add(left);
        if (right.isArray()) out.addAll((com.fasterxml.jackson.databind.node.ArrayNode) right); else out.add(right);
        return out;
    }

    /** The node printed as jsonb_out prints it. */
    static String jsonb(JsonNode node) {
        try {
            return (String) CODEC.decodeText(PgTypes.JSONB, MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new PgFunctionError("XX000", e.getMessage());
        } catch (PgException e) {
            throw new PgFunctionError(e.sqlState(), e.getMessage());
        }
    }

    /** A SQL value as JSON: numbers stay numbers, text becomes a string, a bool (stored 0/1) stays a number. */
    static JsonNode toJson(Object v) {
        if (v == null) return NODES.nullNode();
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? NODES.textNode(text(d)) : NODES.numberNode(new BigDecimal(text(d)));
        }
        if (v instanceof Boolean b) return NODES.booleanNode(b);
        return NODES.textNode(text(v));
    }

    static String typeOf(JsonNode n) {
        if (n.isObject()) return "object";
        if (n.isArray()) return "array";
        if (n.isTextual()) return "string";
        if (n.isNumber()) return "number";
        if (n.isBoolean()) return "boolean";
        return "null";
    }

    private static long arrayLength(JsonNode n, String type) {
        if (n.isArray()) return n.size();
        String what = n.isObject() ? "an object" : "a scalar";
        throw new PgFunctionError("22023", "cannot get array length of " + what);
    }

    /** A text[] path such as {a,1} or {"a b",c}. */
    static List<String> path(Object v) {
        String s = text(v).trim();
        if (!s.startsWith("{") || !s.endsWith("}")) throw new PgFunctionError("22P02", "malformed array literal: \"" + s + "\"");
        List<String> out = new ArrayList<>();
        String body = s.substring(1, s.length() - 1);
        if (body.isBlank()) return out;
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '\\' && i + 1 < body.length()) cur.append(body.charAt(++i));
            else if (ch == '"') { quoted = !quoted; wasQuoted = true; }
            else if (ch == ',' && !quoted) { out.add(element(cur, wasQuoted)); cur.setLength(0); wasQuoted = false; }
            else cur.append(ch);
        }
        out.add(element(cur, wasQuoted));
        return out;
    }

    private static String element(StringBuilder cur, boolean quoted) {
        String e = quoted ? cur.toString() : cur.toString().trim();
        return !quoted && e.equalsIgnoreCase("null") ? null : e;
    }

    private static Object operator(Object left, Object right, String op, boolean json) {
        if ((op.equals("@>") || op.equals("<@"))
                && (ArrayContainment.isArrayText(text(left)) || ArrayContainment.isArrayText(text(right)))) {
            return op.equals("@>") ? ArrayContainment.contains(text(left), text(right))
                    : ArrayContainment.contains(text(right), text(left));
        }
        if (json && (op.equals("->") || op.equals("->>") || op.equals("#>") || op.equals("#>>"))) {
            JsonNode whole = parse(left); // validates the document, as json's input function did
            List<String> steps = op.startsWith("#") ? path(right) : List.of(text(right));
            if (!op.startsWith("#") && (right instanceof Long || right instanceof Double) && !whole.isArray()) return null;
            if (!op.startsWith("#") && right instanceof String && whole.isArray()) return null;
            String slice = JsonSlices.slice(text(left), steps);
            if (slice == null || !op.endsWith(">>")) return slice;
            JsonNode n = parse(slice);
            return n.isNull() ? null : n.isTextual() ? n.textValue() : slice;
        }
        return switch (op) {
            case "->" -> out(get(parse(left), right), json, false);
            case "->>" -> out(get(parse(left), right), json, true);
            case "#>" -> out(getPath(parse(left), path(right)), json, false);
            case "#>>" -> out(getPath(parse(left), path(right)), json, true);
            case "@>" -> JsonEdits.contains(parse(left), parse(right));
            case "<@" -> JsonEdits.contains(parse(right), parse(left));
            case "?" -> hasKey(parse(left), text(right));
            case "?|" -> path(right).stream().anyMatch(k -> k != null && hasKey(parse(left), k));
            case "?&" -> path(right).stream().allMatch(k -> k != null && hasKey(parse(left), k));
            case "#-" -> jsonb(JsonRemovals.deletePath(parse(left), path(right)));
            default -> throw new PgFunctionError("42883", "operator does not exist: " + op);
        };
    }

    /** -> and #> give json(b) (JSON null included); ->> and #>> give text, JSON null as SQL NULL. */
    private static Object out(JsonNode n, boolean json, boolean asText) {
        if (n == null) return null;
        if (asText) {
            if (n.isNull()) return null;
            if (n.isTextual()) return n.textValue();
        }
        // json results would be slices of the input text; without them the normalized form is the honest best.
        return jsonb(n);
    }

    static JsonNode get(JsonNode doc, Object key) {
        if (key instanceof Long || key instanceof Double) {
            if (!doc.isArray()) return null;
            int i = (int) Values.integer(key);
            if (i < 0) i += doc.size();
            return i < 0 ? null : doc.get(i);
        }
        return doc.isObject() ? doc.get(text(key)) : null;
    }

    static JsonNode getPath(JsonNode doc, List<String> path) {
        JsonNode n = doc;
        for (String step : path) {
            if (n == null || step == null) return null;
            if (n.isArray()) {
                try {
                    n = get(n, Long.parseLong(step.trim()));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else {
                n = n.isObject() ? n.get(step) : null;
            }
        }
        return n;
    }

    private static boolean hasKey(JsonNode doc, String key) {
        if (doc.isObject()) return doc.has(key);
        if (doc.isArray()) {
            for (JsonNode e : doc) if (e.isTextual() && e.textValue().equals(key)) return true;
            return false;
        }
        return doc.isTextual() && doc.textValue().equals(key);
    }
}
