package dev.impostgres.translator.ddl;

import java.util.List;

/** REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action]; actions in SQL spelling, "NO ACTION" default. */
public record References(QualifiedName table, List<String> columns, String onDelete, String onUpdate) {}
