package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The json/jsonb operators {@code -> ->> #> #>> @> <@ ? ?| ?& #-} become calls of change-tracking's
 * {@code pg_json_op(left, right, 'op', 'mode')}, found by Postgres's precedence (all are "other" operators, left
 * associative). The mode says whether the left operand is json (results are slices of its text) or jsonb (results
 * are normalized); the translator knows json only from an explicit {@code ::json} or a json result, so jsonb is the
 * default. Runs after CastRule, so a cast literal is already the call {@code pg_cast('…', 'json')}.
 */
public final class JsonOperatorRule implements RewriteRule {
    static final Set<String> OPERATORS = Set.of("->", "->>", "#>", "#>>", "@>", "<@", "?", "?|", "?&", "#-");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.OPERATOR && OPERATORS.contains(t.text()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.OPERATOR && OPERATORS.contains(t.text())) {
                noteRightParameter(ctx, i, t.text());
                int restart = call(tokens, i, t.text(), ctx.columnTypes());
                if (restart >= 0) i = restart;
            }
        }
    }

    /**
     * A lone parameter right of {@code ?| ?& #> #>>} is text[], of {@code ?} text, as Postgres resolves it from the
     * operator (postgres.js serializes an array parameter by its described type: as text it would send "a,b").
     */
    private static void noteRightParameter(RewriteContext ctx, int op, String operator) {
        List<Token> tokens = ctx.tokens();
        int rs = TokenNav.nextSig(tokens, op);
        if (rs < 0 || tokens.get(rs).kind() != Kind.PARAM || Operands.rightEnd(tokens, op, Operands.OTHER) != rs) return;
        int oid = switch (operator) {
            case "?|", "?&", "#>", "#>>" -> 1009;
            case "?" -> 25;
            default -> 0;
        };
        if (oid != 0) ctx.parameterType(Integer.parseInt(tokens.get(rs).text().substring(1)), oid);
    }

    private static int call(List<Token> tokens, int op, String operator, ColumnTypes columns) {
        int ls = Operands.leftStart(tokens, op, Operands.OTHER);
        int re = Operands.rightEnd(tokens, op, Operands.OTHER);
        if (ls < 0 || re < 0) return -1;
        int le = TokenNav.prevSig(tokens, op);
        int rs = TokenNav.nextSig(tokens, op);
        List<Token> left = tokens.subList(ls, le + 1);
        boolean jsonInput = isJson(left) || isJsonColumn(left, columns);
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, "pg_json_op", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(left);
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.WHITESPACE, " ", -1));
        out.addAll(tokens.subList(rs, re + 1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.STRING, "'" + operator + "'", -1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        // The last argument says what the left operand is, json or jsonb.
        out.add(new Token(Kind.STRING, jsonInput ? "'json'" : "'jsonb'", -1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        tokens.subList(ls, re + 1).clear();
        tokens.addAll(ls, out);
        return ls + 1;
    }

    /** The operand is a column (or other expression) whose declared type is json. */
    private static boolean isJsonColumn(List<Token> operand, ColumnTypes columns) {
        List<Token> sig = new ArrayList<>();
        for (Token t : operand) if (!t.isTrivia()) sig.add(t);
        dev.impostgres.translator.types.PgType type = ExpressionTypes.of(sig, columns);
        return type != null && type.oid() == 114;
    }

    /** The operand is a json value: {@code pg_cast(…, 'json')} or a json -> / #> result. */
    private static boolean isJson(List<Token> operand) {
        int n = operand.size();
        if (n < 4 || !operand.get(n - 1).isPunct(")")) return false;
        Token first = operand.get(0);
        Token mode = operand.get(n - 2);
        if (first.is("pg_cast")) return mode.kind() == Kind.STRING && mode.text().equalsIgnoreCase("'json'");
        if (first.is("pg_json_op")) {
            Token op = operand.get(n - 4);
            return mode.text().equals("'json'") && (op.text().equals("'->'") || op.text().equals("'#>'"));
        }
        return false;
    }
}
