package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.Set;

/**
 * Which explicit casts SQLite's CAST gets wrong, given the source type the translator knows: those go to the
 * Java {@code pg_convert(value, source, target)}. And which casts Postgres has no conversion for at all (pg_cast has
 * no row), refused with 42846 as Postgres refuses them while planning.
 */
final class CastPlan {
    private CastPlan() {}

    private static final Set<Integer> NUMBERS = Set.of(20, 21, 23, 700, 701, 1700);
    private static final Set<Integer> INTEGERS = Set.of(20, 21, 23);
    private static final Set<Integer> DATETIMES = Set.of(1082, 1083, 1114, 1184, 1186, 1266);
    private static final Set<Integer> TEXTS = Set.of(25, 1043, 1042, 19);
    /** Targets with modifiers that an explicit cast applies. */
    private static final Set<Integer> TYPMOD_TARGETS = Set.of(1043, 1042, 1700, 1083, 1114, 1184);

    /** 42846 when Postgres has no cast from {@code source} to {@code target} (checked for built-in categories only). */
    static void check(PgType source, PgType target) {
        if (source == null || target == null || source.oid() == target.oid()) return;
        int s = source.oid(), t = target.oid();
        boolean missing = NUMBERS.contains(s) && (DATETIMES.contains(t) || t == 2950 || t == 17)
                || NUMBERS.contains(s) && t == 16 && s != 23
                || s == 16 && (NUMBERS.contains(t) && t != 23 || DATETIMES.contains(t) || t == 2950 || t == 17)
                || DATETIMES.contains(s) && (NUMBERS.contains(t) || t == 16);
        if (missing) {
            throw new PgException("42846" /* cannot_coerce */, "cannot cast type " + PgTypes.formatType(source, -1)
                    + " to " + PgTypes.formatType(target, -1));
        }
    }

    /** True when the cast needs pg_convert (the source's meaning or the target's typmod matters). */
    static boolean converts(PgType source, PgType target, int typmod) {
        if (target == null) return false;
        int t = target.oid();
        if (typmod >= 0 && TYPMOD_TARGETS.contains(t)) return true;
        if (source == null || source.oid() == t) return false;
        int s = source.oid();
        if (INTEGERS.contains(t)) return NUMBERS.contains(s) && !(s == 23 && t == 20) && !(s == 21 && t != 21);
        if (t == 701) return s == 700 || s == 1700;
        if (t == 700) return s == 701 || s == 1700;
        if (t == 1700) return s == 700 || s == 701;
        if (TEXTS.contains(t)) return s == 16 || s == 1042 || s == 700 || s == 701 || s == 1184;
        if (t == 1082 || t == 1083 || t == 1114) return s == 1184 || s == 1114 || s == 1082;
        if (t == 1184) return s == 1114 || s == 1082;
        return false;
    }
}
