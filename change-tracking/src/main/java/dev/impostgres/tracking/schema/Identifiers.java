package dev.impostgres.tracking.schema;

import java.util.Set;

/** quote_ident for the definitions recorded in metadata (what pg_get_indexdef / pg_get_viewdef print). */
final class Identifiers {
    private Identifiers() {}

    private static final Set<String> RESERVED = Set.of("user", "table", "select", "from", "where", "order", "group",
            "check", "default", "primary", "references", "column", "constraint", "end", "limit", "offset", "to", "all",
            "and", "or", "not", "null", "true", "false", "case", "when", "then", "else", "as", "on", "in", "is", "into",
            "create", "grant", "union", "unique", "using", "with");

    static String quote(String name) {
        if (name.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(name)) return name;
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
