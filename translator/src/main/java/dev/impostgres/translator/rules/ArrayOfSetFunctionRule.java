package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ARRAY(SELECT f(x))}, an array built from a set-returning function of one value with nothing else in the
 * subquery, as one scalar call {@code _pg_set_array('kind', x)}. The general ARRAY(SELECT …) rewrite would run the
 * function in a subquery, and SQLite cannot evaluate an aggregate argument ({@code json_object_keys(
 * json_object_agg(…))}, as zero-cache's published-schema query has it) inside a subquery for the outer group.
 * Functions: json[b]_object_keys, json[b]_array_elements[_text], one-argument unnest.
 */
public final class ArrayOfSetFunctionRule implements RewriteRule {
    private static final Map<String, String> KINDS = Map.of("json_object_keys", "keys", "jsonb_object_keys", "jsonb_keys",
            "json_array_elements", "elements", "jsonb_array_elements", "elements",
            "json_array_elements_text", "elements_text", "jsonb_array_elements_text", "elements_text",
            "unnest", "unnest");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("array")) && ctx.any(t -> t.kind() == Kind.IDENT && KINDS.containsKey(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("array")) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            int select = TokenNav.nextSig(tokens, open);
            int name = select < 0 ? -1 : TokenNav.nextSig(tokens, select);
            if (close < 0 || name < 0 || !tokens.get(select).is("select")) continue;
            String kind = tokens.get(name).kind() == Kind.IDENT ? KINDS.get(tokens.get(name).identifier()) : null;
            int callOpen = TokenNav.nextSig(tokens, name);
            if (kind == null || callOpen < 0 || !tokens.get(callOpen).isPunct("(")) continue;
            int callClose = TokenNav.closingOf(tokens, callOpen);
            if (callClose < 0 || topLevelComma(tokens, callOpen, callClose)) continue;
            int after = TokenNav.nextSig(tokens, callClose);
            if (after >= 0 && tokens.get(after).is("as")) {
                int alias = TokenNav.nextSig(tokens, after);
                after = alias < 0 ? -1 : TokenNav.nextSig(tokens, alias);
            }
            if (after != close) continue; // a FROM, WHERE, ORDER BY …: the general rewrite
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "_pg_set_array", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.add(new Token(Kind.STRING, "'" + kind + "'", -1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(tokens.subList(callOpen + 1, callClose));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(i, close + 1).clear();
            tokens.addAll(i, out);
        }
    }

    private static boolean topLevelComma(List<Token> tokens, int open, int close) {
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) return true;
        }
        return false;
    }
}
