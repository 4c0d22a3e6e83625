package dev.impostgres.translator.rules;

import dev.impostgres.translator.types.PgType;

/** The rules' single door to the type registry (the type registry). */
final class TypeLookup {
    private TypeLookup() {}

    static PgType byName(String name) { return dev.impostgres.translator.types.PgTypes.byName(name); }

    static PgType int4() { return dev.impostgres.translator.types.PgTypes.INT4; }
    static PgType int8() { return dev.impostgres.translator.types.PgTypes.INT8; }
    static PgType numeric() { return dev.impostgres.translator.types.PgTypes.NUMERIC; }
    static PgType text() { return dev.impostgres.translator.types.PgTypes.TEXT; }
    static PgType bool() { return dev.impostgres.translator.types.PgTypes.BOOL; }
}
