package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.List;
import java.util.Set;

/**
 * enum_range / enum_first / enum_last take their enum from the argument's type, which Postgres code names with a
 * cast ({@code enum_range(NULL::mood)}); the value itself is ignored. The cast is the only place the type shows,
 * so the call becomes {@code pg_enum_range('mood')} before the cast rule drops it, and change-tracking reads the
 * labels by the type's name. Its result type is named too ({@link #resultType}): the executor resolves it to the
 * enum's (array) OID.
 */
public final class EnumRangeRule implements RewriteRule {
    private static final Set<String> FUNCTIONS = Set.of("enum_range", "enum_first", "enum_last");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && FUNCTIONS.contains(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || !FUNCTIONS.contains(t.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            String type = close < 0 ? null : castTypeName(tokens.subList(open + 1, close));
            if (type == null) continue;
            tokens.subList(i, close + 1).clear();
            tokens.addAll(i, List.of(new Token(Kind.IDENT, "pg_" + t.identifier(), t.start()),
                    new Token(Kind.PUNCT, "(", -1), new Token(Kind.STRING, Literals.quote(type), -1),
                    new Token(Kind.PUNCT, ")", -1)));
        }
    }

    /** The user type the argument is cast to (x::name, x::schema.name), or null for a builtin or no cast. */
    static String castTypeName(List<Token> argument) {
        List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(argument);
        int cast = -1;
        for (int k = 0; k < sig.size(); k++) if (sig.get(k).isOperator("::")) cast = k;
        if (cast < 1) return null;
        List<Token> name = sig.subList(cast + 1, sig.size());
        Token last = name.isEmpty() ? null : name.get(name.size() - 1);
        boolean qualified = name.size() == 3 && name.get(1).isPunct(".");
        if (last == null || !(name.size() == 1 || qualified)
                || last.kind() != Kind.IDENT && last.kind() != Kind.QUOTED_IDENT) return null;
        String type = last.identifier();
        return PgTypes.byName(type) == null ? type : null;
    }

    /** enum_range(x::e) is e's array type, enum_first/last e itself: named, OID 0, for the executor to resolve. */
    static PgType resultType(String function, List<Token> arguments) {
        String type = castTypeName(arguments);
        if (type == null) return null;
        return function.equals("enum_range") ? new PgType(0, "_" + type, (short) -1, 0, 0) : new PgType(0, type, (short) 4, 0, 0);
    }
}
