package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * DISTINCT in a multi-argument aggregate call, {@code json_object_agg(DISTINCT k, v ORDER BY x)} or
 * {@code string_agg(DISTINCT v, '-' ORDER BY v)}. SQLite (3.44+) takes ORDER BY inside any aggregate call, but
 * DISTINCT only with one argument; Postgres's DISTINCT compares the whole argument tuple, so the arguments travel
 * packed into one JSON array, {@code _pg_packed_json_object_agg(DISTINCT json_array(k, v) ORDER BY x)}, which
 * SQLite de-duplicates as one value and the packed aggregate unpacks before its usual step. Other calls are left
 * as they are (single-argument DISTINCT and ORDER BY run natively).
 */
public final class DistinctAggregateRule implements RewriteRule {
    /** Multi-argument aggregates that have a packed twin (change-tracking's PackedAggregates). */
    static final Set<String> PACKED = Set.of("string_agg", "json_object_agg", "jsonb_object_agg");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("distinct")) && ctx.any(t -> t.kind() == Kind.IDENT && PACKED.contains(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (name.kind() != Kind.IDENT || !PACKED.contains(name.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int distinct = TokenNav.nextSig(tokens, open);
            if (distinct < 0 || !tokens.get(distinct).is("distinct")) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            int argsEnd = close;
            boolean several = false;
            int depth = 0;
            for (int k = distinct + 1; k < close; k++) {
                Token t = tokens.get(k);
                if (t.isPunct("(") || t.isPunct("[")) depth++;
                else if (t.isPunct(")") || t.isPunct("]")) depth--;
                else if (depth == 0 && t.isPunct(",")) several = true;
                else if (depth == 0 && t.is("order")) {
                    argsEnd = k;
                    break;
                }
            }
            if (!several) continue;
            int lastArg = TokenNav.prevSig(tokens, argsEnd);
            tokens.add(lastArg + 1, new Token(Kind.PUNCT, ")", -1));
            tokens.add(distinct + 1, new Token(Kind.WHITESPACE, " ", -1));
            tokens.add(distinct + 2, new Token(Kind.IDENT, "json_array", -1));
            tokens.add(distinct + 3, new Token(Kind.PUNCT, "(", -1));
            tokens.set(i, new Token(Kind.IDENT, "_pg_packed_" + name.identifier(), name.start()));
        }
    }
}
