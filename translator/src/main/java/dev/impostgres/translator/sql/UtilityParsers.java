package dev.impostgres.translator.sql;

import dev.impostgres.translator.PgStatement;
import java.util.List;

/** The dedicated parsers for statements the session or server handles itself (never sent to SQLite). */
public final class UtilityParsers {
    private UtilityParsers() {}

    /** The utility statement, or null when the statement is not one of them. */
    public static PgStatement parse(String script, String source, List<Token> sig, int endOffset) {
        if (sig.isEmpty()) return new PgStatement.Empty(source);
        PgStatement s = TransactionStatementParser.parse(source, new Words(script, sig, endOffset));
        if (s == null) s = SetStatementParser.parse(source, new Words(script, sig, endOffset));
        if (s == null) s = DatabaseStatementParser.parse(source, new Words(script, sig, endOffset));
        if (s == null) s = CopyStatementParser.parse(script, source, sig, endOffset);
        return s;
    }
}
