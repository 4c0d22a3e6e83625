package dev.impostgres.translator.storage;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Infers the type of untyped parameters {@code ?n} from their context, as Postgres does for parameters a client
 * sends with type OID 0: {@code col op ?n} and {@code ?n op col} (comparisons, LIKE, IS [NOT] DISTINCT FROM) take
 * the column's type (varchar compares as text, LIKE is text), {@code col [NOT] IN (?n, …)} and
 * {@code col [NOT] BETWEEN ?n AND ?m} likewise, {@code UPDATE … SET col = ?n} and {@code INSERT … VALUES (?n)} the
 * target column's type, {@code LIMIT ?n} / {@code OFFSET ?n} bigint. In comparison positions the parameter is
 * wrapped as {@code _pg_in(oid, -1, ?n)}, so bound text is converted to the storage form exactly as that type's
 * input function would (assignments are coerced by {@link WriteCoercion}). Pure: the caller supplies the columns
 * of each SQLite table (from the schema metadata); a column that can not be resolved leaves its parameter alone.
 */
public final class ParameterTyping {
    private ParameterTyping() {}

    /** A parameter's inferred type: what ParameterDescription reports, and what its text is converted with. */
    public record ParameterType(int typeOid, int typmod) {}

    /**
     * @param sqlite the statement with comparison parameters wrapped in {@code _pg_in}
     * @param types  by parameter number ({@code types.get(0)} is {@code ?1}), null where nothing was inferred
     */
    public record Result(String sqlite, List<ParameterType> types) {}

    private static final int TEXT = 25, VARCHAR = 1043, INT8 = 20;
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
    /** Types whose storage form is the text itself: their parameters need no conversion. */
    private static final Set<Integer> PLAIN_TEXT = Set.of(TEXT, VARCHAR, 19);

    public static Result infer(String sqlite, Function<String, List<TargetColumn>> columnsOf) {
        List<Token> tokens = parameters(Lexer.tokenize(sqlite));
        TreeMap<Integer, ParameterType> types = new TreeMap<>();
        int first = TableScope.next(tokens, -1);
        if (first < 0 || !tokens.stream().anyMatch(t -> t.kind() == Kind.PARAM)) return new Result(sqlite, List.of());
        if (tokens.get(first).is("insert")) {
            WriteCoercion.insertValues(sqlite, columnsOf, (itemTokens, from, to, target) -> {
                List<Token> item = parameters(itemTokens.subList(from, to + 1)).stream()
                        .filter(t -> !t.isTrivia()).toList();
                if (target != null && item.size() == 1 && item.get(0).kind() == Kind.PARAM) {
                    types.putIfAbsent(number(item.get(0)), new ParameterType(target.typeOid(), target.typmod()));
                }
                return 0;
            });
        }
        TableScope scope = TableScope.of(tokens, columnsOf);
        Set<Integer> assignments = new HashSet<>();
        if (tokens.get(first).is("update")) {
            for (SetClause.Assignment a : SetClause.of(tokens)) {
                assignments.add(a.equals());
                TargetColumn column = scope.column(null, a.column());
                Token value = tokens.get(a.valueFrom());
                if (column != null && a.valueFrom() == a.valueTo() && value.kind() == Kind.PARAM) {
                    types.putIfAbsent(number(value), new ParameterType(column.typeOid(), column.typmod()));
                }
            }
        }
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.PARAM || !endsOperand(tokens, i)) continue;
            ParameterType type = new Context(tokens, scope, assignments).typeAt(i);
            if (type == null) continue;
            types.putIfAbsent(number(t), type);
            ParameterType chosen = types.get(number(t));
            if (!PLAIN_TEXT.contains(chosen.typeOid())) {
                tokens.set(i, new Token(Kind.IDENT, WriteCoercion.FUNCTION + "(" + chosen.typeOid() + ", "
                        + chosen.typmod() + ", " + t.text() + ")", t.start()));
                changed = true;
            }
        }
        List<ParameterType> list = new ArrayList<>();
        if (!types.isEmpty()) for (int n = 1; n <= types.lastKey(); n++) list.add(types.get(n));
        if (!changed) return new Result(sqlite, list);
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) b.append(t.text());
        return new Result(b.toString(), list);
    }

    /** Finds what a parameter is compared with or limits. */
    private record Context(List<Token> tokens, TableScope scope, Set<Integer> assignments) {

        ParameterType typeAt(int i) {
            int prev = TableScope.prev(tokens, i);
            if (prev < 0 || !startsOperand(tokens, i)) return null;
            Token p = tokens.get(prev);
            if (p.is("limit") || p.is("offset")) return new ParameterType(INT8, -1);
            if (p.kind() == Kind.OPERATOR && COMPARISONS.contains(p.text()) && !assignments.contains(prev)) {
                return compared(columnEndingAt(TableScope.prev(tokens, prev)));
            }
            if (p.is("like")) {
                int before = TableScope.prev(tokens, prev);
                if (before >= 0 && tokens.get(before).is("not")) before = TableScope.prev(tokens, before);
                return columnEndingAt(before) == null ? null : new ParameterType(TEXT, -1);
            }
            if (p.is("from") && isDistinctFrom(prev)) {
                int is = TableScope.prev(tokens, TableScope.prev(tokens, prev));
                if (is >= 0 && tokens.get(is).is("not")) is = TableScope.prev(tokens, is);
                return compared(columnEndingAt(TableScope.prev(tokens, is)));
            }
            ParameterType ranged = null;
            if (p.is("between") || p.is("symmetric")) ranged = compared(columnBefore(betweenAt(prev)));
            if (p.is("and")) {
                int operand = TableScope.prev(tokens, prev);
                int between = operand < 0 ? -1 : TableScope.prev(tokens, operand);
                if (between >= 0 && (tokens.get(between).is("between") || tokens.get(between).is("symmetric"))) {
                    ranged = compared(columnBefore(betweenAt(between)));
                }
            }
            if (p.isPunct("(") || p.isPunct(",")) ranged = compared(columnBefore(inListAt(i)));
            if (ranged != null) return ranged;
            int next = TableScope.next(tokens, i);
            if (next >= 0 && tokens.get(next).kind() == Kind.OPERATOR && COMPARISONS.contains(tokens.get(next).text())
                    && !assignments.contains(next)) {
                int column = TableScope.next(tokens, next);
                return column < 0 ? null : compared(columnStartingAt(column));
            }
            return null;
        }

        private boolean isDistinctFrom(int from) {
            int distinct = TableScope.prev(tokens, from);
            return distinct >= 0 && tokens.get(distinct).is("distinct");
        }

        /** The BETWEEN keyword at or just before {@code at} (skipping SYMMETRIC), or -1. */
        private int betweenAt(int at) {
            if (at >= 0 && tokens.get(at).is("symmetric")) at = TableScope.prev(tokens, at);
            return at >= 0 && tokens.get(at).is("between") ? at : -1;
        }

        /** For a parameter that is a whole item of {@code IN (…)}: the IN keyword's index, or -1. */
        private int inListAt(int i) {
            int next = TableScope.next(tokens, i);
            if (next < 0 || !(tokens.get(next).isPunct(",") || tokens.get(next).isPunct(")"))) return -1;
            int depth = 0;
            for (int k = i - 1; k >= 0; k--) {
                Token t = tokens.get(k);
                if (t.isPunct(")")) depth++;
                else if (t.isPunct("(") && depth-- == 0) {
                    int in = TableScope.prev(tokens, k);
                    return in >= 0 && tokens.get(in).is("in") ? in : -1;
                }
            }
            return -1;
        }

        /** The column just before a keyword (IN, BETWEEN), skipping NOT. */
        private TargetColumn columnBefore(int keyword) {
            if (keyword < 0) return null;
            int before = TableScope.prev(tokens, keyword);
            if (before >= 0 && tokens.get(before).is("not")) before = TableScope.prev(tokens, before);
            return columnEndingAt(before);
        }

        /** A whole operand {@code name} or {@code qualifier.name} ending at {@code end}, resolved; else null. */
        private TargetColumn columnEndingAt(int end) {
            if (end < 0 || !TableScope.isName(tokens.get(end))) return null;
            int start = end;
            String qualifier = null;
            int dot = TableScope.prev(tokens, end);
            if (dot >= 0 && tokens.get(dot).isPunct(".")) {
                start = TableScope.prev(tokens, dot);
                if (start < 0 || !TableScope.isName(tokens.get(start))) return null;
                qualifier = tokens.get(start).identifier();
            }
            if (!startsOperand(tokens, start)) return null;
            return scope.column(qualifier, tokens.get(end).identifier());
        }

        private TargetColumn columnStartingAt(int start) {
            if (!TableScope.isName(tokens.get(start))) return null;
            int end = start;
            String qualifier = null;
            int dot = TableScope.next(tokens, start);
            if (dot >= 0 && tokens.get(dot).isPunct(".")) {
                end = TableScope.next(tokens, dot);
                if (end < 0 || !TableScope.isName(tokens.get(end))) return null;
                qualifier = tokens.get(start).identifier();
            }
            if (!endsOperand(tokens, end)) return null;
            return scope.column(qualifier, tokens.get(end).identifier());
        }
    }

    /** A comparison with a column: its type, except that varchar compares as text (there is no varchar = varchar). */
    private static ParameterType compared(TargetColumn column) {
        if (column == null) return null;
        return new ParameterType(column.typeOid() == VARCHAR ? TEXT : column.typeOid(), -1);
    }

    /** True when the token at {@code i} begins an operand: nothing binds it to what comes before. */
    private static boolean startsOperand(List<Token> tokens, int i) {
        int prev = TableScope.prev(tokens, i);
        if (prev < 0) return true;
        Token p = tokens.get(prev);
        if (p.kind() == Kind.OPERATOR) return COMPARISONS.contains(p.text());
        return p.kind() == Kind.IDENT || p.isPunct("(") || p.isPunct(",");
    }

    /** True when the token at {@code i} ends an operand: nothing after it (an operator, a subscript) binds it. */
    private static boolean endsOperand(List<Token> tokens, int i) {
        int next = TableScope.next(tokens, i);
        if (next < 0) return true;
        Token n = tokens.get(next);
        if (n.kind() == Kind.OPERATOR) return COMPARISONS.contains(n.text());
        return n.kind() == Kind.IDENT || n.isPunct(")") || n.isPunct(",") || n.isPunct(";");
    }

    private static int number(Token parameter) {
        return Integer.parseInt(parameter.text().substring(1));
    }

    /**
     * The Postgres lexer reads SQLite's {@code ?1} as the operator {@code ?} and the number 1 (and {@code =?1} as the
     * operator {@code =?}); this joins them back into one parameter token.
     */
    static List<Token> parameters(List<Token> lexed) {
        List<Token> out = new ArrayList<>(lexed.size());
        for (int i = 0; i < lexed.size(); i++) {
            Token t = lexed.get(i);
            Token next = i + 1 < lexed.size() ? lexed.get(i + 1) : null;
            if (t.kind() == Kind.OPERATOR && t.text().endsWith("?") && next != null && next.kind() == Kind.NUMBER
                    && next.text().chars().allMatch(Character::isDigit) && (t.start() < 0 || next.start() == t.end())) {
                String op = t.text().substring(0, t.text().length() - 1);
                if (!op.isEmpty()) out.add(new Token(Kind.OPERATOR, op, t.start()));
                out.add(new Token(Kind.PARAM, "?" + next.text(), t.start() + op.length()));
                i++;
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
