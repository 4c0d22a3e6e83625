package dev.impostgres.wire.server;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.FormatSettings;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import dev.impostgres.translator.types.ValueCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bind parameters to SQLite storage values, by the parameter's type and the format the client chose. */
final class ParameterDecoder {
    private static final ValueCodec CODEC = new ValueCodec(); // stateless
    private ParameterDecoder() {}

    static List<Object> decode(PreparedStatement prepared, List<Short> formats, List<byte[]> values,
                               FormatSettings settings) {
        int count = prepared.parameterTypes.size();
        if (values.size() != count) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + values.size()
                    + " parameters, but prepared statement \"" + prepared.name + "\" requires " + count);
        }
        if (formats.size() > 1 && formats.size() != count) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message has " + formats.size()
                    + " parameter formats but " + count + " parameters");
        }
        List<Object> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] raw = values.get(i);
            if (raw == null) {
                out.add(null);
                continue;
            }
            short format = formats.isEmpty() ? 0 : formats.size() == 1 ? formats.get(0) : formats.get(i);
            int oid = prepared.parameterTypes.get(i);
            PgType type = oid == 0 ? null : PgTypes.byOid(oid);
            if (format == 0) {
                String text = new String(raw, StandardCharsets.UTF_8);
                out.add(type == null || type.oid() == PgTypes.UNKNOWN.oid() ? text
                        : CODEC.decodeText(type, text, settings));
            } else if (format == 1) {
                if (type == null) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "binary format for parameter $" + (i + 1) + " of unknown type " + oid + " is not supported");
                }
                out.add(CODEC.decodeBinary(type, raw));
            } else {
                throw new PgException(SqlState.PROTOCOL_VIOLATION, "unsupported format code: " + format);
            }
        }
        return out;
    }
}
