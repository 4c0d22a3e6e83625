package dev.impostgres.wire.server;

import dev.impostgres.tracking.ResultColumn;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.ValueCodec;
import dev.impostgres.wire.codec.BackendMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns result columns and rows into RowDescription and DataRow, every value formatted by the type registry's codec
 * in the format the client asked for (Bind's result formats: none = all text, one = all columns, else per column).
 */
final class RowEncoder {
    private static final ValueCodec CODEC = new ValueCodec(); // stateless
    private final List<ResultColumn> columns;
    private final short[] formats;

    RowEncoder(List<ResultColumn> columns, List<Short> resultFormats) {
        this.columns = columns;
        this.formats = formatsFor(columns.size(), resultFormats);
    }

    static short[] formatsFor(int columnCount, List<Short> requested) {
        short[] formats = new short[columnCount];
        if (requested == null || requested.isEmpty()) {
            return formats;
        }
        if (requested.size() == 1) {
            Arrays.fill(formats, requested.get(0));
        } else if (requested.size() == columnCount) {
            for (int i = 0; i < columnCount; i++) formats[i] = requested.get(i);
        } else {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + requested.size()
                    + " result formats but query has " + columnCount + " columns");
        }
        for (short f : formats) {
            if (f != 0 && f != 1) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: " + f);
            }
        }
        return formats;
    }

    BackendMessage.RowDescription rowDescription() {
        List<BackendMessage.RowDescription.Field> fields = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn c = columns.get(i);
            fields.add(new BackendMessage.RowDescription.Field(c.name(), c.tableOid(), c.columnNumber(),
                    c.type().oid(), c.type().typlen(), c.typmod(), formats[i]));
        }
        return new BackendMessage.RowDescription(fields);
    }

    BackendMessage.DataRow dataRow(Object[] row, FormatSettings settings) {
        List<byte[]> values = new ArrayList<>(row.length);
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value == null) {
                values.add(null);
            } else if (formats[i] == 1) {
                values.add(CODEC.encodeBinary(columns.get(i).type(), value, settings));
            } else {
                values.add(CODEC.encodeText(columns.get(i).type(), value, settings));
            }
        }
        return new BackendMessage.DataRow(values);
    }
}
