package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;

/**
 * jsonb_pretty: jsonb's text with every member and element on its own line, indented four spaces per level, and
 * an empty container still opened and closed on two lines, as Postgres's JsonbToCStringIndent prints it.
 */
final class JsonPretty {
    private JsonPretty() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "jsonb_pretty", 1, a -> pretty(JsonFunctions.parse(a[0])));
    }

    static String pretty(JsonNode doc) {
        StringBuilder out = new StringBuilder();
        append(JsonFunctions.parse(JsonFunctions.jsonb(doc)), 0, out); // members in jsonb's order
        return out.toString();
    }

    private static void append(JsonNode node, int level, StringBuilder out) {
        if (!node.isContainerNode()) {
            out.append(JsonFunctions.jsonb(node));
            return;
        }
        out.append(node.isObject() ? '{' : '[');
        boolean first = true;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); first = false) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(first ? "" : ",").append('\n').append("    ".repeat(level + 1))
                        .append(JsonText.quote(e.getKey())).append(": ");
                append(e.getValue(), level + 1, out);
            }
        } else {
            for (JsonNode e : node) {
                out.append(first ? "" : ",").append('\n').append("    ".repeat(level + 1));
                append(e, level + 1, out);
                first = false;
            }
        }
        out.append('\n').append("    ".repeat(level)).append(node.isObject() ? '}' : ']');
    }
}
