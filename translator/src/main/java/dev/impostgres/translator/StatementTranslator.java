package dev.impostgres.translator;

import dev.impostgres.translator.rules.ColumnTypeHints;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.rules.Rewriter;
import dev.impostgres.translator.sql.SqlSplitter;
import dev.impostgres.translator.sql.StatementClassifier;
import dev.impostgres.translator.sql.StatementKind;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.UtilityParsers;
import dev.impostgres.translator.sql.Words;
import dev.impostgres.translator.types.PgType;
import java.util.List;

/** One split statement to one {@link PgStatement}: utility statements by their parsers, the rest rewritten. */
final class StatementTranslator {
    private StatementTranslator() {}

    private static boolean callsSequenceFunction(List<Token> sig) {
        for (int i = 0; i + 1 < sig.size(); i++) {
            if ((sig.get(i).is("nextval") || sig.get(i).is("setval") || sig.get(i).is("pg_logical_emit_message"))
                    && sig.get(i + 1).isPunct("(")) return true;
        }
        return false;
    }

    static PgStatement translate(String script, SqlSplitter.Piece piece) {
        return translate(script, piece, ColumnTypes.NONE);
    }

    static PgStatement translate(String script, SqlSplitter.Piece piece, ColumnTypes schemaColumns) {
        List<Token> sig = piece.significant();
        ColumnTypes columns = dev.impostgres.translator.rules.FromFunctionColumns.with(sig, schemaColumns);
        int end = piece.offset() + piece.text().length();
        PgStatement utility = UtilityParsers.parse(script, piece.text(), sig, end);
        if (utility != null) return utility;
        StatementKind kind = StatementClassifier.classify(new Words(script, sig, end), sig);
        if (kind.returnsRows() || kind.writes()) dev.impostgres.translator.sql.SyntaxChecks.check(script, sig, end);
        Rewriter.Result rewritten = Rewriter.rewrite(script, piece.tokens(), columns);
        List<PgType> columnTypes = kind.returnsRows() && kind.selectStart() >= 0
                ? ColumnTypeHints.of(sig, kind.selectStart(), columns) : null;
        // nextval/setval change a sequence row, so even a SELECT calling them needs the writer lock.
        boolean writes = kind.writes() || callsSequenceFunction(sig);
        List<Integer> typmods = columnTypes == null ? null : ColumnTypeHints.typmods(sig, kind.selectStart());
        return new PgStatement.Sql(piece.text(), rewritten.sqlite(), kind.tag(), kind.returnsRows(), writes,
                rewritten.parameterTypes(), columnTypes, typmods);
    }
}
