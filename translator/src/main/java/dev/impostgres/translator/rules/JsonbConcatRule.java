package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * jsonb {@code a || b} as {@code pg_jsonb_concat(a, b)} (objects merge, otherwise arrays concatenate): SQLite's
 * {@code ||} would join the texts. Applies when one operand is jsonb and the other is jsonb or an untyped string
 * literal (which Postgres then reads as jsonb); {@code jsonb || text} stays text concatenation, as in Postgres.
 */
public final class JsonbConcatRule implements RewriteRule {
    private static final int JSONB = 3802;

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isOperator("||"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int op = 0; op < tokens.size(); op++) {
            if (!tokens.get(op).isOperator("||")) continue;
            int ls = Operands.leftStart(tokens, op, Operands.OTHER);
            int re = Operands.rightEnd(tokens, op, Operands.OTHER);
            if (ls < 0 || re < 0) continue;
            int le = TokenNav.prevSig(tokens, op), rs = TokenNav.nextSig(tokens, op);
            List<Token> left = tokens.subList(ls, le + 1);
            List<Token> right = tokens.subList(rs, re + 1);
            boolean l = jsonb(left, ctx), r = jsonb(right, ctx);
            if (!(l && (r || untypedString(right)) || r && untypedString(left))) continue;
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "pg_jsonb_concat", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(left);
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(right);
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(ls, re + 1).clear();
            tokens.addAll(ls, out);
            op = ls + out.size() - 1;
        }
    }

    private static boolean jsonb(List<Token> operand, RewriteContext ctx) {
        PgType type = ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
        return type != null && type.oid() == JSONB;
    }

    private static boolean untypedString(List<Token> operand) {
        List<Token> sig = Lexer.significant(operand);
        return sig.size() == 1 && (sig.get(0).kind() == Kind.STRING || sig.get(0).kind() == Kind.ESCAPE_STRING);
    }
}
