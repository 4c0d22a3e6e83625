package dev.impostgres.tracking.changes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the JSON row images {@link ChangeCapture}'s triggers write back into storage values (Long, Double, String, byte[], null). */
final class RowImages {
    private static final JsonFactory JSON = new JsonFactory();

    private RowImages() {}

    static Map<String, Object> read(String json) {
        if (json == null) return null;
        Map<String, Object> row = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String column = p.currentName();
                row.put(column, value(p, p.nextToken()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt row image in the change log", e);
        }
        return row;
    }

    private static Object value(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> Double.parseDouble(p.getText()); // 9e999 is SQLite's Infinity
            case VALUE_STRING -> p.getText();
            case START_OBJECT -> {
                expect(p.nextToken(), JsonToken.FIELD_NAME);
                byte[] blob = HexFormat.of().parseHex(p.nextTextValue());
                expect(p.nextToken(), JsonToken.END_OBJECT);
                yield blob;
            }
            default -> throw new IOException("unexpected " + token);
        };
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) throw new IOException("expected " + wanted + ", got " + got);
    }

    static String jsonString(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
