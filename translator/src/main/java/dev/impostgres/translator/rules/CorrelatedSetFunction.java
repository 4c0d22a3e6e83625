package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * A set-returning FROM item whose arguments name columns of the items to its left ({@code FROM t, unnest(t.tags)
 * AS u(tag)}): a FROM subquery cannot see those, but SQLite's table-valued json_each can, so the item stays the
 * json_each call itself and the statement's references to its columns become json_each's ({@code u.tag} →
 * {@code u.value}; {@code json_extract(u.value, '$[1]')} for a zipped unnest). A select-list item that was just
 * the column keeps its name.
 */
final class CorrelatedSetFunction {
    private CorrelatedSetFunction() {}

    private static final Set<String> NOT_COLUMNS = Set.of("array", "null", "true", "false", "and", "or", "not",
            "is", "case", "when", "then", "else", "end", "cast", "as", "in", "like", "between", "distinct", "from");

    /** Whether the arguments between open and close name a column (qualified, or a bare name). */
    static boolean references(List<Token> tokens, int open, int close) {
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) continue;
            int prev = TokenNav.prevSig(tokens, k), next = TokenNav.nextSig(tokens, k);
            if (prev >= 0 && tokens.get(prev).isOperator("::")) continue; // a type name
            if (next >= 0 && (tokens.get(next).isPunct("(") || tokens.get(next).isPunct("["))) continue;
            if (t.kind() == Kind.IDENT && NOT_COLUMNS.contains(t.identifier())) continue;
            if (next >= 0 && isString(tokens.get(next))) continue; // a typed literal: date '…'
            return true;
        }
        return false;
    }

    private static boolean isString(Token t) {
        return dev.impostgres.translator.sql.Literals.isString(t);
    }

    /** Replaces {@code alias.name} and a bare {@code name} outside [skipFrom, skipTo) by the column's value. */
    static void replaceReferences(List<Token> tokens, String alias, List<String> names, List<String> values,
            int skipFrom, int skipTo) {
        String folded = Token.foldCase(alias);
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (k >= skipFrom && k < skipTo) continue;
            Token t = tokens.get(k);
            if (t.kind() != Kind.IDENT && t.kind() != Kind.QUOTED_IDENT) continue;
            int column = names.indexOf(t.identifier());
            if (column < 0) continue;
            int prev = TokenNav.prevSig(tokens, k), next = TokenNav.nextSig(tokens, k);
            if (next >= 0 && (tokens.get(next).isPunct("(") || tokens.get(next).isPunct("."))) continue;
            if (prev >= 0 && tokens.get(prev).is("as")) continue;
            int start = k;
            if (prev >= 0 && tokens.get(prev).isPunct(".")) {
                int qualifier = TokenNav.prevSig(tokens, prev);
                if (qualifier < 0 || !Token.foldCase(tokens.get(qualifier).text()).equals(folded)) continue;
                start = qualifier;
            }
            int before = TokenNav.prevSig(tokens, start);
            boolean wholeItem = before >= 0 && (tokens.get(before).is("select") || tokens.get(before).isPunct(","))
                    && next >= 0 && (tokens.get(next).is("from") || tokens.get(next).isPunct(","))
                    && !inOrderBy(tokens, start);
            String replacement = values.get(column) + (wholeItem ? " AS " + names.get(column) : "");
            tokens.subList(start, k + 1).clear();
            tokens.add(start, new Token(Kind.IDENT, replacement, -1));
        }
    }

    /** Whether the nearest clause key word before k is ORDER BY / GROUP BY (so a comma there separates sort keys). */
    private static boolean inOrderBy(List<Token> tokens, int k) {
        for (int p = k - 1; p >= 0; p--) {
            Token t = tokens.get(p);
            if (t.is("by")) return true;
            if (t.is("select") || t.is("from") || t.is("where")) return false;
        }
        return false;
    }

    /** The columns of SQLite's json_each, which an unqualified column of the table to the left would now clash with. */
    private static final Set<String> JSON_EACH_COLUMNS = Set.of("key", "value", "type", "atom", "id", "parent",
            "fullkey", "path");

    /**
     * With one plain table before the function ({@code FROM t [AS] x, …}), unqualified references named like a
     * json_each column ({@code id}, {@code value} …) get that table's name, as they meant it; the function's own
     * columns were replaced already. Answers how many tokens were added before {@code item}.
     */
    static int qualifyLeftTable(List<Token> tokens, int comma, int item, int itemEnd, List<String> own) {
        int from = comma;
        int depth = 0;
        for (int k = comma - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) depth--;
            if (depth < 0) return 0;
            if (depth == 0 && t.is("from")) {
                from = k;
                break;
            }
        }
        if (from == comma) return 0;
        List<Token> left = new java.util.ArrayList<>();
        for (int k = from + 1; k < comma; k++) if (!tokens.get(k).isTrivia()) left.add(tokens.get(k));
        boolean named = !left.isEmpty() && (left.get(0).kind() == Kind.IDENT || left.get(0).kind() == Kind.QUOTED_IDENT);
        String qualifier;
        if (named && left.size() == 1) qualifier = left.get(0).text();
        else if (named && left.size() == 2 && left.get(1).kind() != Kind.PUNCT) qualifier = left.get(1).text();
        else if (named && left.size() == 3 && left.get(1).is("as")) qualifier = left.get(2).text();
        else return 0;
        int select = -1;
        for (int k = from - 1; k >= 0; k--) {
            if (tokens.get(k).is("select")) {
                select = k;
                break;
            }
        }
        if (select < 0) return 0;
        int added = 0;
        for (int k = tokens.size() - 1; k > select; k--) {
            if (k >= item && k < itemEnd) continue;
            Token t = tokens.get(k);
            if (t.kind() != Kind.IDENT || !JSON_EACH_COLUMNS.contains(t.identifier()) || own.contains(t.identifier())) continue;
            int prev = TokenNav.prevSig(tokens, k), next = TokenNav.nextSig(tokens, k);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).is("as"))) continue;
            if (next >= 0 && (tokens.get(next).isPunct("(") || tokens.get(next).isPunct("."))) continue;
            tokens.add(k, new Token(Kind.PUNCT, ".", -1));
            tokens.add(k, new Token(Kind.IDENT, qualifier, -1));
            if (k < item) added += 2;
        }
        return added;
    }
}
