package dev.impostgres.conformance.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.impostgres.conformance.run.CaseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * conformance/ratchet.json: the number of identical cases per area. It may only go up: a run with fewer identical
 * cases in an area fails the build; a run with more asks for the file to be raised ({@code -Dratchet.update=true}).
 */
public final class Ratchet {

    /** What a run means for the ratchet. */
    public record Verdict(List<String> regressions, List<String> improvements, Map<String, Integer> current) {
        public boolean failed() {
            return !regressions.isEmpty();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Ratchet() {}

    public static Map<String, Integer> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new TreeMap<>();
        }
        return new TreeMap<>(MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Integer>>() { }));
    }

    public static void write(Path file, Map<String, Integer> counts) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(new TreeMap<>(counts)) + "\n", StandardCharsets.UTF_8);
    }

    public static Verdict judge(Map<String, Integer> ratchet, List<CaseResult> results) {
        Map<String, AreaSummary> areas = AreaSummary.of(results);
        Map<String, Integer> current = new TreeMap<>();
        areas.forEach((area, s) -> current.put(area, s.identical()));
        List<String> regressions = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        for (Map.Entry<String, Integer> e : ratchet.entrySet()) {
            int now = current.getOrDefault(e.getKey(), 0);
            if (now < e.getValue()) {
                List<String> notIdentical = results.stream()
                        .filter(r -> r.area().equals(e.getKey()) && r.outcome() != CaseResult.Outcome.IDENTICAL)
                        .map(CaseResult::id).toList();
                regressions.add("area '" + e.getKey() + "': " + now + " identical cases, ratchet says "
                        + e.getValue() + "; not identical now: " + notIdentical);
            }
        }
        current.forEach((area, now) -> {
            int before = ratchet.getOrDefault(area, 0);
            if (now > before) {
                improvements.add("area '" + area + "': " + now + " identical cases, ratchet says " + before);
            }
        });
        return new Verdict(regressions, improvements, current);
    }
}
