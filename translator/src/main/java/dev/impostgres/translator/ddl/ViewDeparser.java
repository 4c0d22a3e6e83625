package dev.impostgres.translator.ddl;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * A view's query as Postgres's pg_get_viewdef prints it (ruleutils.c's layout: one target per line, FROM, WHERE,
 * GROUP BY, HAVING, ORDER BY, LIMIT each on its own indented line; every operator expression parenthesized unless
 * {@code pretty}, columns qualified only when the FROM list has more than one relation, string constants with their
 * resolved type, LIKE as {@code ~~}). Only the common shapes are deparsed: a plain SELECT over tables (comma list
 * or one JOIN … ON) with columns, integer/decimal/string constants, arithmetic, comparisons, AND/OR/NOT, IS [NOT]
 * NULL, [NOT] LIKE and function calls, where the constants need no coercion Postgres would print. Anything else
 * gives null, so the caller reports no definition rather than a wrong one.
 */
public final class ViewDeparser {
    private ViewDeparser() {}

    /** A relation's columns in attnum order, with their types. */
    public record ColumnInfo(String name, PgType type) {}

    /** Looks up a relation's columns (schema null: the search path), or null if unknown. */
    public interface Relations {
        List<ColumnInfo> columns(String schema, String name);
    }

    private static final PgType UNKNOWN = null;

    /** The deparsed query, ending in ';', or null when the shape is not one this deparser covers exactly. */
    public static String deparse(String query, Relations relations, boolean pretty) {
        try {
            Statement statement = CCJSqlParserUtil.parse(query);
            if (!(statement instanceof PlainSelect select)) return null;
            return new Context(relations, pretty).select(select);
        } catch (Exception | StackOverflowError unsupported) {
            return null;
        }
    }

    /** Thrown for a construct outside the covered shapes. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() { super(null, null, false, false); }
    }

    /** A deparsed expression: its text, type (null unknown) and how it binds (for pretty parentheses). */
    private record Node(String text, PgType type, Kind kind) {}

    private enum Kind { ATOM, OR, AND, NOT, COMPARISON, OTHER_OP, ADD, MUL }

    private record Range(String schema, String table, String refName, List<ColumnInfo> columns) {}

    private static final class Context {
        private final Relations relations;
        private final boolean pretty;
        private final List<Range> ranges = new ArrayList<>();

        Context(Relations relations, boolean pretty) {
            this.relations = relations;
            this.pretty = pretty;
        }

        String select(PlainSelect s) {
            if (s.getDistinct() != null || s.getWithItemsList() != null || s.getWindowDefinitions() != null
                    || s.getFetch() != null || s.getIntoTables() != null || s.getForMode() != null) {
                throw new Unsupported();
            }
            String from = from(s);
            StringBuilder out = new StringBuilder(" SELECT ");
            List<String> targets = new ArrayList<>();
            for (SelectItem<?> item : s.getSelectItems()) targets.addAll(target(item));
            out.append(String.join(",\n    ", targets));
            out.append("\n   FROM ").append(from);
            if (s.getWhere() != null) out.append("\n  WHERE ").append(top(s.getWhere()));
            if (s.getGroupBy() != null) {
                List<String> keys = new ArrayList<>();
                for (Object e : s.getGroupBy().getGroupByExpressionList()) keys.add(expr((Expression) e).text());
                if (s.getGroupBy().getGroupingSets() != null && !s.getGroupBy().getGroupingSets().isEmpty()) {
                    throw new Unsupported();
                }
                out.append("\n  GROUP BY ").append(String.join(", ", keys));
            }
            if (s.getHaving() != null) out.append("\n HAVING ").append(top(s.getHaving()));
            if (s.getOrderByElements() != null) {
                List<String> keys = new ArrayList<>();
                for (OrderByElement o : s.getOrderByElements()) {
                    if (o.getExpression() instanceof LongValue || o.getNullOrdering() != null) throw new Unsupported();
                    keys.add(expr(o.getExpression()).text() + (o.isAsc() ? "" : " DESC"));
                }
                out.append("\n  ORDER BY ").append(String.join(", ", keys));
            }
            if (s.getOffset() != null) {
                if (!(s.getOffset().getOffset() instanceof LongValue n)) throw new Unsupported();
                out.append("\n OFFSET ").append(n.getStringValue());
            }
            if (s.getLimit() != null) {
                if (s.getLimit().getOffset() != null || !(s.getLimit().getRowCount() instanceof LongValue n)) {
                    throw new Unsupported();
                }
                out.append("\n LIMIT ").append(n.getStringValue());
            }
            return out.append(';').toString();
        }

        private String from(PlainSelect s) {
            if (!(s.getFromItem() instanceof Table first)) throw new Unsupported();
            String text = range(first);
            List<Join> joins = s.getJoins() == null ? List.of() : s.getJoins();
            List<String> items = new ArrayList<>();
            items.add(text);
            List<Join> explicit = new ArrayList<>();
            for (Join j : joins) {
                if (!(j.getRightItem() instanceof Table t)) throw new Unsupported();
                if (j.isSimple() && !j.isCross()) items.add(range(t));
                else explicit.add(j);
            }
            if (explicit.isEmpty()) return String.join(",\n    ", items);
            if (explicit.size() != 1 || items.size() != 1) throw new Unsupported();
            Join j = explicit.get(0);
            String right = range((Table) j.getRightItem());
            String kind;
            if (j.isLeft()) kind = "LEFT JOIN";
            else if (j.isRight()) kind = "RIGHT JOIN";
            else if (j.isFull()) kind = "FULL JOIN";
            else if (j.isInner() || !j.isOuter() && !j.isNatural() && !j.isCross()) kind = "JOIN";
            else throw new Unsupported();
            if (j.getOnExpressions() == null || j.getOnExpressions().size() != 1 || (j.getUsingColumns() != null && !j.getUsingColumns().isEmpty())) throw new Unsupported();
            Node on = expr(j.getOnExpressions().iterator().next());
            String condition = pretty ? on.text() : "(" + on.text() + ")";
            return "(" + text + "\n     " + kind + " " + right + " ON " + condition + ")";
        }

        private String range(Table t) {
            String schema = t.getSchemaName() == null ? null : t.getSchemaName().replace("\"", "");
            String name = t.getName().replace("\"", "");
            if (!t.getName().startsWith("\"")) name = name.toLowerCase(Locale.ROOT);
            List<ColumnInfo> columns = relations.columns(schema, name);
            if (columns == null || t.getPivot() != null || t.getSampleClause() != null) throw new Unsupported();
            String alias = t.getAlias() == null ? null : t.getAlias().getName().replace("\"", "");
            if (t.getAlias() != null && t.getAlias().getAliasColumns() != null) throw new Unsupported();
            ranges.add(new Range(schema, name, alias == null ? name : alias, columns));
            String printed = (schema == null || schema.equals("public") ? "" : quote(schema) + ".") + quote(name);
            return alias == null ? printed : printed + " " + quote(alias);
        }

        private List<String> target(SelectItem<?> item) {
            Expression e = item.getExpression();
            if (e instanceof AllColumns all && !(e instanceof net.sf.jsqlparser.statement.select.AllTableColumns)) {
                if (all.getExceptColumns() != null || all.getReplaceExpressions() != null) throw new Unsupported();
                List<String> out = new ArrayList<>();
                for (Range r : ranges) for (ColumnInfo c : r.columns()) out.add(columnRef(r, c.name()));
                return out;
            }
            if (e instanceof net.sf.jsqlparser.statement.select.AllTableColumns table) {
                Range r = rangeNamed(table.getTable().getName().replace("\"", ""));
                List<String> out = new ArrayList<>();
                for (ColumnInfo c : r.columns()) out.add(columnRef(r, c.name()));
                return out;
            }
            String text = expr(e).text();
            String name = item.getAlias() != null ? item.getAlias().getName().replace("\"", "") : defaultName(e);
            boolean sameAsColumn = e instanceof Column c && identifier(c.getColumnName()).equals(name);
            return List.of(sameAsColumn ? text : text + " AS " + quote(name));
        }

        private String defaultName(Expression e) {
            if (e instanceof Column c) return identifier(c.getColumnName());
            if (e instanceof Function f) return f.getName().toLowerCase(Locale.ROOT);
            return "?column?";
        }

        /** A WHERE / HAVING condition (pretty mode prints no outermost parentheses: nodes carry none then). */
        private String top(Expression e) {
            return expr(e).text();
        }

        Node expr(Expression e) {
            if (e instanceof Parenthesis p) return expr(p.getExpression());
            if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) return expr(list.get(0));
            if (e instanceof Column c) return column(c);
            if (e instanceof LongValue v) {
                long value = v.getValue();
                return new Node(v.getStringValue(), value == (int) value ? PgTypes.INT4 : PgTypes.INT8, Kind.ATOM);
            }
            if (e instanceof DoubleValue v) return new Node(v.toString(), PgTypes.NUMERIC, Kind.ATOM);
            if (e instanceof StringValue s) {
                if (s.getPrefix() != null) throw new Unsupported();
                return new Node(quoteLiteral(s.getValue()) + "::text", PgTypes.TEXT, Kind.ATOM);
            }
            if (e instanceof AndExpression || e instanceof OrExpression) return bool((BinaryExpression) e);
            if (e instanceof NotExpression n) {
                Node inner = expr(n.getExpression());
                String text = pretty ? "NOT " + child(inner, Kind.NOT) : "(NOT " + inner.text() + ")";
                return new Node(text, PgTypes.BOOL, Kind.NOT);
            }
            if (e instanceof IsNullExpression n) {
                if (n.isUseIsNull() || n.isUseNotNull()) throw new Unsupported();
                Node inner = expr(n.getLeftExpression());
                String body = child(inner, Kind.COMPARISON) + (n.isNot() ? " IS NOT NULL" : " IS NULL");
                return new Node(pretty ? body : "(" + body + ")", PgTypes.BOOL, Kind.COMPARISON);
            }
            if (e instanceof LikeExpression l) {
                if (l.getEscape() != null) throw new Unsupported();
                String op = switch (l.getLikeKeyWord()) {
                    case LIKE -> l.isNot() ? "!~~" : "~~";
                    case ILIKE -> l.isNot() ? "!~~*" : "~~*";
                    default -> throw new Unsupported();
                };
                return binary(l.getLeftExpression(), op, l.getRightExpression(), Kind.COMPARISON, PgTypes.BOOL);
            }
            if (e instanceof Function f) return function(f);
            if (e instanceof BinaryExpression b) {
                String op = b.getStringExpression();
                Kind kind = switch (op) {
                    case "=", "<>", "!=", "<", ">", "<=", ">=" -> Kind.COMPARISON;
                    case "+", "-" -> Kind.ADD;
                    case "*", "/", "%" -> Kind.MUL;
                    case "||" -> Kind.OTHER_OP;
                    default -> throw new Unsupported();
                };
                if (op.equals("!=")) op = "<>";
                return binary(b.getLeftExpression(), op, b.getRightExpression(), kind, null);
            }
            throw new Unsupported();
        }

        private Node bool(BinaryExpression b) {
            Kind kind = b instanceof AndExpression ? Kind.AND : Kind.OR;
            List<Expression> operands = new ArrayList<>();
            flatten(b, b.getClass(), operands);
            List<String> parts = new ArrayList<>();
            for (Expression operand : operands) parts.add(child(expr(operand), kind));
            String body = String.join(kind == Kind.AND ? " AND " : " OR ", parts);
            return new Node(pretty ? body : "(" + body + ")", PgTypes.BOOL, kind);
        }

        private static void flatten(Expression e, Class<?> type, List<Expression> out) {
            Expression inner = e instanceof Parenthesis p ? p.getExpression() : e;
            if (e.getClass() == type) {
                BinaryExpression b = (BinaryExpression) e;
                flatten(b.getLeftExpression(), type, out);
                flatten(b.getRightExpression(), type, out);
            } else {
                out.add(inner == e ? e : inner);
            }
        }

        /** A child's text in pretty mode gets parentheses only where ruleutils' isSimpleNode asks for them. */
        private String child(Node n, Kind parent) {
            if (!pretty || n.kind() == Kind.ATOM) return n.text();
            boolean simple = switch (parent) {
                case OR -> n.kind() != Kind.ATOM;
                case AND -> n.kind() != Kind.OR;
                case NOT -> n.kind() != Kind.OR && n.kind() != Kind.AND;
                default -> false;
            };
            return simple ? n.text() : "(" + n.text() + ")";
        }

        private Node binary(Expression left, String op, Expression right, Kind kind, PgType result) {
            Node l = expr(left), r = expr(right);
            checkOperands(l, left, r, right);
            PgType type = result;
            if (type == null) type = kind == Kind.COMPARISON ? PgTypes.BOOL : promote(l.type(), r.type(), op);
            String body = child(l, kind) + " " + op + " " + child(r, kind);
            return new Node(pretty ? body : "(" + body + ")", type, kind);
        }

        /** Constants Postgres would coerce (and print with a cast) are outside the covered shapes. */
        private static void checkOperands(Node l, Expression le, Node r, Expression re) {
            if (l.type() == null || r.type() == null) throw new Unsupported();
            boolean lText = l.type().oid() == 25, rText = r.type().oid() == 25;
            if (le instanceof StringValue && !rText || re instanceof StringValue && !lText) throw new Unsupported();
            if (lText != rText) throw new Unsupported();
            if (!compatible(l.type(), r.type())) throw new Unsupported();
        }

        private static boolean compatible(PgType a, PgType b) {
            return a.oid() == b.oid() || integer(a) && integer(b);
        }

        private static boolean integer(PgType t) {
            return t.oid() == 20 || t.oid() == 21 || t.oid() == 23;
        }

        private static PgType promote(PgType l, PgType r, String op) {
            if (op.equals("||")) return PgTypes.TEXT;
            if (integer(l) && integer(r)) return l.oid() == 20 || r.oid() == 20 ? PgTypes.INT8 : PgTypes.INT4;
            return l;
        }

        private static final Map<String, PgType> FUNCTION_TYPES = Map.of("upper", PgTypes.TEXT, "lower", PgTypes.TEXT,
                "count", PgTypes.INT8, "length", PgTypes.INT4, "now", PgTypes.TIMESTAMPTZ, "max", PgTypes.UNKNOWN,
                "min", PgTypes.UNKNOWN);

        private Node function(Function f) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (f.isDistinct() || f.getKeep() != null || f.getAttribute() != null
                    || f.getOrderByElements() != null || name.contains(".")) {
                throw new Unsupported();
            }
            if (!FUNCTION_TYPES.containsKey(name)) throw new Unsupported();
            boolean star = f.isAllColumns() || f.getParameters() != null && f.getParameters().size() == 1
                    && f.getParameters().get(0) instanceof AllColumns;
            if (star) {
                if (!name.equals("count")) throw new Unsupported();
                return new Node("count(*)", PgTypes.INT8, Kind.ATOM);
            }
            List<String> args = new ArrayList<>();
            PgType first = null;
            ExpressionList<?> params = f.getParameters();
            if (params != null) {
                for (Expression a : params) {
                    Node n = expr(a);
                    if (a instanceof StringValue) throw new Unsupported();
                    if (first == null) first = n.type();
                    args.add(n.text());
                }
            }
            PgType type = FUNCTION_TYPES.get(name);
            if (type == PgTypes.UNKNOWN) type = first;
            if (type == null) throw new Unsupported();
            return new Node(name + "(" + String.join(", ", args) + ")", type, Kind.ATOM);
        }

        private Node column(Column c) {
            String name = identifier(c.getColumnName());
            Table t = c.getTable();
            String qualifier = t == null || t.getName() == null ? null : t.getName().replace("\"", "");
            if (t != null && t.getSchemaName() != null) throw new Unsupported();
            Range found = null;
            ColumnInfo info = null;
            for (Range r : ranges) {
                if (qualifier != null && !r.refName().equals(qualifier)) continue;
                for (ColumnInfo ci : r.columns()) {
                    if (ci.name().equals(name)) {
                        if (found != null) throw new Unsupported(); // ambiguous
                        found = r;
                        info = ci;
                    }
                }
            }
            if (found == null) throw new Unsupported();
            return new Node(columnRef(found, name), info.type(), Kind.ATOM);
        }

        private Range rangeNamed(String refName) {
            for (Range r : ranges) if (r.refName().equals(refName)) return r;
            throw new Unsupported();
        }

        private String columnRef(Range r, String name) {
            return ranges.size() > 1 ? quote(r.refName()) + "." + quote(name) : quote(name);
        }
    }

    private static String identifier(String written) {
        return written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                : written.toLowerCase(Locale.ROOT);
    }

    private static String quoteLiteral(String value) {
        if (value.contains("\\")) throw new Unsupported();
        return "'" + value.replace("'", "''") + "'";
    }

    /** quote_ident: plain lower-case names stay bare, everything else is double-quoted. */
    static String quote(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(name)) return name;
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static final java.util.Set<String> RESERVED = java.util.Set.of("all", "and", "any", "array", "as", "asc",
            "case", "cast", "check", "collate", "column", "constraint", "create", "default", "desc", "distinct", "do",
            "else", "end", "false", "for", "foreign", "from", "grant", "group", "having", "in", "into", "is", "join",
            "limit", "not", "null", "offset", "on", "or", "order", "primary", "references", "select", "table", "then",
            "to", "true", "union", "unique", "user", "using", "when", "where", "with", "left", "right", "inner",
            "outer", "full", "cross", "natural", "like", "ilike", "both", "leading", "trailing");
}
