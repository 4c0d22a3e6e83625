package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DISTINCT inside an aggregate call, {@code json_object_agg(DISTINCT k, v ORDER BY x)} or
 * {@code string_agg(DISTINCT v, '-' ORDER BY v)}, as Postgres runs it: the input is sorted by the ORDER BY items and
 * then by the remaining arguments, and equal adjacent argument tuples are dropped. SQLite (3.44+) takes ORDER BY
 * inside any aggregate call but keeps the first occurrence order for DISTINCT, so the remaining arguments are
 * appended to the ORDER BY (for the order-sensitive aggregates). SQLite's DISTINCT takes one argument only, so
 * several arguments travel packed into one JSON array, {@code _pg_packed_json_object_agg(DISTINCT json_array(k, v)
 * ORDER BY x, k, v)}, which SQLite de-duplicates as one value and the packed aggregate (change-tracking's
 * PackedArguments) unpacks before its usual step. Every ORDER BY inside an order-sensitive aggregate gets
 * Postgres's NULL placement spelled out (NULLS LAST ascending, NULLS FIRST descending).
 */
public final class DistinctAggregateRule implements RewriteRule {
    /** Multi-argument aggregates that have a packed twin. */
    static final Set<String> PACKED = Set.of("string_agg", "json_object_agg", "jsonb_object_agg");
    /** Aggregates whose result depends on the order of their input. */
    static final Set<String> ORDERED = Set.of("string_agg", "json_object_agg", "jsonb_object_agg", "array_agg",
            "json_agg", "jsonb_agg", "group_concat", "_pg_json_agg_lines");

    @Override
    public boolean applies(RewriteContext ctx) {
        return (ctx.any(t -> t.is("distinct")) || ctx.any(t -> t.is("order")))
                && ctx.any(t -> t.kind() == Kind.IDENT && ORDERED.contains(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (name.kind() != Kind.IDENT || !ORDERED.contains(name.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            int first = TokenNav.nextSig(tokens, open);
            if (close < 0 || first < 0) continue;
            boolean distinct = tokens.get(first).is("distinct");
            List<List<Token>> args = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            int order = -1;
            int depth = 0;
            for (int k = distinct ? first + 1 : open + 1; k < close; k++) {
                Token t = tokens.get(k);
                if (t.isPunct("(") || t.isPunct("[")) depth++;
                else if (t.isPunct(")") || t.isPunct("]")) depth--;
                if (depth == 0 && t.is("order")) {
                    order = k;
                    break;
                }
                if (depth == 0 && t.isPunct(",")) {
                    args.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(t);
                }
            }
            args.add(current);
            if (!distinct && order < 0) continue;
            List<List<Token>> items = order < 0 ? new ArrayList<>() : orderItems(tokens, order, close);
            List<String> sorted = new ArrayList<>();
            for (List<Token> item : items) sorted.add(normalized(withoutDirection(item)));
            if (distinct) {
                for (List<Token> arg : args) {
                    boolean constant = Lexer.significant(arg).size() == 1
                            && arg.stream().anyMatch(t -> t.kind() == Kind.STRING || t.kind() == Kind.NUMBER);
                    if (text(arg).isBlank() || constant || sorted.contains(normalized(arg))) continue;
                    items.add(arg);
                }
            }
            StringBuilder orderBy = new StringBuilder(items.isEmpty() ? "" : order < 0 ? " ORDER BY " : "ORDER BY ");
            for (int k = 0; k < items.size(); k++) orderBy.append(k == 0 ? "" : ", ").append(withNullOrder(items.get(k)));
            int argsEnd = order < 0 ? close : order;
            tokens.subList(argsEnd, close).clear();
            tokens.addAll(argsEnd, Lexer.tokenize(orderBy.toString()));
            if (distinct && args.size() > 1 && PACKED.contains(name.identifier())) {
                int lastArg = TokenNav.prevSig(tokens, argsEnd);
                tokens.add(lastArg + 1, new Token(Kind.PUNCT, ")", -1));
                tokens.add(first + 1, new Token(Kind.WHITESPACE, " ", -1));
                tokens.add(first + 2, new Token(Kind.IDENT, "json_array", -1));
                tokens.add(first + 3, new Token(Kind.PUNCT, "(", -1));
                tokens.set(i, new Token(Kind.IDENT, "_pg_packed_" + name.identifier(), name.start()));
            }
        }
    }

    /** Postgres sorts NULLs last ascending and first descending; SQLite the other way round. */
    private static String withNullOrder(List<Token> item) {
        String text = text(item).trim();
        if (item.stream().anyMatch(t -> t.is("nulls"))) return text;
        return text + (item.stream().anyMatch(t -> t.is("desc")) ? " NULLS FIRST" : " NULLS LAST");
    }

    private static List<Token> withoutDirection(List<Token> item) {
        List<Token> out = new ArrayList<>();
        for (Token t : item) {
            if (t.is("asc") || t.is("desc") || t.is("nulls") || t.is("first") || t.is("last")) continue;
            out.add(t);
        }
        return out;
    }

    /** The ORDER BY items of an aggregate call, as written. */
    private static List<List<Token>> orderItems(List<Token> tokens, int order, int close) {
        List<List<Token>> out = new ArrayList<>();
        int by = TokenNav.nextSig(tokens, order);
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = by + 1; k < close; k++) {
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

    private static String normalized(List<Token> expression) {
        StringBuilder b = new StringBuilder();
        for (Token t : expression) {
            if (t.isTrivia()) continue;
            b.append(t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT ? t.identifier() : t.text()).append(' ');
        }
        return b.toString();
    }

    private static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) b.append(t.text());
        return b.toString();
    }
}
