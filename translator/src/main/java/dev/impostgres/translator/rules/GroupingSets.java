package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A GROUP BY list with ROLLUP, CUBE, GROUPING SETS or {@code ()} expanded into its grouping sets, as Postgres's
 * expand_grouping_sets does: each top-level item gives a list of sets and the list's sets are the cross product of
 * those. {@code ROLLUP (a, b)} is (a, b), (a), (); {@code CUBE (a, b)} every subset; {@code (a, b)} one set of two
 * expressions. Expressions are lists of significant tokens.
 */
record GroupingSets(List<List<List<Token>>> sets) {

    /** True when the GROUP BY list (significant tokens) holds a construct that makes more than plain grouping. */
    static boolean needed(List<Token> list) {
        int depth = 0;
        for (int k = 0; k < list.size(); k++) {
            Token t = list.get(k);
            if (t.isPunct("(")) {
                if (depth == 0 && k + 1 < list.size() && list.get(k + 1).isPunct(")")) return true;
                depth++;
            } else if (t.isPunct(")")) {
                depth--;
            } else if (depth == 0 && k + 1 < list.size() && (t.is("rollup") || t.is("cube"))
                    && list.get(k + 1).isPunct("(")) {
                return true;
            } else if (depth == 0 && t.is("grouping") && k + 1 < list.size() && list.get(k + 1).is("sets")) {
                return true;
            }
        }
        return false;
    }

    static GroupingSets of(List<Token> list) {
        List<List<List<Token>>> sets = new ArrayList<>();
        sets.add(new ArrayList<>());
        for (List<Token> item : split(list)) {
            List<List<List<Token>>> product = new ArrayList<>();
            for (List<List<Token>> left : sets) {
                for (List<List<Token>> right : item(item)) {
                    List<List<Token>> joined = new ArrayList<>(left);
                    joined.addAll(right);
                    product.add(joined);
                }
            }
            sets = product;
        }
        return new GroupingSets(sets);
    }

    /** {@code GROUP BY 2} means the second select-list item's expression (items given without trivia). */
    GroupingSets resolvingPositions(List<List<Token>> items) {
        List<List<List<Token>>> out = new ArrayList<>();
        for (List<List<Token>> set : sets) {
            List<List<Token>> resolved = new ArrayList<>();
            for (List<Token> e : set) {
                int n = e.size() == 1 && e.get(0).kind() == Token.Kind.NUMBER && e.get(0).text().matches("[0-9]+")
                        ? Integer.parseInt(e.get(0).text()) : 0;
                if (n < 1 || n > items.size()) {
                    resolved.add(e);
                    continue;
                }
                List<Token> item = items.get(n - 1);
                int size = item.size();
                resolved.add(size > 2 && item.get(size - 2).is("as") ? item.subList(0, size - 2) : item);
            }
            out.add(resolved);
        }
        return new GroupingSets(out);
    }

    /** Every expression that some set groups by, each once, in order of appearance. */
    List<List<Token>> expressions() {
        Set<String> seen = new LinkedHashSet<>();
        List<List<Token>> out = new ArrayList<>();
        for (List<List<Token>> set : sets) {
            for (List<Token> e : set) if (seen.add(key(e))) out.add(e);
        }
        return out;
    }

    /** An expression's identity for matching: a (qualified) column is its column name, else its folded text. */
    static String key(List<Token> expr) {
        Token last = expr.get(expr.size() - 1);
        boolean column = expr.size() == 1 && isName(last)
                || expr.size() == 3 && isName(expr.get(0)) && expr.get(1).isPunct(".") && isName(last);
        if (column) return last.identifier();
        StringBuilder b = new StringBuilder();
        for (Token t : expr) b.append(t.kind() == Token.Kind.IDENT ? t.identifier() : t.text()).append(' ');
        return b.toString();
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }

    /** The sets one GROUP BY item (or an element of GROUPING SETS) stands for. */
    private static List<List<List<Token>>> item(List<Token> item) {
        List<List<List<Token>>> out = new ArrayList<>();
        Token first = item.get(0);
        boolean call = item.size() > 1 && item.get(item.size() - 1).isPunct(")");
        if (call && (first.is("rollup") || first.is("cube")) && item.get(1).isPunct("(")) {
            List<List<Token>> elements = new ArrayList<>();
            for (List<Token> e : split(item.subList(2, item.size() - 1))) elements.add(e);
            if (first.is("rollup")) {
                for (int n = elements.size(); n >= 0; n--) out.add(flatten(elements.subList(0, n)));
            } else {
                for (int mask = (1 << elements.size()) - 1; mask >= 0; mask--) {
                    List<List<Token>> chosen = new ArrayList<>();
                    for (int k = 0; k < elements.size(); k++) {
                        if ((mask & 1 << (elements.size() - 1 - k)) != 0) chosen.add(elements.get(k));
                    }
                    out.add(flatten(chosen));
                }
            }
            return out;
        }
        if (call && first.is("grouping") && item.size() > 3 && item.get(1).is("sets") && item.get(2).isPunct("(")) {
            for (List<Token> element : split(item.subList(3, item.size() - 1))) out.addAll(item(element));
            return out;
        }
        out.add(flatten(List.of(item)));
        return out;
    }

    /** Elements to one set: {@code (a, b)} contributes a and b, {@code ()} nothing, anything else itself. */
    private static List<List<Token>> flatten(List<List<Token>> elements) {
        List<List<Token>> set = new ArrayList<>();
        for (List<Token> e : elements) {
            if (e.get(0).isPunct("(") && TokenNav.closingOf(e, 0) == e.size() - 1) {
                for (List<Token> inner : split(e.subList(1, e.size() - 1))) set.add(inner);
            } else {
                set.add(e);
            }
        }
        return set;
    }

    /** Splits significant tokens at top-level commas (an empty list gives no items). */
    static List<List<Token>> split(List<Token> list) {
        List<List<Token>> items = new ArrayList<>();
        int depth = 0, start = 0;
        for (int k = 0; k < list.size(); k++) {
            Token t = list.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) {
                items.add(list.subList(start, k));
                start = k + 1;
            }
        }
        if (start < list.size()) items.add(list.subList(start, list.size()));
        return items;
    }
}
