package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.List;

/** Relation names as a statement wrote them, for messages that name a relation the way Postgres's RangeVar does. */
public final class RelationNames {
    private RelationNames() {}

    /**
     * {@code schema.name} when the statement writes {@code name} qualified by a schema (identifiers folded as
     * Postgres folds them), else null.
     */
    public static String qualifiedAsWritten(String sql, String name) {
        List<Token> sig = Lexer.significant(Lexer.tokenize(sql));
        for (int i = 2; i < sig.size(); i++) {
            Token rel = sig.get(i), dot = sig.get(i - 1), schema = sig.get(i - 2);
            if (!dot.isPunct(".") || !isName(rel) || !isName(schema) || !rel.identifier().equals(name)) continue;
            if (i >= 4 && sig.get(i - 3).isPunct(".")) continue; // catalog.schema.name: not a two-part name
            if (i + 1 < sig.size() && sig.get(i + 1).isPunct(".")) continue; // schema.table.column
            return schema.identifier() + "." + rel.identifier();
        }
        return null;
    }

    private static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }
}
