package dev.impostgres.wire.server;

import dev.impostgres.tracking.QueryResult;
import dev.impostgres.wire.codec.BackendMessage;
import java.util.List;

/** Sends a statement's result: RowDescription (simple protocol only), DataRows, CommandComplete. */
final class ResultSender {
    private ResultSender() {}

    static void sendAll(Outbound out, QueryResult result, SessionContext context) {
        if (result.returnsRows()) {
            RowEncoder encoder = new RowEncoder(result.columns(), List.of());
            out.send(encoder.rowDescription());
            var format = context.formatSettings();
            for (Object[] row : result.rows()) {
                out.send(encoder.dataRow(row, format));
            }
        }
        out.send(new BackendMessage.CommandComplete(result.commandTag()));
    }
}
