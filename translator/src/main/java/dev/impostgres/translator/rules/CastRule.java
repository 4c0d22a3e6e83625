package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * Postgres casts, {@code expr::type} and {@code CAST(expr AS type)}, as SQLite understands them: integer, float
 * and text types become a SQLite CAST; a boolean cast of a string literal becomes 1 or 0; any other type keeps the
 * value as it is (its storage form is already what SQLite holds). A cast of {@code $n} also gives that parameter's
 * type for ParameterDescription.
 */
public final class CastRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isOperator("::") || t.is("cast"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int next = TokenNav.nextSig(tokens, i);
            if (tokens.get(i).is("cast") && next >= 0 && tokens.get(next).isPunct("(")) castCall(ctx, i, next);
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isOperator("::")) i = postfixCast(ctx, i);
        }
    }

    /** CAST ( operand AS type ): rewrites the type in place, or drops the CAST for kept values. */
    private void castCall(RewriteContext ctx, int cast, int open) {
        List<Token> tokens = ctx.tokens();
        int close = TokenNav.closingOf(tokens, open);
        if (close < 0) return;
        int as = -1;
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.is("as")) as = k;
        }
        if (as < 0) return;
        TokenNav.TypeRef type = TokenNav.typeName(tokens, TokenNav.nextSig(tokens, as));
        if (type == null || TokenNav.nextSig(tokens, type.last()) != close) return;
        int first = TokenNav.nextSig(tokens, open);
        int last = TokenNav.prevSig(tokens, as);
        noteParameter(ctx, first, last, type.name());
        SqliteDialect.CastTarget target = SqliteDialect.castTarget(type.name());
        if (first == last && checkedLiteralCast(tokens.get(first), target)) {
            replace(tokens, cast, close, pgCast(List.of(tokens.get(first)), type.name()));
            return;
        }
        List<Token> converted = converted(ctx, new ArrayList<>(tokens.subList(first, last + 1)), type.name());
        if (converted != null) {
            replace(tokens, cast, close, converted);
            return;
        }
        switch (target) {
            case INTEGER, REAL, TEXT -> replace(tokens, TokenNav.nextSig(tokens, as), type.last(),
                    List.of(new Token(Kind.IDENT, target.name(), -1)));
            case BOOLEAN -> {
                if (first == last && Literals.isString(tokens.get(first))) {
                    replace(tokens, cast, close, List.of(boolLiteral(ctx, tokens.get(first))));
                } else {
                    dropCast(tokens, cast, as, close);
                }
            }
            case KEEP -> dropCast(tokens, cast, as, close);
        }
    }

    /** CAST(x AS t) -> (x): the parentheses keep the operand's grouping. */
    private static void dropCast(List<Token> tokens, int cast, int as, int close) {
        int asStart = TokenNav.prevSig(tokens, as) + 1;
        replace(tokens, asStart, close - 1, List.of());
        tokens.remove(cast);
    }

    /** operand :: type. Returns the index to continue scanning from. */
    private int postfixCast(RewriteContext ctx, int op) {
        List<Token> tokens = ctx.tokens();
        int last = TokenNav.prevSig(tokens, op);
        TokenNav.TypeRef type = TokenNav.typeName(tokens, TokenNav.nextSig(tokens, op));
        if (last < 0 || type == null) return op;
        int first = TokenNav.operandStart(tokens, last);
        noteParameter(ctx, first, last, type.name());
        SqliteDialect.CastTarget target = SqliteDialect.castTarget(type.name());
        List<Token> operand = new ArrayList<>(tokens.subList(first, last + 1));
        List<Token> out = new ArrayList<>();
        List<Token> numberCast = numberLiteralCast(operand, type.name());
        if (numberCast != null) {
            replace(tokens, first, type.last(), numberCast);
            return first + numberCast.size() - 1;
        }
        if (operand.size() == 1 && checkedLiteralCast(operand.get(0), target)) {
            out.addAll(pgCast(operand, type.name()));
            replace(tokens, first, type.last(), out);
            return first + out.size() - 1;
        }
        List<Token> converted = converted(ctx, operand, type.name());
        if (converted != null) {
            replace(tokens, first, type.last(), converted);
            return first + converted.size() - 1;
        }
        switch (target) {
            case INTEGER, REAL, TEXT -> {
                out.add(new Token(Kind.IDENT, "CAST", -1));
                out.add(new Token(Kind.PUNCT, "(", -1));
                out.addAll(operand);
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                out.add(new Token(Kind.IDENT, "AS", -1));
                out.add(new Token(Kind.WHITESPACE, " ", -1));
                out.add(new Token(Kind.IDENT, target.name(), -1));
                out.add(new Token(Kind.PUNCT, ")", -1));
            }
            case BOOLEAN -> {
                if (operand.size() == 1 && Literals.isString(operand.get(0))) out.add(boolLiteral(ctx, operand.get(0)));
                else out.addAll(operand);
            }
            case KEEP -> out.addAll(operand);
        }
        replace(tokens, first, type.last(), out);
        return first + out.size() - 1;
    }

    /**
     * A string literal cast to a non-text type goes through the type's input function ({@code pg_cast}), so
     * {@code 'abc'::int} fails with 22P02 and {@code '1.50'::numeric} keeps its scale, as in Postgres.
     */
    private static boolean checkedLiteralCast(Token operand, SqliteDialect.CastTarget target) {
        return Literals.isString(operand) && (target == SqliteDialect.CastTarget.INTEGER
                || target == SqliteDialect.CastTarget.REAL || target == SqliteDialect.CastTarget.KEEP);
    }

    /**
     * A number literal cast to numeric (its digits, then the typmod's rounding: {@code 1.10::numeric(5,1)}) or a
     * decimal literal cast to an integer type (rounded half away from zero, as numeric_int4 does: 4.5::int is 5).
     */
    private static List<Token> numberLiteralCast(List<Token> operand, String typeName) {
        List<Token> sig = dev.impostgres.translator.sql.Lexer.significant(operand);
        boolean parenthesized = sig.size() >= 3 && sig.get(0).isPunct("(") && sig.get(sig.size() - 1).isPunct(")");
        if (parenthesized) sig = sig.subList(1, sig.size() - 1);
        boolean negative = sig.size() == 2 && parenthesized && sig.get(0).isOperator("-");
        if (negative) sig = sig.subList(1, 2);
        if (sig.size() != 1 || sig.get(0).kind() != Kind.NUMBER) return null;
        PgType type = TypeLookup.byName(typeName);
        if (type == null) return null;
        String digits = (negative ? "-" : "") + sig.get(0).text().replace("_", "");
        if (type.oid() == 1700) return pgCast(List.of(new Token(Kind.STRING, Literals.quote(digits), -1)), typeName);
        boolean integer = type.oid() == 21 || type.oid() == 23 || type.oid() == 20;
        if (!integer || !(digits.contains(".") || digits.contains("e") || digits.contains("E"))) return null;
        try {
            String rounded = new java.math.BigDecimal(digits).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
            return pgCast(List.of(new Token(Kind.STRING, Literals.quote(rounded), -1)), typeName);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A cast whose result depends on the operand's type (known from literals, casts, functions and the declared
     * column types) or on the target's typmod: {@code pg_convert(operand, 'source', 'target')}; null when SQLite's
     * CAST (or keeping the value) is right. A cast Postgres does not have fails here with 42846.
     */
    private static List<Token> converted(RewriteContext ctx, List<Token> operand, String typeName) {
        PgType targetType = TypeLookup.byName(typeName);
        if (targetType == null) return null;
        List<Token> sig = Lexer.significant(operand);
        PgType source = sig.size() == 1 && Literals.isString(sig.get(0)) ? null : ExpressionTypes.of(sig, ctx.columnTypes());
        CastPlan.check(source, targetType);
        int typmod = dev.impostgres.translator.types.PgTypes.typmodOf(typeName);
        if (!CastPlan.converts(source, targetType, typmod)) return null;
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, "pg_convert", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(operand);
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.STRING, Literals.quote(source == null ? "unknown" : source.name()), -1));
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.STRING, Literals.quote(typeName), -1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        return out;
    }

    private static List<Token> pgCast(List<Token> operand, String typeName) {
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, "pg_cast", -1));
        out.add(new Token(Kind.PUNCT, "(", -1));
        out.addAll(operand);
        out.add(new Token(Kind.PUNCT, ",", -1));
        out.add(new Token(Kind.STRING, Literals.quote(typeName), -1));
        out.add(new Token(Kind.PUNCT, ")", -1));
        return out;
    }

    private static void noteParameter(RewriteContext ctx, int first, int last, String typeName) {
        Token t = ctx.tokens().get(first);
        if (first == last && t.kind() == Kind.PARAM) {
            PgType type = TypeLookup.byName(typeName);
            ctx.parameterType(Integer.parseInt(t.text().substring(1)), type == null ? 0 : type.oid());
        }
    }

    private static Token boolLiteral(RewriteContext ctx, Token literal) {
        int position = literal.start() < 0 ? 0 : Lexer.position(ctx.script(), literal.start());
        boolean value = SqliteDialect.parseBool(Literals.stringValue(literal), position);
        return new Token(Kind.NUMBER, value ? "1" : "0", literal.start());
    }

    private static void replace(List<Token> tokens, int from, int to, List<Token> with) {
        tokens.subList(from, to + 1).clear();
        tokens.addAll(from, with);
    }
}
