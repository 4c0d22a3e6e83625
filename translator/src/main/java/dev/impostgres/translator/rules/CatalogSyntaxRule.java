package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The syntax of client catalog queries, as SQLite and the catalog functions change-tracking registers understand
 * it: {@code pg_catalog.f(…)} calls lose the qualifier (SQLite functions are unqualified; the pg_catalog relations
 * themselves are an attached database of that name and keep it), {@code OPERATOR(pg_catalog.~)} becomes the bare
 * operator, {@code COLLATE pg_catalog.default} / {@code COLLATE "C"} are dropped (SQLite compares bytewise, as C
 * does), the parameterless SQL functions current_user, session_user, current_role, current_catalog and
 * current_schema become calls, and the object-identifier casts {@code ::regclass}, {@code ::regtype},
 * {@code ::regnamespace} become lookups ({@code _pg_regclass(x)} gives the OID; a further cast to text prints the
 * name).
 */
public final class CatalogSyntaxRule implements RewriteRule {
    private static final Map<String, String> VALUE_FUNCTIONS = Map.of("current_user", "pg_current_user()",
            "session_user", "pg_session_user()", "current_role", "pg_current_user()",
            "current_catalog", "pg_current_catalog()", "current_schema", "current_schema()");
    private static final Map<String, String> REG_TYPES = Map.of("regclass", "_pg_regclass", "regtype", "_pg_regtype",
            "regnamespace", "_pg_regnamespace");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && switch (t.identifier()) {
            case "pg_catalog", "operator", "collate", "current_user", "session_user", "current_role",
                 "current_catalog", "current_schema", "regclass", "regtype", "regnamespace" -> true;
            default -> false;
        });
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) continue;
            int next = TokenNav.nextSig(tokens, i);
            int prev = TokenNav.prevSig(tokens, i);
            boolean qualified = prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).isOperator("::"));
            if (t.is("pg_catalog") && next >= 0 && tokens.get(next).isPunct(".")) {
                int name = TokenNav.nextSig(tokens, next);
                int open = name < 0 ? -1 : TokenNav.nextSig(tokens, name);
                if (open >= 0 && tokens.get(open).isPunct("(") && !(prev >= 0 && tokens.get(prev).isOperator("::"))) {
                    tokens.subList(i, name).clear(); // pg_catalog.f( -> f(
                }
            } else if (t.is("operator") && next >= 0 && tokens.get(next).isPunct("(")) {
                operator(tokens, i, next);
            } else if (t.is("collate") && next >= 0) {
                collate(tokens, i, next);
            } else if (!qualified && VALUE_FUNCTIONS.containsKey(t.identifier())
                    && !(next >= 0 && tokens.get(next).isPunct("("))) {
                tokens.set(i, new Token(Kind.IDENT, VALUE_FUNCTIONS.get(t.identifier()), t.start()));
            } else if (REG_TYPES.containsKey(t.identifier()) && castOperator(tokens, i) >= 0) {
                i = regCast(tokens, castOperator(tokens, i), i);
            }
        }
    }

    private static final java.util.Set<String> CLAUSES = java.util.Set.of("select", "from", "where", "group",
            "having", "order", "limit", "offset", "on", "using", "returning", "set", "values", "when", "then", "else",
            "case", "and", "or", "not", "in", "join", "union", "intersect", "except");

    /**
     * True when tokens first..last are a whole item of the outermost SELECT list (nothing but a comma, SELECT or
     * DISTINCT before; a comma, FROM, AS, an alias or the end after), where the value is only printed.
     */
    private static boolean isSelectItem(List<Token> tokens, int first, int last) {
        int before = TokenNav.prevSig(tokens, first);
        if (before < 0 || !(tokens.get(before).isPunct(",") || tokens.get(before).is("select")
                || tokens.get(before).is("distinct"))) {
            return false;
        }
        int after = TokenNav.nextSig(tokens, last);
        if (after >= 0) {
            Token t = tokens.get(after);
            boolean alias = t.kind() == Kind.QUOTED_IDENT || t.kind() == Kind.IDENT && !CLAUSES.contains(t.identifier());
            if (!(t.isPunct(",") || t.is("from") || t.is("as") || t.isPunct(";") || alias)) return false;
        }
        int depth = 0;
        for (int k = before; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(")")) depth++;
            else if (t.isPunct("(")) {
                if (depth == 0) return false;
                depth--;
            } else if (depth == 0 && t.kind() == Kind.IDENT && CLAUSES.contains(t.identifier())) {
                return t.is("select") && TokenNav.prevSig(tokens, k) < 0;
            }
        }
        return false;
    }

    /** The {@code ::} before a type name at {@code type}, also across a {@code pg_catalog.} qualifier; else -1. */
    private static int castOperator(List<Token> tokens, int type) {
        int prev = TokenNav.prevSig(tokens, type);
        if (prev >= 0 && tokens.get(prev).isPunct(".")) {
            int schema = TokenNav.prevSig(tokens, prev);
            if (schema < 0 || !tokens.get(schema).is("pg_catalog")) return -1;
            prev = TokenNav.prevSig(tokens, schema);
        }
        return prev >= 0 && tokens.get(prev).isOperator("::") ? prev : -1;
    }

    /** OPERATOR(pg_catalog.~) -> ~ */
    private static void operator(List<Token> tokens, int word, int open) {
        int close = TokenNav.closingOf(tokens, open);
        if (close < 0) return;
        Token op = null;
        for (int k = open + 1; k < close; k++) {
            if (tokens.get(k).kind() == Kind.OPERATOR) op = tokens.get(k);
        }
        if (op == null) return;
        tokens.subList(word, close + 1).clear();
        tokens.add(word, op);
    }

    /** COLLATE pg_catalog.default | "default" | "C" | "POSIX" -> nothing (SQLite's BINARY is C's order). */
    private static void collate(List<Token> tokens, int word, int name) {
        int last = name;
        int dot = TokenNav.nextSig(tokens, name);
        if (tokens.get(name).is("pg_catalog") && dot >= 0 && tokens.get(dot).isPunct(".")) {
            last = TokenNav.nextSig(tokens, dot);
            if (last < 0) return;
        }
        String collation = tokens.get(last).identifier();
        if (!collation.equals("default") && !collation.equals("C") && !collation.equals("POSIX")
                && !collation.equals("c")) {
            return;
        }
        tokens.subList(word, last + 1).clear();
    }

    /** x::regclass -> _pg_regclass(x); x::regclass::text -> _pg_regclass_out(_pg_regclass(x)). */
    private static int regCast(List<Token> tokens, int op, int type) {
        int last = TokenNav.prevSig(tokens, op);
        if (last < 0) return type;
        int first = TokenNav.operandStart(tokens, last);
        String function = REG_TYPES.get(tokens.get(type).identifier());
        int end = type;
        boolean toText = false;
        int nextOp = TokenNav.nextSig(tokens, type);
        int nextType = nextOp < 0 ? -1 : TokenNav.nextSig(tokens, nextOp);
        if (nextType >= 0 && tokens.get(nextType).is("pg_catalog")) {
            int dot = TokenNav.nextSig(tokens, nextType);
            if (dot >= 0 && tokens.get(dot).isPunct(".")) nextType = TokenNav.nextSig(tokens, dot);
        }
        if (nextOp >= 0 && tokens.get(nextOp).isOperator("::") && nextType >= 0
                && (tokens.get(nextType).is("text") || tokens.get(nextType).is("name")
                || tokens.get(nextType).is("varchar"))) {
            toText = true;
            end = nextType;
        } else if (isSelectItem(tokens, first, type)) {
            toText = true; // a regclass result column prints as the name, as regclassout does
        }
        List<Token> out = new ArrayList<>();
        if (toText) {
            out.add(new Token(Kind.IDENT, function + "_out", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
        }
        out.add(new Token(Kind.IDENT, function, -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(tokens.subList(first, last + 1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        if (toText) out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(first, end + 1).clear();
        tokens.addAll(first, out);
        return first + out.size() - 1;
    }
}
