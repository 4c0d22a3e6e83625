package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ordered-set aggregates {@code percentile_cont(f) WITHIN GROUP (ORDER BY x [DESC])}, percentile_disc and
 * {@code mode() WITHIN GROUP (ORDER BY x)}, which SQLite cannot parse, become Java aggregates taking the sort key
 * and its direction as arguments: {@code pg_percentile_cont(f, x, 'desc')}, {@code pg_mode(x, 'asc')}.
 */
public final class OrderedSetAggregateRule implements RewriteRule {
    private static final Set<String> AGGREGATES = Set.of("percentile_cont", "percentile_disc", "mode");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("within"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token name = tokens.get(i);
            if (name.kind() != Kind.IDENT || !AGGREGATES.contains(name.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            int within = close < 0 ? -1 : TokenNav.nextSig(tokens, close);
            int group = within < 0 ? -1 : TokenNav.nextSig(tokens, within);
            int orderOpen = group < 0 ? -1 : TokenNav.nextSig(tokens, group);
            if (within < 0 || !tokens.get(within).is("within") || group < 0 || !tokens.get(group).is("group")
                    || orderOpen < 0 || !tokens.get(orderOpen).isPunct("(")) continue;
            int orderClose = TokenNav.closingOf(tokens, orderOpen);
            int order = TokenNav.nextSig(tokens, orderOpen);
            int by = order < 0 ? -1 : TokenNav.nextSig(tokens, order);
            if (orderClose < 0 || by < 0 || !tokens.get(order).is("order") || !tokens.get(by).is("by")) continue;
            List<Token> key = new ArrayList<>(tokens.subList(by + 1, orderClose));
            String direction = "asc";
            int last = lastSig(key);
            while (last >= 0 && (key.get(last).is("first") || key.get(last).is("last") || key.get(last).is("nulls"))) {
                key = new ArrayList<>(key.subList(0, last)); // NULLs never reach an ordered-set aggregate
                last = lastSig(key);
            }
            if (last >= 0 && (key.get(last).is("desc") || key.get(last).is("asc"))) {
                direction = key.get(last).identifier();
                key = new ArrayList<>(key.subList(0, last));
            }
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "pg_" + name.identifier(), name.start()));
            out.add(new Token(Kind.PUNCT, "(", -1));
            List<Token> arguments = tokens.subList(open + 1, close);
            boolean hasArguments = arguments.stream().anyMatch(t -> !t.isTrivia());
            if (hasArguments) {
                out.addAll(arguments);
                out.add(new Token(Kind.PUNCT, ",", -1));
            }
            out.addAll(key);
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.STRING, "'" + direction + "'", -1));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(i, orderClose + 1).clear();
            tokens.addAll(i, out);
        }
    }

    private static int lastSig(List<Token> tokens) {
        for (int k = tokens.size() - 1; k >= 0; k--) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }
}
