package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code information_schema._pg_expandarray(arr)}, the set-returning function pgjdbc's key and index metadata
 * queries call in a select list (one row per element, as a record {@code (x, n)}), as a join: the enclosing
 * SELECT gets {@code JOIN json_each(_pg_array_json(arr)) _pg_ea} before its WHERE, {@code (…expandarray(arr)).n}
 * becomes {@code (_pg_ea.key + 1)}, the function itself and {@code (…).x} become {@code _pg_ea.value}, and a later
 * {@code (alias.col).x} over the expanded column becomes {@code alias.col}.
 */
public final class ExpandArrayRule implements RewriteRule {
    private static final Set<String> AFTER_FROM = Set.of("where", "group", "order", "limit", "offset", "union",
            "having", "window");

    private static final String JOIN = " JOIN json_each(_pg_array_json(";

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("_pg_expandarray"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("_pg_expandarray")) continue;
            int start = qualifierStart(tokens, i);
            int open = TokenNav.nextSig(tokens, i);
            int close = open < 0 ? -1 : TokenNav.closingOf(tokens, open);
            if (close < 0) return;
            List<Token> array = new ArrayList<>(tokens.subList(open + 1, close));
            int from = start;
            int to = close;
            String replacement = "_pg_ea.value";
            int before = TokenNav.prevSig(tokens, start);
            int after = TokenNav.nextSig(tokens, close);
            if (before >= 0 && tokens.get(before).isPunct("(") && after >= 0 && tokens.get(after).isPunct(")")) {
                int dot = TokenNav.nextSig(tokens, after);
                int field = dot < 0 ? -1 : TokenNav.nextSig(tokens, dot);
                if (dot >= 0 && tokens.get(dot).isPunct(".") && field >= 0) {
                    from = before;
                    to = field;
                    replacement = tokens.get(field).is("n") ? "(_pg_ea.key + 1)" : "_pg_ea.value";
                }
            }
            replace(tokens, from, to, List.of(new Token(Kind.IDENT, replacement, -1)));
            insertJoin(tokens, from, array);
            i = from;
        }
        stripFieldSelections(tokens);
    }

    /** Adds the join to the FROM list of the SELECT whose select list holds index {@code at}. */
    private static void insertJoin(List<Token> tokens, int at, List<Token> array) {
        int depth = 0;
        int target = tokens.size();
        boolean seenFrom = false;
        for (int k = at; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (depth == 0 && t.text().startsWith(JOIN)) return; // a second call in the same SELECT list
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) {
                if (depth == 0) {
                    target = k;
                    break;
                }
                depth--;
            } else if (depth == 0 && t.is("from")) {
                seenFrom = true;
            } else if (depth == 0 && seenFrom && t.kind() == Kind.IDENT && AFTER_FROM.contains(t.identifier())) {
                target = k;
                break;
            }
        }
        List<Token> join = new ArrayList<>();
        join.add(new Token(Kind.IDENT, JOIN, -1));
        join.addAll(array);
        join.add(new Token(Kind.IDENT, ")) _pg_ea ", -1));
        tokens.addAll(target, join);
    }

    /** {@code (alias.col).x} -> {@code alias.col} (the expanded column already holds the element). */
    private static void stripFieldSelections(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isPunct("(")) continue;
            int a = TokenNav.nextSig(tokens, i);
            int dot = a < 0 ? -1 : TokenNav.nextSig(tokens, a);
            int b = dot < 0 ? -1 : TokenNav.nextSig(tokens, dot);
            int close = b < 0 ? -1 : TokenNav.nextSig(tokens, b);
            int dot2 = close < 0 ? -1 : TokenNav.nextSig(tokens, close);
            int field = dot2 < 0 ? -1 : TokenNav.nextSig(tokens, dot2);
            if (field >= 0 && tokens.get(dot).isPunct(".") && tokens.get(close).isPunct(")")
                    && tokens.get(dot2).isPunct(".") && tokens.get(field).is("x")) {
                List<Token> name = new ArrayList<>(tokens.subList(a, b + 1));
                replace(tokens, i, field, name);
            }
        }
    }

    private static int qualifierStart(List<Token> tokens, int name) {
        int dot = TokenNav.prevSig(tokens, name);
        if (dot >= 0 && tokens.get(dot).isPunct(".")) {
            int schema = TokenNav.prevSig(tokens, dot);
            if (schema >= 0) return schema;
        }
        return name;
    }

    private static void replace(List<Token> tokens, int from, int to, List<Token> with) {
        List<Token> copy = new ArrayList<>(with);
        tokens.subList(from, to + 1).clear();
        tokens.addAll(from, copy);
    }
}
