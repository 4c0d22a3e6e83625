package dev.impostgres.conformance.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads {@code cases/<area>/<name>.sql}. Directives are {@code -- key: value} comment lines in the leading comment
 * block of the file (before the first statement); the {@code -- @capture} marker is a line of its own anywhere.
 * An unknown {@code -- key:} in the header is an error, so a typo never silently changes what a case means.
 */
public final class CaseParser {

    static final String CAPTURE_MARKER = "-- @capture";
    private static final List<String> DIRECTIVES = List.of("expect-difference", "mask-column", "replication");

    private CaseParser() {}

    /** Every case under {@code casesDir}, sorted by area then name. */
    public static List<ConformanceCase> loadAll(Path casesDir) {
        List<ConformanceCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(casesDir, 2)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                if (!file.getParent().getParent().equals(casesDir)) {
                    throw new IllegalArgumentException("case files live in cases/<area>/: " + file);
                }
                String area = file.getParent().getFileName().toString();
                String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
                cases.add(parse(area, name, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    public static ConformanceCase parse(String area, String name, String text) {
        Optional<String> expectDifference = Optional.empty();
        List<String> masked = new ArrayList<>();
        Optional<String> publication = Optional.empty();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!stripped.startsWith("--")) {
                break;
            }
            String body = stripped.substring(2).strip();
            int colon = body.indexOf(':');
            String key = colon < 0 ? "" : body.substring(0, colon).strip();
            if (colon < 0 || !key.matches("[a-z]+(-[a-z]+)+|replication")) {
                continue;
            }
            String value = body.substring(colon + 1).strip();
            switch (key) {
                case "expect-difference" -> expectDifference = Optional.of(requireValue(key, value, area, name));
                case "mask-column" -> {
                    for (String column : requireValue(key, value, area, name).split(",")) {
                        masked.add(column.strip());
                    }
                }
                case "replication" -> publication = Optional.of(publicationOf(value, area, name));
                default -> throw new IllegalArgumentException(area + "/" + name + ": unknown directive '" + key
                        + "' (known: " + DIRECTIVES + ")");
            }
        }
        int marker = markerOffset(text);
        List<String> statements = new ArrayList<>(ScriptSplitter.split(marker < 0 ? text : text.substring(0, marker)));
        int captureFrom = -1;
        if (marker >= 0) {
            captureFrom = statements.size();
            statements.addAll(ScriptSplitter.split(text.substring(marker + CAPTURE_MARKER.length())));
        }
        if (publication.isPresent() != (marker >= 0)) {
            throw new IllegalArgumentException(area + "/" + name
                    + ": a replication case needs both '-- replication: publication=<name>' and a '-- @capture' line");
        }
        return new ConformanceCase(area, name, statements, expectDifference, masked, publication, captureFrom);
    }

    private static int markerOffset(String text) {
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (line.strip().equals(CAPTURE_MARKER)) {
                return offset + line.indexOf(CAPTURE_MARKER);
            }
            offset += line.length() + 1;
        }
        return -1;
    }

    private static String publicationOf(String value, String area, String name) {
        if (!value.startsWith("publication=") || value.length() == "publication=".length()) {
            throw new IllegalArgumentException(area + "/" + name + ": expected '-- replication: publication=<name>'");
        }
        return value.substring("publication=".length()).strip();
    }

    private static String requireValue(String key, String value, String area, String name) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(area + "/" + name + ": directive '" + key + "' needs a value");
        }
        return value;
    }
}
