package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Value conversions that need the argument's Postgres type, which the translator's TypedArgumentRule passes as a
 * tag ("bool", "int", "float", "numeric", "json", "jsonb", "date", "timestamp", "text", "<tag>[]", or "" when
 * unknown): the output text concat/format print, and the JSON value to_jsonb and json[b]_build_* make.
 */
final class TypedValues {
    private TypedValues() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_text_out", 2, a -> outputText(a[0], text(a[1])));
        Udf.strict(c, "pg_to_json_typed", 3, a -> text(a[0]).equals("to_json") ? jsonText(a[2], text(a[1]))
                : JsonFunctions.jsonb(toJson(a[2], text(a[1]))));
        Udf.lenient(c, "pg_json_build_typed", -1, a -> build(text(a[0]), text(a[1]).split(",", -1),
                Arrays.copyOfRange(a, 2, a.length)));
    }

    /** What the type's output function prints for the stored value. */
    static String outputText(Object v, String tag) {
        if (v == null) return null;
        if (tag.equals("bool")) return truth(v) ? "t" : "f";
        if (tag.equals("booltext")) return truth(v) ? "true" : "false"; // bool::text, as || uses
        return text(v);
    }

    private static boolean truth(Object v) {
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0;
        String s = text(v).trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("t") || s.equals("true") || s.equals("1") || s.equals("yes") || s.equals("on");
    }

    /** The JSON value to_jsonb gives a value of the tagged type. */
    static JsonNode toJson(Object v, String tag) {
        if (v == null) return NODES.nullNode();
        if (tag.endsWith("[]")) {
            String element = tag.substring(0, tag.length() - 2);
            ArrayNode arr = NODES.arrayNode();
            for (String e : ArrayFunctions.elements(text(v))) arr.add(e == null ? NODES.nullNode() : toJson(e, element));
            return arr;
        }
        switch (tag) {
            case "bool":
                return NODES.booleanNode(truth(v));
            case "int":
            case "numeric":
                if (v instanceof Long || v instanceof Double) return JsonFunctions.toJson(v);
                String s = text(v).trim();
                if (s.equals("NaN") || s.endsWith("Infinity")) return NODES.textNode(s);
                return NODES.numberNode(new BigDecimal(s));
            case "float":
                if (v instanceof String f) return JsonFunctions.toJson(Values.dbl(f));
                return JsonFunctions.toJson(v);
            case "json":
            case "jsonb":
                return JsonFunctions.parse(v);
            case "timestamp":
                return NODES.textNode(text(v).replace(' ', 'T'));
            case "date":
            case "text":
                return NODES.textNode(text(v));
            default:
                return JsonFunctions.toJson(v);
        }
    }

    /** to_json's text: json values as written, anything else compact (json keeps no normalized form). */
    static String jsonText(Object v, String tag) {
        if (v == null) return "null";
        if (tag.equals("json") || tag.equals("jsonb")) return text(v);
        try {
            return JsonFunctions.MAPPER.writeValueAsString(toJson(v, tag));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PgFunctionError("XX000", e.getMessage());
        }
    }

    private static String build(String fn, String[] tags, Object[] a) {
        boolean json = fn.startsWith("json_");
        if (json && fn.endsWith("_array")) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) b.append(i == 0 ? "" : ", ").append(jsonText(a[i], tags[i]));
            return b.append(']').toString();
        }
        if (json) {
            if (a.length % 2 != 0) throw new PgFunctionError("22023", "argument list must have even number of elements");
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < a.length; i += 2) {
                if (a[i] == null) throw new PgFunctionError("22004", "null value not allowed for object key");
                b.append(i == 0 ? "" : ", ").append(jsonText(outputText(a[i], tags[i]), "text")).append(" : ")
                        .append(jsonText(a[i + 1], tags[i + 1]));
            }
            return b.append('}').toString();
        }
        if (fn.startsWith("json") && fn.endsWith("_array")) {
            ArrayNode arr = NODES.arrayNode();
            for (int i = 0; i < a.length; i++) arr.add(toJson(a[i], tags[i]));
            return JsonFunctions.jsonb(arr);
        }
        if (a.length % 2 != 0) throw new PgFunctionError("22023", "argument list must have even number of elements");
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < a.length; i += 2) {
            if (a[i] == null) throw new PgFunctionError("22004", "null value not allowed for object key");
            o.set(outputText(a[i], tags[i]), toJson(a[i + 1], tags[i + 1]));
        }
        return JsonFunctions.jsonb(o);
    }
}
