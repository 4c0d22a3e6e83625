package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A function call in a FROM position: {@code fn(args) [WITH ORDINALITY] [AS] [alias[(col [type], …)]]}, with the
 * index of its last token. The alias defaults to the function's name.
 */
record FromItem(String function, List<List<Token>> args, boolean ordinality, String alias, boolean aliasGiven,
                List<Column> columns, int end) {

    /** One entry of the alias's column list (name as Postgres folds it); {@code type} null when only names are given. */
    record Column(String name, String type) {
        /** The name as a quoted SQL identifier, so case and any character survive. */
        String sql() {
            return "\"" + name.replace("\"", "\"\"") + "\"";
        }
    }

    private static final Set<String> NOT_ALIAS = Set.of("where", "join", "on", "order", "group", "limit", "union",
            "left", "inner", "cross", "right", "full", "natural", "offset", "having", "window", "with", "for",
            "except", "intersect", "fetch");

    /** The FROM item whose function name is at {@code name}, or null when it is not in a FROM position. */
    static FromItem at(List<Token> tokens, int name) {
        int before = TokenNav.prevSig(tokens, name);
        if (before < 0 || !(tokens.get(before).is("from") || tokens.get(before).is("join")
                || tokens.get(before).isPunct(",") || tokens.get(before).is("lateral"))) {
            return null;
        }
        int open = TokenNav.nextSig(tokens, name);
        int close = open < 0 || !tokens.get(open).isPunct("(") ? -1 : TokenNav.closingOf(tokens, open);
        if (close < 0) return null;
        List<List<Token>> args = split(tokens, open, close);
        int end = close;
        int next = TokenNav.nextSig(tokens, close);
        int ord = next < 0 ? -1 : TokenNav.nextSig(tokens, next);
        boolean ordinality = next >= 0 && tokens.get(next).is("with") && ord >= 0 && tokens.get(ord).is("ordinality");
        if (ordinality) end = ord;
        String function = tokens.get(name).identifier();
        String alias = function;
        boolean given = false;
        List<Column> columns = new ArrayList<>();
        int at = TokenNav.nextSig(tokens, end);
        if (at >= 0 && tokens.get(at).is("as")) at = TokenNav.nextSig(tokens, at);
        if (at >= 0 && (tokens.get(at).kind() == Kind.QUOTED_IDENT
                || tokens.get(at).kind() == Kind.IDENT && !NOT_ALIAS.contains(tokens.get(at).identifier()))) {
            alias = tokens.get(at).text();
            given = true;
            end = at;
            int list = TokenNav.nextSig(tokens, at);
            if (list >= 0 && tokens.get(list).isPunct("(")) {
                int listEnd = TokenNav.closingOf(tokens, list);
                if (listEnd < 0) return null;
                for (List<Token> def : split(tokens, list, listEnd)) {
                    List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(def);
                    if (sig.isEmpty()) continue;
                    TokenNav.TypeRef type = sig.size() > 1 ? TokenNav.typeName(sig, 1) : null;
                    columns.add(new Column(sig.get(0).identifier(), type == null ? null : type.name()));
                }
                end = listEnd;
            }
        }
        return new FromItem(function, args, ordinality, alias, given, columns, end);
    }

    private static List<List<Token>> split(List<Token> tokens, int open, int close) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && t.isPunct(",")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        out.add(current);
        return out;
    }
}
