package dev.impostgres.translator.rules;

import dev.impostgres.translator.types.PgType;

/** The rules' single door to the type registry (swap PgTypesFallback for PgTypes here at merge). */
final class TypeLookup {
    private TypeLookup() {}

    static PgType byName(String name) { return PgTypesFallback.byName(name); }

    static PgType int4() { return PgTypesFallback.INT4; }
    static PgType int8() { return PgTypesFallback.INT8; }
    static PgType numeric() { return PgTypesFallback.NUMERIC; }
    static PgType text() { return PgTypesFallback.TEXT; }
    static PgType bool() { return PgTypesFallback.BOOL; }
}
