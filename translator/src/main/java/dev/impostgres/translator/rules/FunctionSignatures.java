package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The signature Postgres names in "function f(integer, text) does not exist": the argument types of the first call
 * of {@code name} in a statement, as far as the translator can type them (a string literal is {@code unknown}).
 */
public final class FunctionSignatures {
    private FunctionSignatures() {}

    /** {@code name(type, …)}, or null when the call is not found or an argument's type is not known. */
    public static String of(String sql, String name) {
        List<Token> sig = Lexer.significant(Lexer.tokenize(sql));
        for (int i = 0; i + 1 < sig.size(); i++) {
            Token t = sig.get(i);
            if (!(t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT)
                    || !t.identifier().equalsIgnoreCase(name) || !sig.get(i + 1).isPunct("(")) continue;
            int close = TokenNav.closingOf(sig, i + 1);
            if (close < 0) return null;
            List<String> types = new ArrayList<>();
            List<Token> current = new ArrayList<>();
            int depth = 0;
            for (int k = i + 2; k <= close; k++) {
                Token a = sig.get(k);
                boolean end = k == close || depth == 0 && a.isPunct(",");
                if (end) {
                    if (current.isEmpty()) break;
                    String type = typeName(current);
                    if (type == null) return null;
                    types.add(type);
                    current = new ArrayList<>();
                    continue;
                }
                if (a.isPunct("(") || a.isPunct("[")) depth++;
                else if (a.isPunct(")") || a.isPunct("]")) depth--;
                current.add(a);
            }
            return t.identifier() + "(" + String.join(", ", types) + ")";
        }
        return null;
    }

    private static String typeName(List<Token> argument) {
        if (argument.size() == 1 && (Literals.isString(argument.get(0)) || argument.get(0).is("null"))) return "unknown";
        PgType type = ExpressionTypes.of(argument);
        return type == null ? null : PgTypes.formatType(type, -1);
    }
}
