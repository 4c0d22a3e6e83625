package dev.impostgres.tracking.catalog;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import java.util.List;

/**
 * A column default as pg_get_expr prints it from pg_attrdef: Postgres stores the default coerced to the column's
 * type, so a string constant comes back with its cast ({@code 'x'::text}, {@code 'x'::character varying},
 * {@code '2024-01-01'::date}) and a negative number as a typed string ({@code '-1'::integer}); anything else is kept
 * as written.
 */
final class DefaultDeparse {
    private DefaultDeparse() {}

    /** {@code expr} as written in the DDL; {@code typeName} what format_type prints for the column (no typmod). */
    static String of(String expr, String typeName) {
        List<Token> sig = Lexer.significant(Lexer.tokenize(expr));
        if (sig.size() == 1 && Literals.isString(sig.get(0))) {
            return Literals.quote(Literals.stringValue(sig.get(0))) + "::" + typeName;
        }
        if (sig.size() == 2 && sig.get(0).isOperator("-") && sig.get(1).kind() == Token.Kind.NUMBER) {
            return "'-" + sig.get(1).text() + "'::" + typeName;
        }
        return expr;
    }
}
