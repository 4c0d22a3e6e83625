package dev.impostgres.translator.sql;

import dev.impostgres.translator.CommandTag;

/**
 * What a pass-through statement is, decided from its parsed leading key words (after any WITH clause): the
 * CommandComplete tag Postgres prints for it, whether it returns rows, whether it may write, and where its top-level
 * query body starts (for select-list type hints; -1 when none).
 */
public record StatementKind(CommandTag tag, boolean returnsRows, boolean writes, int selectStart) {}
