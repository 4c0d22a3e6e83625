package dev.impostgres.wire.server;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run-time settings a StartupMessage carries: every parameter but user, database and replication, plus the
 * {@code -c name=value} / {@code --name=value} switches inside {@code options} (backslash escapes spaces), as libpq's
 * PGOPTIONS sends them.
 */
final class StartupParameters {
    private StartupParameters() {}

    static Map<String, String> settings(Map<String, String> parameters) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : parameters.entrySet()) {
            switch (e.getKey()) {
                case "user", "database", "replication" -> { }
                case "options" -> parseOptions(e.getValue(), out);
                default -> out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static void parseOptions(String options, Map<String, String> out) {
        var words = new java.util.ArrayList<String>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < options.length(); i++) {
            char c = options.charAt(i);
            if (c == '\\' && i + 1 < options.length()) {
                word.append(options.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word.length() > 0) words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) words.add(word.toString());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String assignment;
            if (w.equals("-c") && i + 1 < words.size()) {
                assignment = words.get(++i);
            } else if (w.startsWith("-c")) {
                assignment = w.substring(2);
            } else if (w.startsWith("--")) {
                assignment = w.substring(2);
            } else {
                throw new PgException("FATAL", SqlState.FEATURE_NOT_SUPPORTED,
                        "unsupported command-line option \"" + w + "\" in startup options", null, null, 0, null);
            }
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new PgException("FATAL", SqlState.SYNTAX_ERROR,
                        "-c " + assignment + " requires a value", null, null, 0, null);
            }
            out.put(assignment.substring(0, eq).replace('-', '_'), assignment.substring(eq + 1));
        }
    }
}
