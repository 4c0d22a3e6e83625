package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A typed literal {@code type 'string'} ({@code date '2024-01-01'}, {@code interval '1 day'},
 * {@code timestamp with time zone '…'}) means the same as {@code 'string'::type}; rewriting it so lets the cast and
 * typed-operator rules handle one spelling.
 */
public final class TypedLiteralRule implements RewriteRule {
    private static final Set<String> TYPES = Set.of("date", "time", "timestamp", "timestamptz", "timetz",
            "interval", "numeric", "decimal", "int", "integer", "int2", "int4", "int8", "bigint", "smallint", "text",
            "varchar", "bool", "boolean", "json", "jsonb", "uuid", "bytea", "float4", "float8", "real", "inet");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && TYPES.contains(t.identifier()) || t.is("double"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || !(TYPES.contains(t.identifier()) || t.is("double"))) continue;
            int before = TokenNav.prevSig(tokens, i);
            if (before >= 0 && (tokens.get(before).isOperator("::") || tokens.get(before).is("as")
                    || tokens.get(before).isPunct("."))) continue;
            TokenNav.TypeRef type = TokenNav.typeName(tokens, i);
            if (type == null) continue;
            int literal = TokenNav.nextSig(tokens, type.last());
            if (literal < 0 || !Literals.isString(tokens.get(literal))) continue;
            if (type.name().equals("double")) continue;
            List<Token> out = new ArrayList<>();
            out.add(tokens.get(literal));
            out.add(new Token(Kind.OPERATOR, "::", -1));
            out.addAll(tokens.subList(i, type.last() + 1));
            tokens.subList(i, literal + 1).clear();
            tokens.addAll(i, out);
        }
    }
}
