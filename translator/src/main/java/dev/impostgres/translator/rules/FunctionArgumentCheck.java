package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * String functions that Postgres has only for text arguments: a number, boolean, date/time, uuid or json first
 * argument has no implicit cast to text, so {@code upper(42)} is 42883 "function upper(integer) does not exist"
 * (SQLite would happily upper-case '42'). Only raised when every argument's type is known, to name them all.
 */
final class FunctionArgumentCheck implements RewriteRule {
    private static final Set<String> TEXT_FUNCTIONS = Set.of("upper", "lower", "initcap", "lpad", "rpad", "repeat",
            "reverse", "left", "right", "split_part", "strpos", "replace", "translate", "ascii", "starts_with");
    /** Types with no implicit cast to text (pg_cast has only assignment or explicit ones). */
    private static final Set<Integer> NOT_TEXT = Set.of(16, 20, 21, 23, 700, 701, 1700, 1082, 1083, 1114, 1184,
            1186, 2950, 114, 3802);
    private static final String HINT = "No function matches the given name and argument types. You might need to "
            + "add explicit type casts.";

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Token.Kind.IDENT && TEXT_FUNCTIONS.contains(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (name.kind() != Token.Kind.IDENT || !TEXT_FUNCTIONS.contains(name.identifier())) continue;
            int open = TokenNav.nextSig(tokens, i), before = TokenNav.prevSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            if (before >= 0 && tokens.get(before).isPunct(".")) continue; // schema-qualified: maybe a user function
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<List<Token>> args = TypedFunctionRule.arguments(tokens, open, close);
            if (args.isEmpty()) continue;
            PgType first = type(args.get(0), ctx);
            if (first == null || !NOT_TEXT.contains(first.oid())) continue;
            List<String> names = new ArrayList<>();
            for (List<Token> arg : args) {
                PgType t = type(arg, ctx);
                if (t == null && !unknown(arg)) { names = null; break; }
                names.add(t == null ? "unknown" : PgTypes.formatType(t, -1));
            }
            if (names == null) continue;
            PgException e = new PgException(SqlState.UNDEFINED_FUNCTION,
                    "function " + name.identifier() + "(" + String.join(", ", names) + ") does not exist").withHint(HINT);
            throw name.start() < 0 ? e : e.withPosition(Lexer.position(ctx.script(), name.start()));
        }
    }

    private static boolean unknown(List<Token> arg) {
        return arg.size() == 1 && (Literals.isString(arg.get(0)) || arg.get(0).is("null"));
    }

    private static PgType type(List<Token> arg, RewriteContext ctx) {
        return unknown(arg) ? null : ExpressionTypes.of(arg, ctx.columnTypes());
    }
}
