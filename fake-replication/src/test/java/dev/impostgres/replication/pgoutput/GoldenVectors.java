package dev.impostgres.replication.pgoutput;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The 116 real pgoutput payloads of research/cdc/pgoutput-vectors.md, one per line in pgoutput-vectors.tsv. */
record GoldenVectors(String run, String cause, char type, String walStart, String hex) {

    int protoVersion() { return run.equals("v2") ? 2 : 1; }

    byte[] bytes() { return HexFormat.of().parseHex(hex); }

    @Override public String toString() { return run + " " + cause + " '" + type + "'"; }

    static List<GoldenVectors> all() {
        List<GoldenVectors> vectors = new ArrayList<>();
        try (var in = GoldenVectors.class.getResourceAsStream("/pgoutput-vectors.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                vectors.add(new GoldenVectors(f[0], f[1], f[2].charAt(0), f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }

    static GoldenVectors first(String run, String causePrefix, char type) {
        return all().stream().filter(v -> v.run.equals(run) && v.cause.startsWith(causePrefix) && v.type == type)
                .findFirst().orElseThrow(() -> new AssertionError("no vector " + run + " " + causePrefix + " " + type));
    }
}
