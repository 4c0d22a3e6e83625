package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.List;

/**
 * jsonb {@code a || b} as {@code pg_jsonb_concat(a, b)} (objects merge, otherwise arrays concatenate): SQLite's
 * {@code ||} would join the texts. Applies when one operand is jsonb and the other is jsonb or an untyped string
 * literal (which Postgres then reads as jsonb); {@code jsonb || text} stays text concatenation, as in Postgres.
 * jsonb {@code a - b} is {@code pg_jsonb_delete(a, b, kind)}: by b's type an array index (integers), the keys of
 * a text[] (arrays), or a key (text, and an untyped literal, which Postgres reads as text).
 */
public final class JsonbConcatRule extends ConcatOperatorRule {
    private static final int JSONB = 3802;

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isOperator("||") || t.isOperator("-"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int op = 0; op < tokens.size(); op++) {
            if (tokens.get(op).isOperator("-")) {
                int end = delete(tokens, op, ctx);
                if (end >= 0) op = end;
            } else if (tokens.get(op).isOperator("||")) {
                op = concat(tokens, op, ctx);
            }
        }
    }

    @Override
    protected String function(List<Token> left, List<Token> right, RewriteContext ctx) {
        boolean l = hasType(left, ctx, JSONB), r = hasType(right, ctx, JSONB);
        return l && (r || untypedString(right)) || r && untypedString(left) ? "pg_jsonb_concat" : null;
    }

    /** {@code jsonb - x} at op as pg_jsonb_delete; the index of the call's last token, or -1 when op is another minus. */
    private static int delete(List<Token> tokens, int op, RewriteContext ctx) {
        int le = TokenNav.prevSig(tokens, op);
        if (le < 0 || tokens.get(le).kind() == Kind.OPERATOR || tokens.get(le).isPunct("(") || tokens.get(le).isPunct(",")) {
            return -1; // unary minus
        }
        int ls = Operands.leftStart(tokens, op, Operands.ADD);
        int re = Operands.rightEnd(tokens, op, Operands.ADD);
        if (ls < 0 || re < 0) return -1;
        List<Token> left = tokens.subList(ls, le + 1);
        if (!hasType(left, ctx, JSONB)) return -1;
        List<Token> right = tokens.subList(TokenNav.nextSig(tokens, op), re + 1);
        List<Token> out = call("pg_jsonb_delete", left, right,
                List.of(new Token(Kind.STRING, "'" + deleteKind(Lexer.significant(right), ctx) + "'", -1)));
        replace(tokens, ls, re, out);
        return ls + out.size() - 1;
    }

    /** index, keys or key by the operand's type; "" (the value decides) when it is not known. */
    static String deleteKind(List<Token> right, RewriteContext ctx) {
        if (untypedString(right)) return "key";
        if (!right.isEmpty() && (right.get(0).is("array") || right.get(0).is("pg_array"))) return "keys";
        PgType type = ExpressionTypes.of(right, ctx.columnTypes());
        if (type == null) return "";
        if (type.isArray()) return "keys";
        int oid = type.oid();
        return oid == 20 || oid == 21 || oid == 23 ? "index" : oid == 25 || oid == 1043 || oid == 1042 ? "key" : "";
    }
}
