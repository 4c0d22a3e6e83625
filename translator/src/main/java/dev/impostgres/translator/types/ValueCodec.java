package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that formats and reads values: text and binary, in and out, for DataRow, Bind parameters, COPY
 * and pgoutput. Stateless; session settings come with each call.
 *
 * <p>Storage values (what SQLite holds, see the storage contract): bool, integers and oid as Long; float4/float8
 * as Double; bytea as byte[]; everything else as the text Postgres prints for it in a session with default
 * settings — numeric as numeric_out, uuid lower-case, timestamptz in UTC with "+00", arrays in array_out form
 * with each element in its own storage text.
 *
 * <p>Types without a codec: text passes the string through unchanged; binary raises 0A000 naming the type.
 */
public final class ValueCodec {

    public byte[] encodeText(PgType type, Object storage, FormatSettings settings) {
        String text = formatText(type, storage, settings);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text output of a storage value, or null for SQL NULL. */
    public String formatText(PgType type, Object storage, FormatSettings settings) {
        if (storage == null) return null;
        if (type.isArray()) return formatArray(type, storage, settings);
        return switch (type.oid()) {
            case 16 -> Storage.asLong(storage) != 0 ? "t" : "f";
            case 20, 21, 23, 26, 28, 29 -> storage instanceof Double d && d == Math.rint(d)
                    ? Long.toString(d.longValue()) : Storage.asText(storage);
            case 700 -> FloatText.format((float) Storage.asDouble(storage), true, settings.extraFloatDigits());
            case 701 -> FloatText.format(Storage.asDouble(storage), false, settings.extraFloatDigits());
            case 1700 -> Storage.asNumeric(storage);
            case 17 -> BinaryText.formatBytea(Storage.asBytes(storage));
            case 1082, 1083, 1114 -> isoDates(settings, Storage.asText(storage));
            case 1184 -> DateTimeText.formatTimestamptz(
                    DateTimeText.parseTimestamp(isoDates(settings, Storage.asText(storage)), true, FormatSettings.DEFAULT),
                    settings.timeZone());
            case 1186 -> {
                if (settings.intervalStyle() != FormatSettings.IntervalStyle.POSTGRES) {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                            "IntervalStyle " + settings.intervalStyle() + " is not supported");
                }
                yield Storage.asText(storage);
            }
            default -> Storage.asText(storage);
        };
    }

    /**
     * Reads text input (a literal, a text-format Bind parameter, COPY text) into its storage value, validating
     * and normalizing it as the type's input function does. Zone-less timestamptz input is in the session zone.
     */
    public Object decodeText(PgType type, String text, FormatSettings settings) {
        if (text == null) return null;
        if (type.isArray()) return parseArray(type, text, settings);
        return switch (type.oid()) {
            case 16 -> ScalarText.parseBool(text);
            case 20, 21, 23 -> ScalarText.parseInteger(text, type);
            case 26 -> ScalarText.parseOid(text);
            case 700 -> (double) (float) ScalarText.parseFloat(text, true);
            case 701 -> ScalarText.parseFloat(text, false);
            case 1700 -> ScalarText.canonicalNumeric(text);
            case 17 -> BinaryText.parseBytea(text);
            case 2950 -> BinaryText.canonicalUuid(text);
            case 1082 -> DateTimeText.formatDate(DateTimeText.parseDate(text, settings));
            case 1083 -> DateTimeText.formatTime(DateTimeText.parseTime(text));
            case 1114 -> DateTimeText.formatTimestamp(DateTimeText.parseTimestamp(text, false, settings));
            case 1184 -> DateTimeText.formatTimestamptz(
                    DateTimeText.parseTimestamp(text, true, settings), ZoneOffset.UTC);
            case 1186 -> IntervalText.format(IntervalText.parse(text));
            case 114 -> JsonText.validateJson(text);
            case 3802 -> JsonText.normalizeJsonb(text);
            default -> text;
        };
    }

    public Object decodeText(PgType type, String text) {
        return decodeText(type, text, FormatSettings.DEFAULT);
    }

    /** The binary send format of a storage value, or null for SQL NULL. */
    public byte[] encodeBinary(PgType type, Object storage, FormatSettings settings) {
        if (storage == null) return null;
        if (type.isArray()) {
            return ArrayBinary.send(type, ArrayText.parse(Storage.asText(storage)),
                    element -> BinaryCodec.send(elementType(type), storageOfElement(elementType(type), element)));
        }
        return BinaryCodec.send(type, storage);
    }

    /** Reads the binary receive format into a storage value. */
    public Object decodeBinary(PgType type, byte[] bytes) {
        if (bytes == null) return null;
        if (type.isArray()) {
            PgType element = elementType(type);
            return ArrayText.format(ArrayBinary.recv(type, bytes,
                    data -> formatText(element, BinaryCodec.recv(element, data), FormatSettings.DEFAULT)));
        }
        return BinaryCodec.recv(type, bytes);
    }

    /** Whether {@link #encodeBinary}/{@link #decodeBinary} handle this type. */
    public boolean supportsBinary(PgType type) {
        return BinaryCodec.supports(type.isArray() ? elementType(type) : type);
    }

    private String formatArray(PgType type, Object storage, FormatSettings settings) {
        String text = Storage.asText(storage);
        PgType element = elementType(type);
        if (!dependsOnSettings(element, settings)) return text;
        PgArray array = ArrayText.parse(text);
        List<String> out = new ArrayList<>(array.elements().size());
        for (String e : array.elements()) {
            out.add(e == null ? null : formatText(element, storageOfElement(element, e), settings));
        }
        return ArrayText.format(new PgArray(array.dims(), array.lowerBounds(), out));
    }

    private Object parseArray(PgType type, String text, FormatSettings settings) {
        PgType element = elementType(type);
        PgArray array = ArrayText.parse(text);
        List<String> out = new ArrayList<>(array.elements().size());
        for (String e : array.elements()) {
            out.add(e == null ? null : formatText(element, decodeText(element, e, settings), FormatSettings.DEFAULT));
        }
        return ArrayText.format(new PgArray(array.dims(), array.lowerBounds(), out));
    }

    /** An array element's storage text back to the element's storage value. */
    private Object storageOfElement(PgType element, String text) {
        return switch (element.oid()) {
            case 16, 20, 21, 23, 26, 700, 701, 17 -> decodeText(element, text, FormatSettings.DEFAULT);
            default -> text;
        };
    }

    /** Element text equals its storage text unless the session prints it differently from the defaults. */
    private static boolean dependsOnSettings(PgType element, FormatSettings settings) {
        return switch (element.oid()) {
            case 1184 -> !settings.timeZone().equals(ZoneOffset.UTC);
            case 700, 701 -> settings.extraFloatDigits() <= 0;
            case 1082, 1083, 1114, 1186 -> !settings.equals(FormatSettings.DEFAULT);
            default -> false;
        };
    }

    private static PgType elementType(PgType arrayType) {
        PgType element = PgTypes.byOid(arrayType.elementOid());
        if (element == null) throw Errors.unsupported("array element", arrayType);
        return element;
    }

    private static String isoDates(FormatSettings settings, String text) {
        if (settings.dateStyle().output() != FormatSettings.DateOutput.ISO) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "DateStyle " + settings.dateStyle().output() + " output is not supported");
        }
        return text;
    }
}
