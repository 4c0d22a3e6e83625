package dev.impostgres.tracking.schema;

import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A routine's argument list as written ({@code reason text, tag text, target record} or {@code int, text}): its
 * parameter names and its argument types as Postgres prints them ({@code integer, text}). Modes and defaults are
 * dropped, as they are not part of a routine's identity.
 */
final class RoutineArguments {
    private RoutineArguments() {}

    private static final Set<String> MODES = Set.of("in", "out", "inout", "variadic");
    /** Words that begin a type name of more than one word, so a two-word entry starting with one has no name. */
    private static final Set<String> TYPE_STARTS = Set.of("double", "character", "char", "varchar", "timestamp", "time",
            "bit", "interval", "national");

    record Argument(String name, String type) {}

    static List<Argument> parse(String list) {
        List<Argument> out = new ArrayList<>();
        for (String entry : splitTopLevel(list)) {
            String e = entry.replaceAll("(?is)\\s+(default\\s+|=\\s*).*$", "").trim();
            if (e.isEmpty()) continue;
            String[] words = e.split("\\s+", 2);
            if (words.length == 2 && MODES.contains(words[0].toLowerCase(Locale.ROOT))) {
                e = words[1];
                words = e.split("\\s+", 2);
            }
            String first = words[0].toLowerCase(Locale.ROOT);
            boolean named = words.length == 2 && !TYPE_STARTS.contains(first);
            String name = named ? unquote(words[0]) : null;
            out.add(new Argument(name, named ? words[1].trim() : e));
        }
        return out;
    }

    /** The argument types as format_type prints them, comma-separated (unknown types as written, lower-cased). */
    static String types(String list) {
        List<String> types = new ArrayList<>();
        for (Argument a : parse(list)) {
            PgType type = PgTypes.byName(a.type().toLowerCase(Locale.ROOT));
            types.add(type != null ? PgTypes.formatType(type, -1) : a.type().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", types);
    }

    private static String unquote(String word) {
        return word.startsWith("\"") ? word.substring(1, word.length() - 1).replace("\"\"", "\"")
                : word.toLowerCase(Locale.ROOT);
    }

    private static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                parts.add(list.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(list.substring(from));
        return parts;
    }
}
