package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A number literal that a SQLite integer or double cannot hold exactly ({@code 9223372036854775808}, a decimal with
 * more digits than a double keeps) is a numeric in Postgres; it goes to SQLite as its text, numeric's storage form,
 * so no digit is lost. Literals a double holds exactly stay numbers, so SQLite's own comparisons still see numbers.
 */
public final class ExactNumberRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.NUMBER && !exact(t.text()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.NUMBER && !exact(t.text())) {
                tokens.set(i, new Token(Kind.STRING, Literals.quote(t.text().replace("_", "")), t.start()));
            }
        }
    }

    /** True when SQLite reads the literal without losing a digit (an int8, or a decimal a double holds exactly). */
    static boolean exact(String literal) {
        String digits = literal.replace("_", "");
        if (digits.startsWith("0x") || digits.startsWith("0X") || digits.startsWith("0o") || digits.startsWith("0b")
                || digits.startsWith("0O") || digits.startsWith("0B")) return true;
        try {
            if (!(digits.contains(".") || digits.contains("e") || digits.contains("E"))) {
                return new BigInteger(digits).bitLength() < 64;
            }
            BigDecimal value = new BigDecimal(digits);
            double d = value.doubleValue();
            return !Double.isInfinite(d) && new BigDecimal(Double.toString(d)).compareTo(value) == 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
