package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Operator calls Postgres cannot resolve, which SQLite would evaluate anyway: arithmetic on two untyped string
 * literals ({@code 'a' - 'b'}: 42725, several candidates fit) and a comparison of a number or boolean with a text
 * value ({@code id = 10::text}: 42883, there is no implicit cast between the categories). A lone string literal
 * is of unknown type and takes the other side's, so it never fails here.
 */
final class OperatorResolutionCheck implements RewriteRule {
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%", "^");
    private static final Set<String> COMPARISON = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    private static final Set<Integer> NUMBERS = Set.of(20, 21, 23, 700, 701, 1700);
    private static final Set<Integer> TEXTS = Set.of(25, 1043, 1042);
    private static final int COMPARISON_LEVEL = 4;

    @Override
    public boolean applies(RewriteContext ctx) {
        if (!TokenNav.startsQueryOrDml(ctx.tokens())) return false;
        return ctx.any(t -> t.kind() == Kind.OPERATOR && (ARITHMETIC.contains(t.text()) || COMPARISON.contains(t.text())));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.OPERATOR) continue;
            if (ARITHMETIC.contains(t.text())) unknownArithmetic(ctx, i);
            else if (COMPARISON.contains(t.text())) comparison(ctx, i);
        }
    }

    private static void unknownArithmetic(RewriteContext ctx, int op) {
        List<Token> tokens = ctx.tokens();
        int level = Operands.precedence(tokens.get(op));
        int ls = Operands.leftStart(tokens, op, level), re = Operands.rightEnd(tokens, op, level);
        if (ls < 0 || re < 0) return;
        List<Token> left = significant(tokens, ls, TokenNav.prevSig(tokens, op));
        List<Token> right = significant(tokens, TokenNav.nextSig(tokens, op), re);
        if (!bareString(left) || !bareString(right)) return;
        String symbol = tokens.get(op).text();
        throw at(ctx, tokens.get(op), new PgException("42725" /* ambiguous_function */,
                "operator is not unique: unknown " + symbol + " unknown")
                .withHint("Could not choose a best candidate operator. You might need to add explicit type casts."));
    }

    private static void comparison(RewriteContext ctx, int op) {
        List<Token> tokens = ctx.tokens();
        int ls = Operands.leftStart(tokens, op, COMPARISON_LEVEL), re = Operands.rightEnd(tokens, op, COMPARISON_LEVEL);
        if (ls < 0 || re < 0 || tokens.get(op).isOperator("=") && TypedOperatorRule.inSetClause(tokens, ls)) return;
        List<Token> left = significant(tokens, ls, TokenNav.prevSig(tokens, op));
        List<Token> right = significant(tokens, TokenNav.nextSig(tokens, op), re);
        if (left.isEmpty() || right.isEmpty() || bareString(left) || bareString(right)) return;
        PgType l = ExpressionTypes.of(left, ctx.columnTypes()), r = ExpressionTypes.of(right, ctx.columnTypes());
        if (l == null || r == null || !mismatched(l.oid(), r.oid())) return;
        throw at(ctx, tokens.get(op), new PgException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: "
                + PgTypes.formatType(l, -1) + " " + tokens.get(op).text() + " " + PgTypes.formatType(r, -1))
                .withHint("No operator matches the given name and argument types. You might need to add explicit "
                        + "type casts."));
    }

    /** Categories with no comparison operator and no implicit cast between them. */
    static boolean mismatched(int l, int r) {
        boolean ln = NUMBERS.contains(l), rn = NUMBERS.contains(r), lt = TEXTS.contains(l), rt = TEXTS.contains(r);
        return ln && (rt || r == 16) || rn && (lt || l == 16) || l == 16 && rt || lt && r == 16;
    }

    private static boolean bareString(List<Token> operand) {
        return operand.size() == 1 && Literals.isString(operand.get(0));
    }

    private static PgException at(RewriteContext ctx, Token op, PgException e) {
        return op.start() < 0 ? e : e.withPosition(Lexer.position(ctx.script(), op.start()));
    }

    private static List<Token> significant(List<Token> tokens, int from, int to) {
        List<Token> out = new ArrayList<>();
        for (int k = from; k <= to && k >= 0; k++) if (!tokens.get(k).isTrivia()) out.add(tokens.get(k));
        return out;
    }
}
