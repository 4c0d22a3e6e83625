package dev.impostgres.wire.server;

import dev.impostgres.tracking.ResultColumn;
import dev.impostgres.tracking.Session;
import dev.impostgres.tracking.TransactionStatus;
import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.Translator;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.wire.codec.BackendMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * COPY … FROM STDIN, fed CopyData by the connection. Rows are inserted as they complete (memory stays bounded by
 * one row), each through the same INSERT path as SQL — so values are checked and stored exactly as an INSERT would —
 * and all in one transaction: a bad row fails the COPY and nothing of it remains.
 * <pre>
 *  Q "COPY t FROM STDIN" → CopyInResponse;  d… c → CommandComplete "COPY n" Z;  d… f → ErrorResponse 57014 Z
 * </pre>
 */
final class CopyIn {
    private final PgStatement.Copy copy;
    private final StatementExecutor executor;
    private final SessionContext context;
    private final PgStatement insert;
    private final int columnCount;
    private final List<String> columnNames;
    private final boolean implicit;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean headerSkipped;
    private boolean ended;
    private long rows;
    private long line;

    private CopyIn(PgStatement.Copy copy, StatementExecutor executor, SessionContext context, PgStatement insert,
                   List<String> columnNames, boolean implicit) {
        this.copy = copy;
        this.executor = executor;
        this.context = context;
        this.insert = insert;
        this.columnNames = columnNames;
        this.columnCount = columnNames.size();
        this.implicit = implicit;
        this.headerSkipped = !copy.options().header();
    }

    /** Checks the target, opens the transaction and answers CopyInResponse. */
    static CopyIn start(PgStatement.Copy copy, Translator translator, StatementExecutor executor,
                        SessionContext context, Outbound out) {
        List<String> columns = copy.columns();
        if (columns.isEmpty()) {
            PgStatement probe = translator.translateOne("SELECT * FROM " + copy.table() + " LIMIT 0");
            List<ResultColumn> described = executor.describe(probe);
            columns = new ArrayList<>();
            for (ResultColumn c : described) columns.add(c.name());
        }
        List<String> placeholders = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) placeholders.add("$" + i);
        PgStatement insert = translator.translateOne("INSERT INTO " + copy.table() + " ("
                + String.join(", ", CopyOut.quoted(columns)) + ") VALUES (" + String.join(", ", placeholders) + ")");
        Session session = context.session();
        boolean implicit = session.status() == TransactionStatus.IDLE;
        if (implicit) session.beginImplicit();
        out.send(new BackendMessage.CopyInResponse((byte) 0, Collections.nCopies(columns.size(), (short) 0)));
        out.flush();
        return new CopyIn(copy, executor, context, insert, columns, implicit);
    }

    /** More input; complete rows are inserted at once. */
    void data(byte[] chunk) {
        pending.write(chunk, 0, chunk.length);
        byte[] buffer = pending.toByteArray();
        int start = 0;
        boolean inQuotes = false;
        char quote = copy.options().quote();
        for (int i = 0; i < buffer.length && !ended; i++) {
            byte b = buffer[i];
            if (copy.options().csv() && b == quote) inQuotes = !inQuotes;
            if (b == '\n' && !inQuotes) {
                row(new String(buffer, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        pending.reset();
        if (!ended) pending.write(buffer, start, buffer.length - start);
    }

    /** CopyDone: the last row, then commit (if the COPY opened the transaction); returns the command tag. */
    String done() {
        if (pending.size() > 0 && !ended) {
            row(pending.toString(StandardCharsets.UTF_8));
        }
        if (implicit) context.session().endImplicit(true);
        return "COPY " + rows;
    }

    /** CopyFail, a bad row or a vanished client: nothing of this COPY remains. */
    void abort() {
        Session session = context.session();
        if (implicit) {
            session.endImplicit(false);
        } else if (session.status() == TransactionStatus.IN_TRANSACTION) {
            session.markFailed();
        }
    }

    private void row(String text) {
        line++;
        if (text.endsWith("\r")) text = text.substring(0, text.length() - 1);
        if (text.equals("\\.")) {
            ended = true; // the old end-of-data marker
            return;
        }
        if (!headerSkipped) {
            headerSkipped = true;
            return;
        }
        List<String> fields = CopyText.parseRow(text, copy.options());
        if (fields.size() > columnCount) {
            throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "extra data after last expected column")
                    .withDetail("COPY " + copy.table() + ", line " + line);
        }
        if (fields.size() < columnCount) {
            throw new PgException(SqlState.BAD_COPY_FILE_FORMAT,
                    "missing data for column \"" + columnNames.get(fields.size()) + "\"")
                    .withDetail("COPY " + copy.table() + ", line " + line);
        }
        List<Object> parameters = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (f == null && copy.options().forceNotNull().contains(columnNames.get(i))) f = "";
            parameters.add(f);
        }
        executor.execute(insert, parameters);
        rows++;
    }
}
