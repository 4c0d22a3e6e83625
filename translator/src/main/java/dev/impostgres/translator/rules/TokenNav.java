package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Set;

/** Navigation over a token list that contains trivia: neighbours, matching brackets, cast operands, type names. */
public final class TokenNav {
    private TokenNav() {}

    /** Words that can precede "(" without being a function name. */
    static final Set<String> NOT_FUNCTIONS = Set.of("and", "or", "not", "is", "in", "like", "ilike",
            "between", "exists", "any", "all", "some", "select", "where", "when", "then", "else", "on", "as",
            "from", "values", "using", "return", "returning", "by", "having", "case", "distinct", "with", "set",
            "into", "array", "row", "lateral", "join", "over", "filter", "within");

    /** The statement is a query or DML (SELECT, WITH, INSERT, UPDATE, DELETE, VALUES), not DDL or a utility. */
    static boolean startsQueryOrDml(List<Token> tokens) {
        int first = nextSig(tokens, -1);
        if (first < 0) return false;
        Token verb = tokens.get(first);
        return verb.is("select") || verb.is("with") || verb.is("insert") || verb.is("update") || verb.is("delete")
                || verb.is("values");
    }

    public static int prevSig(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }

    public static int nextSig(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }

    /** Index of the bracket opening the one closing at {@code close}, or -1. */
    static int openingOf(List<Token> tokens, int close) {
        String c = tokens.get(close).text();
        String o = c.equals(")") ? "(" : "[";
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(c)) depth++;
            else if (t.isPunct(o) && --depth == 0) return k;
        }
        return -1;
    }

    /** Index of the bracket closing the one opening at {@code open}, or -1. */
    public static int closingOf(List<Token> tokens, int open) {
        String o = tokens.get(open).text();
        String c = o.equals("(") ? ")" : "]";
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(o)) depth++;
            else if (t.isPunct(c) && --depth == 0) return k;
        }
        return -1;
    }

    /**
     * Where the operand of a postfix {@code ::} starts, given the index of its last token: a literal, parameter or
     * (qualified) column, a parenthesised expression, a function call, or any of these with subscripts.
     * {@code ::} binds tighter than every operator, so the operand is exactly one such primary.
     */
    public static int operandStart(List<Token> tokens, int last) {
        Token t = tokens.get(last);
        if (t.isPunct(")") || t.isPunct("]")) {
            int open = openingOf(tokens, last);
            if (open < 0) return last;
            int p = prevSig(tokens, open);
            if (p < 0) return open;
            Token before = tokens.get(p);
            if (t.isPunct("]") && (before.is("array") || isPrimaryEnd(before))) {
                return before.is("array") ? p : operandStart(tokens, p);
            }
            if (t.isPunct(")") && isFunctionName(before)) return qualifierStart(tokens, p);
            return open;
        }
        if (t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT) return qualifierStart(tokens, last);
        return last;
    }

    private static boolean isPrimaryEnd(Token t) {
        return t.isPunct(")") || t.isPunct("]") || t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT
                || t.kind() == Token.Kind.PARAM;
    }

    private static boolean isFunctionName(Token t) {
        if (t.kind() == Token.Kind.QUOTED_IDENT) return true;
        return t.kind() == Token.Kind.IDENT && !NOT_FUNCTIONS.contains(t.identifier());
    }

    /** Extends a name backwards over "schema." qualifiers. */
    private static int qualifierStart(List<Token> tokens, int name) {
        int start = name;
        int dot = prevSig(tokens, start);
        while (dot >= 0 && tokens.get(dot).isPunct(".")) {
            int q = prevSig(tokens, dot);
            if (q < 0) break;
            start = q;
            dot = prevSig(tokens, start);
        }
        return start;
    }

    /** A type name after {@code ::} or AS: its normalised Postgres spelling and the index of its last token. */
    record TypeRef(String name, int last) {}

    static TypeRef typeName(List<Token> tokens, int first) {
        if (first < 0) return null;
        int i = first;
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.IDENT && t.kind() != Token.Kind.QUOTED_IDENT) return null;
        int dot = nextSig(tokens, i);
        if (dot >= 0 && tokens.get(dot).isPunct(".") && nextSig(tokens, dot) >= 0) {
            i = nextSig(tokens, dot); // schema-qualified: pg_catalog.text
            t = tokens.get(i);
        }
        StringBuilder name = new StringBuilder(t.identifier());
        int last = i;
        String base = t.identifier();
        if (base.equals("double")) last = word(tokens, last, name, "precision");
        else if (base.equals("character") || base.equals("char") || base.equals("bit") || base.equals("national")) {
            if (base.equals("national")) last = word(tokens, last, name, "character");
            last = word(tokens, last, name, "varying");
        }
        last = modifier(tokens, last, name);
        if (base.equals("timestamp") || base.equals("time")) {
            int w = nextSig(tokens, last);
            if (w >= 0 && (tokens.get(w).is("with") || tokens.get(w).is("without"))) {
                int time = nextSig(tokens, w);
                int zone = time < 0 ? -1 : nextSig(tokens, time);
                if (zone >= 0 && tokens.get(time).is("time") && tokens.get(zone).is("zone")) {
                    name.append(' ').append(tokens.get(w).identifier()).append(" time zone");
                    last = zone;
                }
            }
        }
        while (true) {
            int open = nextSig(tokens, last);
            if (open < 0 || !tokens.get(open).isPunct("[")) break;
            int close = closingOf(tokens, open);
            if (close < 0) break;
            name.append("[]");
            last = close;
        }
        return new TypeRef(name.toString(), last);
    }

    private static int word(List<Token> tokens, int last, StringBuilder name, String word) {
        int n = nextSig(tokens, last);
        if (n >= 0 && tokens.get(n).is(word)) {
            name.append(' ').append(word);
            return n;
        }
        return last;
    }

    /** A type modifier such as (20) or (10,2), appended without spaces. */
    private static int modifier(List<Token> tokens, int last, StringBuilder name) {
        int open = nextSig(tokens, last);
        if (open < 0 || !tokens.get(open).isPunct("(")) return last;
        int close = closingOf(tokens, open);
        if (close < 0) return last;
        name.append('(');
        for (int k = open + 1; k < close; k++) if (!tokens.get(k).isTrivia()) name.append(tokens.get(k).text());
        name.append(')');
        return close;
    }
}
