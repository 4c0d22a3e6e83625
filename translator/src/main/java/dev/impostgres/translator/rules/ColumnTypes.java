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
}
