package dev.impostgres.translator.ddl;

import java.util.List;

/** What a publication lists: {@code TABLE t [, …]} and {@code TABLES IN SCHEMA s [, …]}, in any mix. */
public record PublicationObjects(List<QualifiedName> tables, List<String> schemas) {
    public static final PublicationObjects NONE = new PublicationObjects(List.of(), List.of());

    public PublicationObjects {
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
    }
}
