package dev.impostgres.translator.storage;

import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The assignments {@code column = value} of an {@code UPDATE … SET} clause, as token ranges. Multi-column
 * assignments {@code (a, b) = (…)} are left out (their values are not single expressions).
 */
final class SetClause {
    private SetClause() {}

    private static final Set<String> END = Set.of("where", "from", "returning");

    /** One assignment: the column's name, the index of its "=", and the value's first and last token (no trivia). */
    record Assignment(String column, int equals, int valueFrom, int valueTo) {}

    /** The assignments of {@code tokens} when it is an UPDATE, else an empty list. */
    static List<Assignment> of(List<Token> tokens) {
        List<Assignment> out = new ArrayList<>();
        int first = TableScope.next(tokens, -1);
        if (first < 0 || !tokens.get(first).is("update")) return out;
        int set = -1;
        int depth = 0;
        for (int k = first; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && t.is("set")) {
                set = k;
                break;
            }
        }
        if (set < 0) return out;
        int item = TableScope.next(tokens, set);
        while (item >= 0 && TableScope.isName(tokens.get(item))) {
            int equals = TableScope.next(tokens, item);
            if (equals < 0 || !tokens.get(equals).isOperator("=")) return out;
            int from = TableScope.next(tokens, equals);
            if (from < 0) return out;
            int end = valueEnd(tokens, from);
            int to = TableScope.prev(tokens, end);
            out.add(new Assignment(tokens.get(item).identifier(), equals, from, to));
            if (end >= tokens.size() || !tokens.get(end).isPunct(",")) return out;
            item = TableScope.next(tokens, end);
        }
        return out;
    }

    /** The index of the depth-0 token ending the value that starts at {@code from} (size() at the end). */
    private static int valueEnd(List<Token> tokens, int from) {
        int depth = 0;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (depth == 0) return k;
                depth--;
            } else if (depth == 0 && (t.isPunct(",") || t.isPunct(";")
                    || t.kind() == Token.Kind.IDENT && END.contains(t.identifier()))) {
                return k;
            }
        }
        return tokens.size();
    }
}
