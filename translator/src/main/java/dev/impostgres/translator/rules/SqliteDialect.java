package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgType;
import java.util.Locale;

/**
 * The SQLite specifics of the rewrites, in one place: which Postgres casts become a SQLite CAST (and to what), and
 * how boolean input is read. The storage representation (bool as INTEGER 0/1, numeric/date/time as TEXT) decides:
 * a cast to a type stored as TEXT-but-not-text keeps the value, because SQLite's CAST would mangle it
 * (CAST('2024-01-02' AS date) is 2024 in SQLite).
 */
final class SqliteDialect {
    private SqliteDialect() {}

    enum CastTarget { INTEGER, REAL, TEXT, BOOLEAN, KEEP }

    static CastTarget castTarget(String pgTypeName) {
        PgType t = TypeLookup.byName(pgTypeName);
        if (t == null) return CastTarget.KEEP;
        return switch (t.name()) {
            case "int2", "int4", "int8" -> CastTarget.INTEGER;
            case "float4", "float8" -> CastTarget.REAL;
            case "text", "varchar", "bpchar", "name" -> CastTarget.TEXT;
            case "bool" -> CastTarget.BOOLEAN;
            default -> CastTarget.KEEP;
        };
    }

    /** boolin: t/true/y/yes/on/1 and f/false/n/no/off/0, any unique prefix, case-insensitive, trimmed. */
    static boolean parseBool(String input, int position) {
        String s = input.trim().toLowerCase(Locale.ROOT);
        if (!s.isEmpty()) {
            if ("true".startsWith(s) || "yes".startsWith(s) || s.equals("1") || s.equals("on")) return true;
            if ("false".startsWith(s) || "no".startsWith(s) || s.equals("0") || s.equals("off")) return false;
            if (s.length() >= 2 && "off".startsWith(s)) return false;
        }
        throw new PgException("ERROR", SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type boolean: \"" + input + "\"", null, null, position, null);
    }
}
