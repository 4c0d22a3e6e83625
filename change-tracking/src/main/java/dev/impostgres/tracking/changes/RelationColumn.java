package dev.impostgres.tracking.changes;

import dev.impostgres.translator.types.PgType;

/** One column of a published relation: its Postgres type and typmod, and whether it is part of the replica identity. */
public record RelationColumn(String name, PgType type, int typmod, boolean key) {}
