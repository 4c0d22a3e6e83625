package dev.impostgres.wire.server;

import dev.impostgres.tracking.QueryResult;
import dev.impostgres.tracking.ResultColumn;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.ValueCodec;
import dev.impostgres.wire.codec.BackendMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * COPY … TO STDOUT: the rows of the table or query, each value formatted by the type registry exactly as in a
 * DataRow, then escaped for the text or CSV format.
 * <pre>  Q "COPY t TO STDOUT"  →  CopyOutResponse, CopyData (one per row), CopyDone, CommandComplete "COPY n"</pre>
 */
final class CopyOut {
    private static final ValueCodec CODEC = new ValueCodec();

    private CopyOut() {}

    static QueryResult run(PgStatement.Copy copy, Translator translator, StatementExecutor executor,
                           SessionContext context, Outbound out) {
        String select = copy.query() != null ? copy.query()
                : "SELECT " + (copy.columns().isEmpty() ? "*" : String.join(", ", quoted(copy.columns())))
                        + " FROM " + copy.table();
        PgStatement statement = translator.translateOne(select);
        if (!(statement instanceof PgStatement.Sql sql) || !sql.returnsRows()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY query must have a RETURNING clause or be a SELECT");
        }
        QueryResult result = executor.execute(statement, List.of());
        List<ResultColumn> columns = result.columns();
        PgStatement.CopyOptions o = copy.options();
        boolean[] forceQuote = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            forceQuote[i] = o.forceQuoteAll() || o.forceQuote().contains(columns.get(i).name());
        }
        out.send(new BackendMessage.CopyOutResponse((byte) 0, Collections.nCopies(columns.size(), (short) 0)));
        if (o.header()) {
            List<String> names = new ArrayList<>();
            for (ResultColumn c : columns) names.add(c.name());
            out.send(line(CopyText.formatRow(names, o, null)));
        }
        FormatSettings settings = context.formatSettings();
        List<String> values = new ArrayList<>(columns.size());
        for (Object[] row : result.rows()) {
            values.clear();
            for (int i = 0; i < row.length; i++) {
                values.add(row[i] == null ? null : CODEC.formatText(columns.get(i).type(), row[i], settings));
            }
            out.send(line(CopyText.formatRow(values, o, forceQuote)));
        }
        out.send(new BackendMessage.CopyDone());
        return result;
    }

    private static BackendMessage.CopyData line(String row) {
        return new BackendMessage.CopyData((row + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static List<String> quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) out.add('"' + n.replace("\"", "\"\"") + '"');
        return out;
    }
}
