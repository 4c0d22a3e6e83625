package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code value AT TIME ZONE zone} as {@code pg_timezone(zone, value, 'timestamptz'|'timestamp')}: the conversion
 * goes opposite ways for the two types, so it needs the value's type (a timestamptz gives the wall-clock timestamp
 * in the zone, a timestamp read in the zone gives a timestamptz). Runs after CastRule, so a cast operand is already
 * one call. With an operand of unknown type the phrase is left alone (SQLite then reports the syntax error).
 */
public final class AtTimeZoneRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("zone"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int at = 0; at < tokens.size(); at++) {
            int time = TokenNav.nextSig(tokens, at);
            int zone = time < 0 ? -1 : TokenNav.nextSig(tokens, time);
            if (!tokens.get(at).is("at") || zone < 0 || !tokens.get(time).is("time") || !tokens.get(zone).is("zone")) {
                continue;
            }
            int last = TokenNav.prevSig(tokens, at);
            int name = TokenNav.nextSig(tokens, zone);
            if (last < 0 || name < 0) continue;
            int first = TokenNav.operandStart(tokens, last);
            PgType type = of(tokens.subList(first, last + 1), ctx);
            if (type == null || type.oid() != 1184 && type.oid() != 1114 && type.oid() != 1082) continue;
            int open = TokenNav.nextSig(tokens, name);
            int nameLast = open >= 0 && tokens.get(open).isPunct("(") ? TokenNav.closingOf(tokens, open) : name;
            if (nameLast < 0) continue;
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "pg_timezone", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(name, nameLast + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(tokens.subList(first, last + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.add(new Token(Kind.STRING, Literals.quote(type.oid() == 1184 ? "timestamptz" : "timestamp"), -1));
            out.add(new Token(Kind.PUNCT, ")", -1));
            List<Token> copy = new ArrayList<>(out);
            tokens.subList(first, nameLast + 1).clear();
            tokens.addAll(first, copy);
            at = first + copy.size() - 1;
        }
    }

    private static PgType of(List<Token> operand, RewriteContext ctx) {
        return ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
    }
}
