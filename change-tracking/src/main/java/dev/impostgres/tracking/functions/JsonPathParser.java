package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the jsonpath subset Impostgres evaluates ({@link JsonPath}): {@code [lax|strict] $} with member accessors
 * ({@code .key}, {@code ."key"}, {@code .*}), array accessors ({@code [*]}, {@code [1]}, {@code [1 to 3]},
 * {@code [last]}, {@code [last - 1]}, lists), filters {@code ? (predicate)} and the item methods size(), type(),
 * double(), abs(), floor(), ceiling(). Predicates: comparisons ({@code == != <> < <= > >=}) between paths
 * ({@code @}, {@code $}) and literals (numbers, strings, true, false, null), {@code &&}, {@code ||}, {@code !},
 * {@code exists (path)}, {@code (predicate) is unknown}, {@code starts with}. Anything else is 42601, as Postgres
 * reports a syntax error it does not read (arithmetic, like_regex, variables are not read).
 */
final class JsonPathParser {
    sealed interface Expr permits Path, Literal, Compare, And, Or, Not, Exists, IsUnknown, StartsWith {}

    record Path(boolean root, List<Step> steps) implements Expr {}

    record Literal(JsonNode value) implements Expr {}

    record Compare(String op, Expr left, Expr right) implements Expr {}

    record And(Expr left, Expr right) implements Expr {}

    record Or(Expr left, Expr right) implements Expr {}

    record Not(Expr operand) implements Expr {}

    record Exists(Path path) implements Expr {}

    record IsUnknown(Expr operand) implements Expr {}

    record StartsWith(Expr left, Expr prefix) implements Expr {}

    sealed interface Step permits Key, AnyKey, Subscripts, AnyIndex, Filter, Method {}

    record Key(String name) implements Step {}

    record AnyKey() implements Step {}

    /** Subscripts: each {from, to} an index bound, where a bound is n or last - n as {@code Bound}. */
    record Subscripts(List<Bound[]> ranges) implements Step {}

    record Bound(boolean fromLast, int offset) {}

    record AnyIndex() implements Step {}

    record Filter(Expr predicate) implements Step {}

    record Method(String name) implements Step {}

    /** A parsed path: strict or lax, and its expression (a path, or a predicate for jsonb_path_match). */
    record Parsed(boolean strict, Expr expr) {}

    private final String s;
    private int pos;

    private JsonPathParser(String s) {
        this.s = s;
    }

    static Parsed parse(String text) {
        JsonPathParser p = new JsonPathParser(text);
        boolean strict = false;
        if (p.word("strict")) strict = true;
        else p.word("lax");
        Expr e = p.or();
        p.skip();
        if (p.pos < p.s.length()) throw p.error();
        return new Parsed(strict, e);
    }

    private Expr or() {
        Expr e = and();
        while (symbol("||")) e = new Or(e, and());
        return e;
    }

    private Expr and() {
        Expr e = unary();
        while (symbol("&&")) e = new And(e, unary());
        return e;
    }

    private Expr unary() {
        if (symbol("!")) return new Not(unary());
        Expr e = comparison();
        if (word("is")) {
            if (!word("unknown")) throw error();
            return new IsUnknown(e);
        }
        return e;
    }

    private Expr comparison() {
        Expr left = primary();
        for (String op : new String[] {"==", "!=", "<>", "<=", ">=", "<", ">"}) {
            if (symbol(op)) return new Compare(op.equals("<>") ? "!=" : op, left, primary());
        }
        if (word("starts")) {
            if (!word("with")) throw error();
            return new StartsWith(left, primary());
        }
        return left;
    }

    private Expr primary() {
        skip();
        if (symbol("(")) {
            Expr e = or();
            if (!symbol(")")) throw error();
            return e;
        }
        if (word("exists")) {
            if (!symbol("(")) throw error();
            Expr e = or();
            if (!symbol(")") || !(e instanceof Path path)) throw error();
            return new Exists(path);
        }
        if (symbol("$")) return path(true);
        if (symbol("@")) return path(false);
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        if (word("true")) return new Literal(f.booleanNode(true));
        if (word("false")) return new Literal(f.booleanNode(false));
        if (word("null")) return new Literal(f.nullNode());
        if (pos < s.length() && s.charAt(pos) == '"') return new Literal(f.textNode(string()));
        int start = pos;
        if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) pos++;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.'
                || s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) pos++;
        if (pos == start) throw error();
        try {
            return new Literal(f.numberNode(new BigDecimal(s.substring(start, pos))));
        } catch (NumberFormatException e) {
            throw error();
        }
    }

    private Path path(boolean root) {
        List<Step> steps = new ArrayList<>();
        while (true) {
            skip();
            if (symbol(".")) {
                if (symbol("*")) steps.add(new AnyKey());
                else if (pos < s.length() && s.charAt(pos) == '"') steps.add(new Key(string()));
                else {
                    String name = identifier();
                    if (symbol("(")) {
                        if (!symbol(")")) throw error();
                        steps.add(new Method(name));
                    } else {
                        steps.add(new Key(name));
                    }
                }
            } else if (symbol("[")) {
                if (symbol("*")) steps.add(new AnyIndex());
                else steps.add(subscripts());
                if (!symbol("]")) throw error();
            } else if (symbol("?")) {
                if (!symbol("(")) throw error();
                steps.add(new Filter(or()));
                if (!symbol(")")) throw error();
            } else {
                return new Path(root, steps);
            }
        }
    }

    private Subscripts subscripts() {
        List<Bound[]> ranges = new ArrayList<>();
        do {
            Bound from = bound();
            Bound to = word("to") ? bound() : from;
            ranges.add(new Bound[] {from, to});
        } while (symbol(","));
        return new Subscripts(ranges);
    }

    private Bound bound() {
        skip();
        if (word("last")) {
            if (symbol("-")) return new Bound(true, -integer());
            return new Bound(true, 0);
        }
        return new Bound(false, integer());
    }

    private int integer() {
        skip();
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
        if (start == pos) throw error();
        return Integer.parseInt(s.substring(start, pos));
    }

    private String identifier() {
        skip();
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
        if (start == pos) throw error();
        return s.substring(start, pos);
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        pos++; // the opening quote
        while (pos < s.length() && s.charAt(pos) != '"') {
            char ch = s.charAt(pos++);
            if (ch == '\\' && pos < s.length()) {
                char e = s.charAt(pos++);
                b.append(switch (e) { case 'n' -> '\n'; case 't' -> '\t'; case 'r' -> '\r'; default -> e; });
            } else {
                b.append(ch);
            }
        }
        if (pos >= s.length()) throw error();
        pos++;
        return b.toString();
    }

    private boolean symbol(String sym) {
        skip();
        if (!s.startsWith(sym, pos)) return false;
        pos += sym.length();
        return true;
    }

    private boolean word(String w) {
        skip();
        int end = pos + w.length();
        if (!s.regionMatches(pos, w, 0, w.length())) return false;
        if (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_')) return false;
        pos = end;
        return true;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
    }

    private PgFunctionError error() {
        String near = pos < s.length() ? "at or near \"" + s.charAt(pos) + "\"" : "at end of jsonpath input";
        return new PgFunctionError("42601", "syntax error " + near + " of jsonpath input");
    }
}
