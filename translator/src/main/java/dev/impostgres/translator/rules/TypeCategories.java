package dev.impostgres.translator.rules;

import dev.impostgres.translator.types.PgType;
import java.util.Set;

/** Postgres's type categories (pg_type.typcategory) for the built-in types the type checks compare. */
final class TypeCategories {
    private TypeCategories() {}

    private static final Set<Integer> NUMERIC = Set.of(20, 21, 23, 700, 701, 1700);
    private static final Set<Integer> STRING = Set.of(25, 1043, 1042);
    private static final Set<Integer> DATETIME = Set.of(1082, 1083, 1114, 1184, 1266);

    /** N, B, S, D or T; 0 for a type the checks leave alone (arrays, json, user types, …). */
    static char of(PgType type) {
        if (type == null) return 0;
        int oid = type.oid();
        if (NUMERIC.contains(oid)) return 'N';
        if (oid == 16) return 'B';
        if (STRING.contains(oid)) return 'S';
        if (DATETIME.contains(oid)) return 'D';
        if (oid == 1186) return 'T';
        return 0;
    }
}
