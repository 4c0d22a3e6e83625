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
import dev.impostgres.translator.sql.CopyEncodings;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.Utf8;
import dev.impostgres.translator.types.ValueCodec;
import java.nio.charset.Charset;
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
    private static final ValueCodec CODEC = new ValueCodec();
    private final PgStatement.Copy copy;
    private final StatementExecutor executor;
    private final SessionContext context;
    private final PgStatement insert;
    private final int columnCount;
    private final List<String> columnNames;
    private final List<PgType> columnTypes;
    private final boolean[] forceNotNull;
    private final boolean[] forceNull;
    private final Charset charset;
    private final CopyBinary.Reader binary;
    private final boolean implicit;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean headerSkipped;
    private boolean ended;
    private long rows;
    private long line;

    private CopyIn(PgStatement.Copy copy, StatementExecutor executor, SessionContext context, PgStatement insert,
                   List<ResultColumn> columns, boolean implicit) {
        this.copy = copy;
        this.executor = executor;
        this.context = context;
        this.insert = insert;
        this.columnNames = new ArrayList<>();
        this.columnTypes = new ArrayList<>();
        for (ResultColumn c : columns) {
            columnNames.add(c.name());
            columnTypes.add(c.type());
        }
        this.columnCount = columns.size();
        this.implicit = implicit;
        PgStatement.CopyOptions o = copy.options();
        this.headerSkipped = !o.header();
        this.forceNotNull = new boolean[columnCount];
        this.forceNull = new boolean[columnCount];
        for (int i = 0; i < columnCount; i++) {
            forceNotNull[i] = o.forceNotNullAll() || o.forceNotNull().contains(columnNames.get(i));
            forceNull[i] = o.forceNullAll() || o.forceNull().contains(columnNames.get(i));
        }
        this.charset = CopyEncodings.charset(o.encoding());
        this.binary = o.binary() ? new CopyBinary.Reader(columnCount) : null;
    }

    /** Checks the target, opens the transaction and answers CopyInResponse. */
    static CopyIn start(PgStatement.Copy copy, Translator translator, StatementExecutor executor,
                        SessionContext context, Outbound out) {
        String columnList = copy.columns().isEmpty() ? "*" : String.join(", ", CopyOut.quoted(copy.columns()));
        List<ResultColumn> columns = describe(copy, translator, executor, columnList);
        PgStatement.CopyOptions o = copy.options();
        for (List<String> named : List.of(o.forceNotNull(), o.forceNull())) {
            for (String name : named) {
                boolean found = false;
                for (ResultColumn c : columns) found |= c.name().equals(name);
                if (!found) throw CopyOut.undefinedColumn(copy, name);
            }
        }
        if (o.binary()) {
            for (ResultColumn c : columns) {
                if (!CODEC.supportsBinary(c.type())) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "binary COPY of type " + c.type().name() + " is not supported");
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (ResultColumn c : columns) names.add(c.name());
        List<String> placeholders = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) placeholders.add("$" + i);
        PgStatement insert = translator.translateOne("INSERT INTO " + copy.table() + " ("
                + String.join(", ", CopyOut.quoted(names)) + ") VALUES (" + String.join(", ", placeholders) + ")");
        Session session = context.session();
        boolean implicit = session.status() == TransactionStatus.IDLE;
        if (implicit) session.beginImplicit();
        short format = (short) (o.binary() ? 1 : 0);
        out.send(new BackendMessage.CopyInResponse((byte) format, Collections.nCopies(columns.size(), format)));
        out.flush();
        return new CopyIn(copy, executor, context, insert, columns, implicit);
    }

    /** The target columns with their types; a named column that does not exist is 42703 as in Postgres. */
    private static List<ResultColumn> describe(PgStatement.Copy copy, Translator translator,
                                               StatementExecutor executor, String columnList) {
        CopyOut.checkColumnList(copy, translator, executor);
        return executor.describe(translator.translateOne("SELECT " + columnList + " FROM " + copy.table()
                + " LIMIT 0"));
    }

    /** More input; complete rows are inserted at once. */
    void data(byte[] chunk) {
        if (binary != null) {
            for (List<byte[]> tuple : binary.feed(chunk)) binaryRow(tuple);
            return;
        }
        pending.write(chunk, 0, chunk.length);
        byte[] buffer = pending.toByteArray();
        int start = 0;
        boolean inQuotes = false;
        char quote = copy.options().quote();
        for (int i = 0; i < buffer.length && !ended; i++) {
            byte b = buffer[i];
            if (copy.options().csv() && b == quote) inQuotes = !inQuotes;
            if (b == '\n' && !inQuotes) {
                row(text(buffer, start, i - start));
                start = i + 1;
            }
        }
        pending.reset();
        if (!ended) pending.write(buffer, start, buffer.length - start);
    }

    /** CopyDone: the last row, then commit (if the COPY opened the transaction); returns the command tag. */
    String done() {
        if (binary != null) {
            binary.finish();
        } else if (pending.size() > 0 && !ended) {
            byte[] rest = pending.toByteArray();
            row(text(rest, 0, rest.length));
        }
        if (implicit) context.session().endImplicit(true);
        return "COPY " + rows;
    }

    /** A line in the COPY's encoding; UTF-8 strictly (a bad byte is 22021, as in Postgres). */
    private String text(byte[] bytes, int offset, int length) {
        return copy.options().encoding().equals("UTF8") ? Utf8.decode(bytes, offset, length)
                : new String(bytes, offset, length, charset);
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
            if (copy.options().headerMatch()) matchHeader(CopyText.parseRow(text, copy.options()));
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
            if (f == null && forceNotNull[i]) f = copy.options().nullString(); // the field as written
            else if (f != null && forceNull[i] && f.equals(copy.options().nullString())) f = null;
            parameters.add(f);
        }
        executor.execute(insert, parameters);
        rows++;
    }

    /**
     * HEADER MATCH: the header line must name the columns in order (copyfromparse.c). CopyText has already
     * un-quoted the names; a field equal to the NULL string arrives as null.
     */
    private void matchHeader(List<String> fields) {
        if (fields.size() != columnCount) {
            throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "wrong number of fields in header line: got "
                    + fields.size() + ", expected " + columnCount);
        }
        for (int i = 0; i < columnCount; i++) {
            String got = fields.get(i);
            if (got == null) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "column name mismatch in header line field "
                        + (i + 1) + ": got null value (\"" + copy.options().nullString() + "\"), expected \""
                        + columnNames.get(i) + "\"");
            }
            if (!got.equals(columnNames.get(i))) {
                throw new PgException(SqlState.BAD_COPY_FILE_FORMAT, "column name mismatch in header line field "
                        + (i + 1) + ": got \"" + got + "\", expected \"" + columnNames.get(i) + "\"");
            }
        }
    }

    /**
     * One binary tuple: each field read by its column type's receive function, then inserted through the same
     * path as text input (its text form in the default format settings), so typmods and constraints apply alike.
     */
    private void binaryRow(List<byte[]> tuple) {
        line++;
        List<Object> parameters = new ArrayList<>(columnCount);
        for (int i = 0; i < columnCount; i++) {
            byte[] field = tuple.get(i);
            PgType type = columnTypes.get(i);
            Object storage = CODEC.decodeBinary(type, field);
            parameters.add(storage == null ? null : CODEC.formatText(type, storage, FormatSettings.DEFAULT));
        }
        executor.execute(insert, parameters);
        rows++;
    }
}
