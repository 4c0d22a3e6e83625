package dev.impostgres.translator.ddl;

import java.util.List;

/**
 * REFERENCES table [(columns)] [ON DELETE action] [ON UPDATE action] [[NOT] DEFERRABLE] [INITIALLY DEFERRED|IMMEDIATE];
 * actions in SQL spelling, "NO ACTION" default.
 */
public record References(QualifiedName table, List<String> columns, String onDelete, String onUpdate,
                         boolean deferrable, boolean initiallyDeferred) {
    public References(QualifiedName table, List<String> columns, String onDelete, String onUpdate) {
        this(table, columns, onDelete, onUpdate, false, false);
    }
}
