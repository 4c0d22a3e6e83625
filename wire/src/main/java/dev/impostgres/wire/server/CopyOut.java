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
        if (copy.query() == null) checkColumnList(copy, translator, executor);
        PgStatement statement = translator.translateOne(select);
        if (!(statement instanceof PgStatement.Sql sql) || !sql.returnsRows()) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY query must have a RETURNING clause or be a SELECT");
        }
        QueryResult result = executor.execute(statement, List.of());
        List<ResultColumn> columns = result.columns();
        PgStatement.CopyOptions o = copy.options();
        checkColumns(copy, o.forceQuote(), columns);
        if (o.binary()) {
            sendBinary(result, context, out);
            return result;
        }
        boolean[] forceQuote = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            forceQuote[i] = o.forceQuoteAll() || o.forceQuote().contains(columns.get(i).name());
        }
        out.send(new BackendMessage.CopyOutResponse((byte) 0, Collections.nCopies(columns.size(), (short) 0)));
        Encoder charset = new Encoder(o.encoding());
        if (o.header()) {
            List<String> names = new ArrayList<>();
            for (ResultColumn c : columns) names.add(c.name());
            out.send(line(CopyText.formatRow(names, o, null), charset));
        }
        FormatSettings settings = context.formatSettings();
        List<String> values = new ArrayList<>(columns.size());
        for (Object[] row : result.rows()) {
            values.clear();
            for (int i = 0; i < row.length; i++) {
                values.add(row[i] == null ? null : CODEC.formatText(columns.get(i).type(), row[i], settings));
            }
            out.send(line(CopyText.formatRow(values, o, forceQuote), charset));
        }
        out.send(new BackendMessage.CopyDone());
        return result;
    }

    /** Binary: every value in its type's send format; the header rides in the first row's CopyData. */
    private static void sendBinary(QueryResult result, SessionContext context, Outbound out) {
        List<ResultColumn> columns = result.columns();
        for (ResultColumn c : columns) {
            if (!CODEC.supportsBinary(c.type())) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "binary COPY of type " + c.type().name() + " is not supported");
            }
        }
        FormatSettings settings = context.formatSettings();
        out.send(new BackendMessage.CopyOutResponse((byte) 1, Collections.nCopies(columns.size(), (short) 1)));
        byte[] header = CopyBinary.header();
        List<byte[]> fields = new ArrayList<>(columns.size());
        for (Object[] row : result.rows()) {
            fields.clear();
            for (int i = 0; i < row.length; i++) fields.add(CODEC.encodeBinary(columns.get(i).type(), row[i], settings));
            byte[] tuple = CopyBinary.tuple(fields);
            if (header != null) {
                tuple = concat(header, tuple);
                header = null;
            }
            out.send(new BackendMessage.CopyData(tuple));
        }
        out.send(new BackendMessage.CopyData(header == null ? CopyBinary.trailer() : concat(header, CopyBinary.trailer())));
        out.send(new BackendMessage.CopyDone());
    }

    /**
     * COPY t (a, b): every name must be a column of t, once (42703 / 42701). Checked against the table itself:
     * SQLite would read an unknown "name" in a SELECT list as a string literal.
     */
    static void checkColumnList(PgStatement.Copy copy, Translator translator, StatementExecutor executor) {
        if (copy.columns().isEmpty()) return;
        List<ResultColumn> all = executor.describe(translator.translateOne("SELECT * FROM " + copy.table() + " LIMIT 0"));
        List<String> seen = new ArrayList<>();
        for (String name : copy.columns()) {
            boolean found = false;
            for (ResultColumn c : all) found |= c.name().equals(name);
            if (!found) throw undefinedColumn(copy, name);
            if (seen.contains(name)) {
                throw new PgException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
            }
            seen.add(name);
        }
    }

    /** FORCE_QUOTE (a, b): each name must be a column of the output, as Postgres checks (42703). */
    private static void checkColumns(PgStatement.Copy copy, List<String> names, List<ResultColumn> columns) {
        for (String name : names) {
            boolean found = false;
            for (ResultColumn c : columns) found |= c.name().equals(name);
            if (!found) throw undefinedColumn(copy, name);
        }
    }

    static PgException undefinedColumn(PgStatement.Copy copy, String name) {
        if (copy.table() == null) {
            return new PgException(SqlState.UNDEFINED_COLUMN, "column \"" + name + "\" does not exist");
        }
        return new PgException(SqlState.UNDEFINED_COLUMN,
                "column \"" + name + "\" of relation \"" + relationName(copy.table()) + "\" does not exist");
    }

    /** The relation's name as Postgres prints it in errors: unqualified, unquoted. */
    static String relationName(String table) {
        String last = table;
        int dot = table.lastIndexOf('.');
        if (dot >= 0 && !table.endsWith("\"")) last = table.substring(dot + 1);
        else if (table.endsWith("\"")) {
            int open = table.lastIndexOf('"', table.length() - 2);
            return table.substring(open + 1, table.length() - 1).replace("\"\"", "\"");
        }
        return last.toLowerCase();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static BackendMessage.CopyData line(String row, Encoder encoder) {
        return new BackendMessage.CopyData(encoder.encode(row + "\n"));
    }

    /** ENCODING: a character the target encoding lacks is Postgres's 22P05, never a silent '?'. */
    private static final class Encoder {
        private final String name;
        private final java.nio.charset.CharsetEncoder encoder;

        Encoder(String pgName) {
            this.name = pgName;
            this.encoder = dev.impostgres.translator.sql.CopyEncodings.charset(pgName).newEncoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        }

        byte[] encode(String text) {
            if (name.equals("UTF8")) return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                java.nio.ByteBuffer out = encoder.reset().encode(java.nio.CharBuffer.wrap(text));
                return java.util.Arrays.copyOf(out.array(), out.limit());
            } catch (java.nio.charset.CharacterCodingException e) {
                int at = 0;
                while (at < text.length() && encoder.reset().canEncode(text.substring(at, at + Character.charCount(text.codePointAt(at))))) {
                    at += Character.charCount(text.codePointAt(at));
                }
                byte[] bad = text.substring(at, Math.min(text.length(), at + Character.charCount(text.codePointAt(at))))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                StringBuilder hex = new StringBuilder();
                for (byte b : bad) hex.append(hex.length() > 0 ? " " : "").append(String.format("0x%02x", b & 0xFF));
                throw new PgException(SqlState.UNTRANSLATABLE_CHARACTER, "character with byte sequence " + hex
                        + " in encoding \"UTF8\" has no equivalent in encoding \"" + name + "\"");
            }
        }
    }

    static List<String> quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) out.add('"' + n.replace("\"", "\"\"") + '"');
        return out;
    }
}
