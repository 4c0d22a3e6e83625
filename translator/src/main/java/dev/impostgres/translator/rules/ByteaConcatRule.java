package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * bytea {@code a || b} as {@code pg_bytea_concat(a, b)}: SQLite's {@code ||} turns blobs into text. Applies when
 * both operands are known to be bytea (literals cast to bytea, bytea columns, decode()).
 */
public final class ByteaConcatRule implements RewriteRule {

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
            if (!bytea(tokens.subList(ls, le + 1), ctx) || !bytea(tokens.subList(rs, re + 1), ctx)) continue;
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, "pg_bytea_concat", -1));
            out.add(new Token(Kind.PUNCT, "(", -1));
            out.addAll(tokens.subList(ls, le + 1));
            out.add(new Token(Kind.PUNCT, ",", -1));
            out.addAll(tokens.subList(rs, re + 1));
            out.add(new Token(Kind.PUNCT, ")", -1));
            tokens.subList(ls, re + 1).clear();
            tokens.addAll(ls, out);
            op = ls + out.size() - 1;
        }
    }

    private static boolean bytea(List<Token> operand, RewriteContext ctx) {
        PgType type = ExpressionTypes.of(Lexer.significant(operand), ctx.columnTypes());
        return type != null && type.oid() == 17;
    }
}
