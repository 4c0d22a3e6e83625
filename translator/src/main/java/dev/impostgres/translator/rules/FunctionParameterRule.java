package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.List;
import java.util.Map;

/**
 * A bare parameter as a function's argument takes the type of that argument in the function's signature, as
 * Postgres reports it in ParameterDescription: {@code json_to_recordset($1)} has a json parameter. Drivers choose
 * how to serialize a value from that type (postgres.js sends a JS array given for a json parameter as JSON, but
 * stringifies it for text), so an unknown or wrong type here breaks writes. Covers functions whose first argument
 * has one type in every overload.
 */
public final class FunctionParameterRule implements RewriteRule {
    private static final int JSON = 114;
    private static final int JSONB = 3802;
    private static final int TEXT = 25;
    private static final int FLOAT8 = 701;

    private static final Map<String, Integer> FIRST_ARGUMENT = Map.ofEntries(
            Map.entry("json_to_recordset", JSON), Map.entry("json_to_record", JSON), Map.entry("json_each", JSON),
            Map.entry("json_each_text", JSON), Map.entry("json_array_elements", JSON),
            Map.entry("json_array_elements_text", JSON), Map.entry("json_object_keys", JSON),
            Map.entry("json_array_length", JSON), Map.entry("json_typeof", JSON), Map.entry("json_strip_nulls", JSON),
            Map.entry("jsonb_to_recordset", JSONB), Map.entry("jsonb_to_record", JSONB), Map.entry("jsonb_each", JSONB),
            Map.entry("jsonb_each_text", JSONB), Map.entry("jsonb_array_elements", JSONB),
            Map.entry("jsonb_array_elements_text", JSONB), Map.entry("jsonb_object_keys", JSONB),
            Map.entry("jsonb_array_length", JSONB), Map.entry("jsonb_typeof", JSONB),
            Map.entry("jsonb_strip_nulls", JSONB), Map.entry("jsonb_pretty", JSONB),
            Map.entry("hashtext", TEXT), Map.entry("md5", TEXT));

    /** One-argument calls whose single overload of that arity fixes the type. */
    private static final Map<String, Integer> ONLY_ARGUMENT = Map.of("to_timestamp", FLOAT8);

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Token.Kind.PARAM);
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> t = ctx.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token name = t.get(i);
            if (name.kind() != Token.Kind.IDENT) continue;
            String fn = name.text().toLowerCase(java.util.Locale.ROOT);
            Integer first = FIRST_ARGUMENT.get(fn);
            Integer only = ONLY_ARGUMENT.get(fn);
            if (first == null && only == null) continue;
            int open = TokenNav.nextSig(t, i);
            if (open < 0 || !t.get(open).isPunct("(")) continue;
            int param = TokenNav.nextSig(t, open);
            if (param < 0 || t.get(param).kind() != Token.Kind.PARAM) continue;
            int after = TokenNav.nextSig(t, param);
            if (after < 0) continue;
            boolean alone = t.get(after).isPunct(")");
            if (!alone && !t.get(after).isPunct(",")) continue; // $1::type, $1 || … : typed elsewhere
            Integer type = first != null ? first : alone ? only : null;
            if (type != null) ctx.parameterType(Integer.parseInt(t.get(param).text().substring(1)), type);
        }
    }
}
