package dev.impostgres.tracking.functions;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * json (not jsonb) keeps its input text, and its -> #> ->> #>> results are slices of that text (spacing and key
 * order as written): the value at a path, found with a streaming parser that reports character offsets.
 */
final class JsonSlices {
    private JsonSlices() {}

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The text of the value at {@code steps} (object keys, or array indexes for arrays; a negative index counts
     * from the end), or null when there is none. For a JSON object with a repeated key, the last one wins.
     */
    static String slice(String doc, List<String> steps) {
        String current = doc.trim();
        for (String step : steps) {
            if (step == null) return null;
            current = child(current, step);
            if (current == null) return null;
        }
        return current;
    }

    /** Past the current value; a scalar's text is read so the location is after it (strings parse lazily). */
    private static void skip(JsonParser p) throws IOException {
        if (p.currentToken().isStructStart()) p.skipChildren();
        else p.getText();
    }

    private static String child(String doc, String step) {
        try (JsonParser p = FACTORY.createParser(doc)) {
            JsonToken root = p.nextToken();
            if (root == JsonToken.START_OBJECT) {
                String found = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    skip(p);
                    int end = (int) p.currentLocation().getCharOffset();
                    if (name.equals(step)) found = doc.substring(start, end);
                }
                return found;
            }
            if (root == JsonToken.START_ARRAY) {
                int index;
                try {
                    index = Integer.parseInt(step.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
                java.util.ArrayList<String> items = new java.util.ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int start = (int) p.currentTokenLocation().getCharOffset();
                    skip(p);
                    int end = (int) p.currentLocation().getCharOffset();
                    items.add(doc.substring(start, end));
                }
                if (index < 0) index += items.size();
                return index < 0 || index >= items.size() ? null : items.get(index);
            }
            return null;
        } catch (IOException e) {
            throw new PgFunctionError("22P02", "invalid input syntax for type json");
        }
    }
}
