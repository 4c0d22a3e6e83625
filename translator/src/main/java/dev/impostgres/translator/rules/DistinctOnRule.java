package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code SELECT DISTINCT ON (e…) items FROM … ORDER BY o…}: SQLite has no DISTINCT ON. Postgres keeps the first
 * row of each group in ORDER BY order, which is row_number() = 1 over a window partitioned by the DISTINCT ON
 * expressions and ordered as the query:
 * <pre>
 *  SELECT _pg_d1 AS "name1", … FROM (SELECT item1 AS _pg_d1, …, o1 AS _pg_o1, …,
 *      row_number() OVER (PARTITION BY e… ORDER BY o…) AS _pg_rn FROM …) WHERE _pg_rn = 1 ORDER BY _pg_o1 … LIMIT …
 * </pre>
 * Null ordering is made explicit (Postgres sorts NULLs last ascending, SQLite first). Runs last, over the already
 * translated tokens; handles the statement's top-level SELECT (not {@code *} items, not set operations).
 */
public final class DistinctOnRule implements RewriteRule {
    private static final Set<String> AFTER_FROM_END = Set.of("order", "limit", "offset", "fetch", "for");

    @Override
    public boolean applies(RewriteContext ctx) {
        List<Token> t = ctx.tokens();
        int select = firstSig(t);
        if (select < 0 || !t.get(select).is("select")) return false;
        int distinct = TokenNav.nextSig(t, select);
        int on = distinct < 0 ? -1 : TokenNav.nextSig(t, distinct);
        return distinct >= 0 && t.get(distinct).is("distinct") && on >= 0 && t.get(on).is("on");
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> t = ctx.tokens();
        int select = firstSig(t);
        int open = TokenNav.nextSig(t, TokenNav.nextSig(t, TokenNav.nextSig(t, select)));
        if (open < 0 || !t.get(open).isPunct("(")) return;
        int close = TokenNav.closingOf(t, open);
        if (close < 0) return;
        String partition = text(t, open + 1, close);
        // The select list: up to FROM at depth 0.
        List<String> items = new ArrayList<>();
        int from = -1;
        int depth = 0;
        int itemStart = close + 1;
        for (int i = close + 1; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isPunct("(") || k.isPunct("[")) depth++;
            else if (k.isPunct(")") || k.isPunct("]")) depth--;
            else if (depth == 0 && k.is("union") || depth == 0 && k.is("intersect") || depth == 0 && k.is("except")) {
                return;
            } else if (depth == 0 && (k.isPunct(",") || k.is("from"))) {
                items.add(text(t, itemStart, i).strip());
                itemStart = i + 1;
                if (k.is("from")) {
                    from = i;
                    break;
                }
            }
        }
        if (from < 0) return;
        // The FROM … part, then ORDER BY items and the tail (LIMIT/OFFSET…).
        int fromEnd = t.size();
        depth = 0;
        for (int i = from; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.isPunct("(") || k.isPunct("[")) depth++;
            else if (k.isPunct(")") || k.isPunct("]")) depth--;
            else if (depth == 0 && (k.is("union") || k.is("intersect") || k.is("except"))) return;
            else if (depth == 0 && k.kind() == Kind.IDENT && AFTER_FROM_END.contains(k.text().toLowerCase())) {
                fromEnd = i;
                break;
            }
        }
        List<String[]> order = new ArrayList<>(); // {expression, direction and nulls}
        int tail = fromEnd;
        if (fromEnd < t.size() && t.get(fromEnd).is("order")) {
            int by = TokenNav.nextSig(t, fromEnd);
            if (by < 0 || !t.get(by).is("by")) return;
            depth = 0;
            int start = by + 1;
            tail = t.size();
            for (int i = by + 1; i <= t.size(); i++) {
                Token k = i < t.size() ? t.get(i) : null;
                if (k != null && (k.isPunct("(") || k.isPunct("["))) depth++;
                else if (k != null && (k.isPunct(")") || k.isPunct("]"))) depth--;
                boolean end = k == null || depth == 0 && k.kind() == Kind.IDENT
                        && Set.of("limit", "offset", "fetch", "for").contains(k.text().toLowerCase());
                if (end || depth == 0 && k.isPunct(",")) {
                    order.add(orderItem(text(t, start, i).strip()));
                    start = i + 1;
                    if (end) {
                        tail = i;
                        break;
                    }
                }
            }
        }
        StringBuilder inner = new StringBuilder("SELECT ");
        StringBuilder outer = new StringBuilder("SELECT ");
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item.equals("*") || item.endsWith(".*")) return;
            String[] split = splitAlias(item);
            if (i > 0) {
                inner.append(", ");
                outer.append(", ");
            }
            inner.append(split[0]).append(" AS _pg_d").append(i + 1);
            outer.append("_pg_d").append(i + 1).append(" AS ").append(split[1]);
        }
        StringBuilder window = new StringBuilder();
        StringBuilder outerOrder = new StringBuilder();
        for (int i = 0; i < order.size(); i++) {
            inner.append(", ").append(order.get(i)[0]).append(" AS _pg_o").append(i + 1);
            window.append(i > 0 ? ", " : "").append(order.get(i)[0]).append(' ').append(order.get(i)[1]);
            outerOrder.append(i > 0 ? ", " : "").append("_pg_o").append(i + 1).append(' ').append(order.get(i)[1]);
        }
        inner.append(", row_number() OVER (PARTITION BY ").append(partition);
        if (!order.isEmpty()) inner.append(" ORDER BY ").append(window);
        inner.append(") AS _pg_rn ").append(text(t, from, fromEnd));
        outer.append(" FROM (").append(inner).append(") WHERE _pg_rn = 1");
        if (!order.isEmpty()) outer.append(" ORDER BY ").append(outerOrder);
        outer.append(' ').append(text(t, tail, t.size()));
        Token first = t.get(select);
        List<Token> before = new ArrayList<>(t.subList(0, select));
        t.clear();
        t.addAll(before);
        t.add(new Token(Kind.IDENT, outer.toString().stripTrailing(), first.start()));
    }

    /** {expression, "ASC NULLS LAST" or as written}: Postgres's null placement spelled out for SQLite. */
    private static String[] orderItem(String item) {
        String lower = item.toLowerCase();
        String direction = "";
        String expression = item;
        for (String suffix : List.of(" asc nulls first", " asc nulls last", " desc nulls first", " desc nulls last",
                " nulls first", " nulls last", " asc", " desc")) {
            if (lower.endsWith(suffix)) {
                expression = item.substring(0, item.length() - suffix.length()).strip();
                direction = suffix.strip().toUpperCase();
                break;
            }
        }
        if (!direction.contains("NULLS")) {
            direction = direction.startsWith("DESC") ? "DESC NULLS FIRST" : "ASC NULLS LAST";
        } else if (direction.startsWith("NULLS")) {
            direction = "ASC " + direction;
        }
        return new String[] {expression, direction};
    }

    /** {expression, output name}: the name after AS (as translated), else the column's own name. */
    private static String[] splitAlias(String item) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(?is)^(.*\\S)\\s+as\\s+(\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*)$").matcher(item);
        if (m.matches()) return new String[] {m.group(1), m.group(2)};
        String last = item.substring(item.lastIndexOf('.') + 1).strip();
        if (last.matches("[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")*\"")) return new String[] {item, last};
        return new String[] {item, "\"?column?\""};
    }

    private static int firstSig(List<Token> t) {
        for (int i = 0; i < t.size(); i++) if (!t.get(i).isTrivia()) return i;
        return -1;
    }

    private static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append(t.get(i).text());
        return b.toString();
    }
}
