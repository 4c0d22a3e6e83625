package dev.impostgres.conformance.run;

import dev.impostgres.conformance.script.ConformanceCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes each full normalized transcript to {@code <dir>/<target>/<area>/<name>.txt}, so a difference can be
 * inspected with {@code diff -r target/conformance-transcripts/postgres target/conformance-transcripts/impostgres}.
 */
public final class TranscriptFiles {

    private final Path dir;

    public TranscriptFiles(Path dir) {
        this.dir = dir;
    }

    public void write(String targetName, ConformanceCase c, Transcript transcript) {
        Normalizer normalizer = new Normalizer(c.maskedColumns());
        StringBuilder text = new StringBuilder();
        for (Transcript.Entry entry : transcript.entries()) {
            text.append("> ").append(entry.sql().replace("\n", "\n> ")).append('\n')
                .append(TranscriptComparison.render(normalizer, entry)).append("\n\n");
        }
        if (!transcript.changes().isEmpty()) {
            text.append("-- replication changes\n");
            transcript.changes().forEach(line -> text.append(line).append('\n'));
        }
        if (transcript.failure() != null) {
            text.append("-- case ended early: ").append(transcript.failure()).append('\n');
        }
        Path file = dir.resolve(targetName).resolve(c.area()).resolve(c.name() + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
