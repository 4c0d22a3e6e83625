package dev.impostgres.tracking.schema;

import java.util.Set;

/**
 * Whether ALTER COLUMN … TYPE needs no USING: Postgres converts with an implicit or assignment cast (numbers among
 * themselves, dates and timestamps, json and jsonb, anything to a string type), else it is 42804.
 */
final class TypeChanges {
    private TypeChanges() {}

    private static final Set<Integer> NUMBERS = Set.of(20, 21, 23, 700, 701, 1700);
    private static final Set<Integer> STRINGS = Set.of(25, 1043, 1042, 19);
    private static final Set<Integer> DATETIMES = Set.of(1082, 1114, 1184);
    private static final Set<Integer> JSON = Set.of(114, 3802);

    static boolean automatic(int from, int to) {
        if (from == to || STRINGS.contains(to)) return true;
        return NUMBERS.contains(from) && NUMBERS.contains(to) || DATETIMES.contains(from) && DATETIMES.contains(to)
                || JSON.contains(from) && JSON.contains(to);
    }
}
