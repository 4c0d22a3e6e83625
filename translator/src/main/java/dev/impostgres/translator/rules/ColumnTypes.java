package dev.impostgres.translator.rules;

import dev.impostgres.translator.types.PgType;

/**
 * The declared types of the columns a statement can see, when the caller knows its schema (a column reference
 * {@code c} or {@code t.c}; qualifier null when unqualified). Null for anything it can not place unambiguously.
 */
@FunctionalInterface
public interface ColumnTypes {
    ColumnTypes NONE = (qualifier, name) -> null;

    PgType of(String qualifier, String name);

    /** The column names, in order, of the table, derived table or CTE a name or alias refers to; null if unknown. */
    default java.util.List<String> columnNames(String relation) {
        return null;
    }

    /** The primary key's column names of a table (empty when it has none); null if unknown. */
    default java.util.List<String> primaryKey(String table) {
        return null;
    }
}
