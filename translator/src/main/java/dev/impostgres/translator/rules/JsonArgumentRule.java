package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The value arguments of the json builders and aggregates as JSON text, converted by their SQL type:
 * {@code json_build_object('a', x)} becomes {@code json_build_object('a', _pg_to_json(x, 'bool'))} when x is a
 * bool. Postgres's to_json decides by type (a bool is true, a text[] a JSON array, a json value is spliced in as
 * it is), and the SQLite storage value alone cannot say (0/1, '{a,b}', '{"k": 1}' are ints and text), so the
 * type known here (ExpressionTypes, the schema's column types, the statement's CTE columns) travels as a tag;
 * an unknown type leaves the choice to the value (numbers as numbers, the rest as strings). Every call is
 * wrapped, so the functions (change-tracking's JsonText) can rely on JSON text arguments.
 */
public final class JsonArgumentRule implements RewriteRule {
    /** Function → which arguments are values: "odd" (builders' values after keys), "all", "first", "second". */
    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("json_build_object", "odd"),
            Map.entry("jsonb_build_object", "odd"), Map.entry("json_build_array", "all"),
            Map.entry("jsonb_build_array", "all"), Map.entry("to_json", "first"), Map.entry("to_jsonb", "first"),
            Map.entry("row_to_json", "first"), Map.entry("json_agg", "first"), Map.entry("jsonb_agg", "first"),
            Map.entry("json_object_agg", "second"), Map.entry("jsonb_object_agg", "second"));

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && VALUES.containsKey(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        ColumnTypes columns = DerivedColumns.of(tokens, ctx.columnTypes());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || !VALUES.containsKey(t.identifier())) continue;
            int prev = TokenNav.prevSig(tokens, i);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") && !tokens.get(TokenNav.prevSig(tokens, prev)).is("pg_catalog")
                    || tokens.get(prev).isOperator("::"))) {
                continue;
            }
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<int[]> args = arguments(tokens, open, close);
            String which = VALUES.get(t.identifier());
            for (int a = args.size() - 1; a >= 0; a--) {
                boolean value = which.equals("all") || which.equals("odd") && a % 2 == 1
                        || which.equals("first") && a == 0 || which.equals("second") && a == 1;
                if (!value) continue;
                // NULL in, NULL out (not JSON null)
                boolean strict = t.is("to_json") || t.is("to_jsonb") || t.is("row_to_json");
                String tag = wrap(tokens, args.get(a)[0], args.get(a)[1], columns, strict);
                if (t.is("json_agg") && (tag.startsWith("array:") || tag.equals("row"))) { // arrays, rows: own lines
                    tokens.set(i, new Token(Kind.IDENT, "_pg_json_agg_lines", t.start()));
                }
            }
        }
    }

    private static String wrap(List<Token> tokens, int first, int last, ColumnTypes columns, boolean strict) {
        List<Token> expression = Lexer.significant(tokens.subList(first, last + 1));
        List<Token> row = wholeRow(expression, columns);
        if (row != null) {
            tokens.subList(first, last + 1).clear();
            tokens.addAll(first, row);
            last = first + row.size() - 1;
        }
        String tag = row != null ? "json" : tag(expression, columns);
        String digits = row != null ? null : decimalLiteral(expression);
        if (digits != null) { // 1.50 is numeric and keeps its scale; SQLite's REAL would print 1.5
            tokens.subList(first, last + 1).clear();
            tokens.add(first, new Token(Kind.STRING, dev.impostgres.translator.sql.Literals.quote(digits), -1));
            last = first;
        }
        tokens.addAll(last + 1, List.of(new Token(Kind.PUNCT, ",", -1), new Token(Kind.WHITESPACE, " ", -1),
                new Token(Kind.STRING, "'" + tag + "'", -1)));
        if (strict) tokens.addAll(last + 4, List.of(new Token(Kind.PUNCT, ",", -1), new Token(Kind.NUMBER, "1", -1)));
        tokens.add(last + (strict ? 6 : 4), new Token(Kind.PUNCT, ")", -1));
        tokens.addAll(first, List.of(new Token(Kind.IDENT, "_pg_to_json", -1), new Token(Kind.PUNCT, "(", -1)));
        return row != null ? "row" : tag;
    }

    /** A decimal literal ({@code 1.50}, {@code -.5}) as numeric prints it, or null for any other expression. */
    static String decimalLiteral(List<Token> expression) {
        int n = expression.size();
        if (n == 0 || n > 2 || expression.get(n - 1).kind() != Kind.NUMBER) return null;
        if (n == 2 && !expression.get(0).isOperator("-") && !expression.get(0).isOperator("+")) return null;
        String text = expression.get(n - 1).text().replace("_", "");
        if (!text.matches("\\d*\\.\\d*")) return null;
        String digits = new java.math.BigDecimal(text).toPlainString();
        return n == 2 && expression.get(0).isOperator("-") && !digits.matches("[0.]*") ? "-" + digits : digits;
    }

    /**
     * A whole-row reference ({@code json_agg(t)}, t a table, derived table or CTE in scope and not a column):
     * row_to_json's object, {@code _pg_json_row('id', _pg_to_json(t."id", 'number'), …)}; null otherwise.
     */
    private static List<Token> wholeRow(List<Token> expression, ColumnTypes columns) {
        if (expression.size() != 1) return null;
        Token t = expression.get(0);
        if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT || columns.of(null, t.identifier()) != null) return null;
        List<String> names = columns.columnNames(t.identifier());
        if (names == null || names.isEmpty()) return null;
        StringBuilder call = new StringBuilder("_pg_json_row(");
        for (int k = 0; k < names.size(); k++) {
            String quoted = "\"" + names.get(k).replace("\"", "\"\"") + "\"";
            call.append(k == 0 ? "" : ", ").append(dev.impostgres.translator.sql.Literals.quote(names.get(k)))
                    .append(", _pg_to_json(").append(t.text()).append('.').append(quoted).append(", '")
                    .append(tag(columns.of(t.identifier(), names.get(k)))).append("')");
        }
        return Lexer.tokenize(call.append(')').toString());
    }

    static String tag(List<Token> expression, ColumnTypes columns) {
        if (expression.size() > 3 && expression.get(0).is("array") && expression.get(1).isPunct("(")
                && TokenNav.closingOf(expression, 1) == expression.size() - 1) {
            String element = tag(subqueryItem(expression.subList(1, expression.size())), columns);
            return "array:" + (element.isEmpty() ? "text" : element); // ARRAY(SELECT x …)
        }
        return tag(typeOf(expression, columns));
    }

    /** ExpressionTypes, and also scalar subqueries (their one item) and coalesce (its first typed argument). */
    private static PgType typeOf(List<Token> e, ColumnTypes columns) {
        if (e.isEmpty()) return null;
        int last = e.size() - 1;
        if (e.size() > 2 && e.get(0).isPunct("(") && e.get(1).is("select") && TokenNav.closingOf(e, 0) == last) {
            return typeOf(subqueryItem(e), columns);
        }
        if (e.size() > 3 && e.get(0).is("coalesce") && e.get(1).isPunct("(") && TokenNav.closingOf(e, 1) == last) {
            List<Token> inner = e.subList(1, e.size());
            for (int[] arg : arguments(inner, 0, inner.size() - 1)) {
                PgType t = typeOf(inner.subList(arg[0], arg[1] + 1), columns);
                if (t != null) return t;
            }
            return null;
        }
        return ExpressionTypes.of(e, columns);
    }

    /** The only select-list item of (SELECT item …), given from its opening parenthesis; or nothing. */
    private static List<Token> subqueryItem(List<Token> parenthesised) {
        if (parenthesised.size() < 3 || !parenthesised.get(1).is("select")) return List.of();
        List<DerivedColumns.Item> items = DerivedColumns.items(parenthesised, 1, parenthesised.size() - 1);
        return items.size() == 1 ? items.get(0).expression() : List.of();
    }

    static String tag(PgType type) {
        if (type == null) return "";
        if (type.isArray()) {
            String element = tag(PgTypes.byOid(type.elementOid()));
            return "array:" + (element.isEmpty() ? "text" : element);
        }
        return switch (type.oid()) {
            case 114, 3802 -> "json";
            case 16 -> "bool";
            case 20, 21, 23, 26, 700, 701, 1700 -> "number";
            case 1082 -> "date";
            case 1114 -> "timestamp";
            case 1184 -> "timestamptz";
            case 705 -> "";
            default -> "text";
        };
    }

    /** [first, last] token indexes of each top-level argument, skipping DISTINCT/ALL and stopping at ORDER BY. */
    private static List<int[]> arguments(List<Token> tokens, int open, int close) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        int end = -1;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (depth == 0 && start < 0 && out.isEmpty() && (t.is("distinct") || t.is("all"))) continue;
            if (depth == 0 && t.is("order")) break;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && t.isPunct(",")) {
                if (start >= 0) out.add(new int[] {start, end});
                start = -1;
                continue;
            }
            if (start < 0) start = k;
            end = k;
        }
        if (start >= 0) out.add(new int[] {start, end});
        return out;
    }
}
