package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * json[b]_to_record[set] and json[b]_populate_record[set] (the translator's JsonFromFunctionRule): each column is
 * {@code pg_cast(_pg_json_field(object, key, type, 'json'|'jsonb'), type)}, the member's text as Postgres's populate_record hands it
 * to the column type's input function — a string's contents, JSON null as SQL NULL, a JSON array for an array
 * column as array text ({@code [1, [2]]} → {@code {1,{2}}}), json/jsonb columns the member's JSON (json keeps its
 * text as written), anything else its JSON text. {@code _pg_json_records(doc, fn)} checks a recordset's argument.
 */
final class JsonRecords {
    private JsonRecords() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "_pg_json_field", 4, a -> field(Values.text(a[0]), Values.text(a[1]), Values.text(a[2]),
                Values.text(a[3]).equals("json")));
        Udf.strict(c, "_pg_json_records", 2, a -> records(Values.text(a[0]), Values.text(a[1])));
    }

    /** The member's text for the column type; {@code json} says the document is json (members keep their text). */
    static String field(String object, String key, String type, boolean json) {
        JsonNode doc = JsonFunctions.parse(object);
        if (!doc.isObject()) {
            throw new PgFunctionError("22023", "cannot call populate_composite on " + (doc.isArray() ? "an array" : "a scalar"));
        }
        JsonNode member = doc.get(key);
        if (member == null || member.isNull()) return null;
        String t = type.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("json")) return JsonSlices.slice(object, List.of(key));
        if (t.equals("jsonb")) return JsonFunctions.jsonb(member);
        if (member.isTextual()) return member.textValue();
        if (t.endsWith("]") || t.startsWith("_")) {
            if (!member.isArray()) throw new PgFunctionError("22P02", "expected JSON array");
            StringBuilder out = new StringBuilder();
            arrayText(member, out);
            return out.toString();
        }
        return json ? JsonSlices.slice(object, List.of(key)) : JsonFunctions.jsonb(member);
    }

    /** A JSON array as Postgres array text: nested arrays are dimensions, null is NULL, strings quoted as needed. */
    private static void arrayText(JsonNode array, StringBuilder out) {
        out.append('{');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) out.append(',');
            JsonNode e = array.get(i);
            if (e.isArray()) arrayText(e, out);
            else if (e.isNull()) out.append("NULL");
            else out.append(ArrayFunctions.quote(e.isTextual() ? e.textValue() : JsonFunctions.jsonb(e)));
        }
        out.append('}');
    }

    static String records(String doc, String function) {
        JsonNode n = JsonFunctions.parse(doc);
        if (!n.isArray()) {
            boolean json = function.startsWith("json_");
            throw new PgFunctionError("22023", "cannot call " + function + " on "
                    + (json ? (n.isObject() ? "an object" : "a scalar") : "a non-array"));
        }
        for (JsonNode e : n) {
            if (!e.isObject()) throw new PgFunctionError("22023", "argument of " + function + " must be an array of objects");
        }
        return doc;
    }
}
