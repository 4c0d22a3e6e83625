package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.impostgres.tracking.functions.JsonPathParser.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The jsonb_path_* functions over the jsonpath subset {@link JsonPathParser} reads, with Postgres's lax-mode rules:
 * a member accessor on an array applies to its elements, an array accessor on a non-array sees it as a one-element
 * array, what is missing yields nothing; a comparison holds when any pair of its operands' items compares true, and
 * is unknown between items of different types (null compares equal only to null). Strict mode does not unwrap.
 * {@code jsonb_path_query} as a set is {@code _pg_jsonb_path_parts}, expanded by json_each like the other json sets.
 */
final class JsonPath {
    private JsonPath() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static void register(Connection c) throws SQLException {
        for (int n = 2; n <= 4; n++) {
            Udf.strict(c, "jsonb_path_query_array", n, a -> JsonFunctions.jsonb(array(query(a))));
            Udf.strict(c, "jsonb_path_query_first", n, a -> {
                List<JsonNode> items = query(a);
                return items.isEmpty() ? null : JsonFunctions.jsonb(items.get(0));
            });
            Udf.strict(c, "jsonb_path_exists", n, a -> !query(a).isEmpty());
            Udf.strict(c, "jsonb_path_match", n, a -> {
                List<JsonNode> items = query(a);
                if (items.size() == 1 && items.get(0).isNull()) return null;
                if (items.size() != 1 || !items.get(0).isBoolean()) {
                    throw new PgFunctionError("22038", "single boolean result is expected");
                }
                return items.get(0).booleanValue();
            });
            Udf.strict(c, "_pg_jsonb_path_parts", n, a -> {
                ArrayNode out = JsonNodeFactory.instance.arrayNode();
                for (JsonNode item : query(a)) out.add(JsonFunctions.jsonb(item));
                return out.toString();
            });
        }
    }

    private static List<JsonNode> query(Object[] a) {
        return evaluate(JsonFunctions.parse(a[0]), JsonPathParser.parse(Values.text(a[1])));
    }

    private static ArrayNode array(List<JsonNode> items) {
        ArrayNode out = NODES.arrayNode();
        out.addAll(items);
        return out;
    }

    /** The items a path yields; a predicate yields its one boolean (null when unknown). */
    static List<JsonNode> evaluate(JsonNode doc, Parsed parsed) {
        if (parsed.expr() instanceof Path p) return path(p, doc, doc, !parsed.strict());
        Boolean b = predicate(parsed.expr(), doc, doc, !parsed.strict());
        return List.of(b == null ? NODES.nullNode() : NODES.booleanNode(b));
    }

    private static List<JsonNode> path(Path p, JsonNode root, JsonNode current, boolean lax) {
        List<JsonNode> items = List.of(p.root() ? root : current);
        for (Step step : p.steps()) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode item : items) step(step, item, root, lax, next);
            items = next;
        }
        return items;
    }

    private static void step(Step step, JsonNode item, JsonNode root, boolean lax, List<JsonNode> out) {
        boolean unwrap = lax && item.isArray() && (step instanceof Key || step instanceof AnyKey || step instanceof Filter);
        if (unwrap) {
            for (JsonNode e : item) step(step, e, root, false, out);
            return;
        }
        if (step instanceof Key k) {
            if (item.isObject() && item.has(k.name())) out.add(item.get(k.name()));
        } else if (step instanceof AnyKey) {
            if (item.isObject()) for (Iterator<JsonNode> it = item.elements(); it.hasNext(); ) out.add(it.next());
        } else if (step instanceof AnyIndex) {
            if (item.isArray()) for (JsonNode e : item) out.add(e);
            else if (lax) out.add(item);
        } else if (step instanceof Subscripts s) {
            List<JsonNode> elements = new ArrayList<>();
            if (item.isArray()) item.forEach(elements::add);
            else if (lax) elements.add(item);
            for (Bound[] range : s.ranges()) {
                int from = index(range[0], elements.size()), to = index(range[1], elements.size());
                for (int i = Math.max(from, 0); i <= to && i < elements.size(); i++) out.add(elements.get(i));
            }
        } else if (step instanceof Filter f) {
            if (Boolean.TRUE.equals(predicate(f.predicate(), root, item, true))) out.add(item);
        } else if (step instanceof Method m) {
            out.add(method(m.name(), item, lax));
        }
    }

    private static int index(Bound b, int size) {
        return b.fromLast() ? size - 1 + b.offset() : b.offset();
    }

    private static JsonNode method(String name, JsonNode item, boolean lax) {
        switch (name) {
            case "size":
                return NODES.numberNode(item.isArray() ? item.size() : 1);
            case "type":
                return NODES.textNode(JsonFunctions.typeOf(item));
            case "double": case "abs": case "floor": case "ceiling": {
                if (!item.isNumber() && !(name.equals("double") && item.isTextual())) {
                    throw new PgFunctionError("2203C", "jsonpath item method ." + name + "() can only be applied to a numeric value");
                }
                BigDecimal v = item.isNumber() ? item.decimalValue() : new BigDecimal(item.textValue().trim());
                return NODES.numberNode(switch (name) {
                    case "abs" -> v.abs();
                    case "floor" -> v.setScale(0, RoundingMode.FLOOR);
                    case "ceiling" -> v.setScale(0, RoundingMode.CEILING);
                    default -> v;
                });
            }
            default:
                throw new PgFunctionError("42601", "syntax error at or near \"" + name + "\" of jsonpath input");
        }
    }

    /** Three-valued: TRUE, FALSE or null (unknown). */
    private static Boolean predicate(Expr e, JsonNode root, JsonNode current, boolean lax) {
        if (e instanceof And a) {
            Boolean l = predicate(a.left(), root, current, lax);
            if (Boolean.FALSE.equals(l)) return false;
            Boolean r = predicate(a.right(), root, current, lax);
            return Boolean.FALSE.equals(r) ? Boolean.FALSE : l == null || r == null ? null : Boolean.TRUE;
        }
        if (e instanceof Or o) {
            Boolean l = predicate(o.left(), root, current, lax);
            if (Boolean.TRUE.equals(l)) return true;
            Boolean r = predicate(o.right(), root, current, lax);
            return Boolean.TRUE.equals(r) ? Boolean.TRUE : l == null || r == null ? null : Boolean.FALSE;
        }
        if (e instanceof Not n) {
            Boolean b = predicate(n.operand(), root, current, lax);
            return b == null ? null : !b;
        }
        if (e instanceof IsUnknown u) return predicate(u.operand(), root, current, lax) == null;
        if (e instanceof Exists x) return !path(x.path(), root, current, lax).isEmpty();
        if (e instanceof Compare c) {
            List<JsonNode> left = operand(c.left(), root, current, lax), right = operand(c.right(), root, current, lax);
            boolean unknown = false;
            for (JsonNode l : left) {
                for (JsonNode r : right) {
                    Boolean b = compare(c.op(), l, r);
                    if (Boolean.TRUE.equals(b)) return true;
                    if (b == null) unknown = true;
                }
            }
            return unknown ? null : Boolean.FALSE;
        }
        if (e instanceof StartsWith s) {
            List<JsonNode> prefixes = operand(s.prefix(), root, current, lax);
            if (prefixes.size() != 1 || !prefixes.get(0).isTextual()) return null;
            boolean unknown = false;
            for (JsonNode l : operand(s.left(), root, current, lax)) {
                if (!l.isTextual()) unknown = true;
                else if (l.textValue().startsWith(prefixes.get(0).textValue())) return true;
            }
            return unknown ? null : Boolean.FALSE;
        }
        if (e instanceof Path p) { // a path as a predicate: its boolean item
            List<JsonNode> items = path(p, root, current, lax);
            return items.size() == 1 && items.get(0).isBoolean() ? items.get(0).booleanValue() : null;
        }
        throw new PgFunctionError("42601", "syntax error in jsonpath predicate");
    }

    /** A comparison operand's items; in lax mode arrays among them are unwrapped. */
    private static List<JsonNode> operand(Expr e, JsonNode root, JsonNode current, boolean lax) {
        List<JsonNode> items = e instanceof Literal l ? List.of(l.value()) : e instanceof Path p
                ? path(p, root, current, lax) : List.of(NODES.booleanNode(Boolean.TRUE.equals(predicate(e, root, current, lax))));
        if (!lax) return items;
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isArray()) item.forEach(out::add);
            else out.add(item);
        }
        return out;
    }

    private static Boolean compare(String op, JsonNode l, JsonNode r) {
        int cmp;
        if (l.isNull() || r.isNull()) {
            if (l.isNull() && r.isNull()) cmp = 0;
            else return op.equals("!=");
        } else if (l.isNumber() && r.isNumber()) {
            cmp = l.decimalValue().compareTo(r.decimalValue());
        } else if (l.isTextual() && r.isTextual()) {
            cmp = l.textValue().compareTo(r.textValue());
        } else if (l.isBoolean() && r.isBoolean()) {
            cmp = Boolean.compare(l.booleanValue(), r.booleanValue());
        } else {
            return null;
        }
        return switch (op) {
            case "==" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }
}
