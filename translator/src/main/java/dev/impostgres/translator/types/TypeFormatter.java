package dev.impostgres.translator.types;

import java.util.Map;

/** Postgres's format_type(): the SQL spelling of a type with its typmod, as psql's \d and pg_dump print it. */
final class TypeFormatter {
    private TypeFormatter() {}

    private static final Map<Integer, String> SQL_NAMES = Map.of(
            16, "boolean", 21, "smallint", 23, "integer", 20, "bigint", 700, "real", 701, "double precision",
            18, "\"char\"");

    static String format(PgType type, int typmod) {
        if (type.isArray()) {
            PgType element = PgTypes.byOid(type.elementOid());
            return (element == null ? type.name() : format(element, typmod)) + "[]";
        }
        boolean mod = typmod >= 0;
        return switch (type.oid()) {
            case 1042 -> mod ? "character(" + (typmod - 4) + ")" : "bpchar";
            case 1043 -> mod ? "character varying(" + (typmod - 4) + ")" : "character varying";
            case 1700 -> mod ? "numeric(" + (((typmod - 4) >> 16) & 0xffff) + "," + numericScale(typmod) + ")" : "numeric";
            case 1083 -> "time" + precision(typmod) + " without time zone";
            case 1266 -> "time" + precision(typmod) + " with time zone";
            case 1114 -> "timestamp" + precision(typmod) + " without time zone";
            case 1184 -> "timestamp" + precision(typmod) + " with time zone";
            case 1186 -> "interval" + intervalModifiers(typmod);
            case 1560 -> mod ? "bit(" + typmod + ")" : "\"bit\"";
            case 1562 -> mod ? "bit varying(" + typmod + ")" : "bit varying";
            default -> SQL_NAMES.getOrDefault(type.oid(), type.name());
        };
    }

    private static int numericScale(int typmod) {
        return (((typmod - 4) & 0x7ff) ^ 1024) - 1024; // 11-bit two's complement, negative scales since PG 15
    }

    private static String precision(int typmod) {
        return typmod >= 0 ? "(" + typmod + ")" : "";
    }

    private static String intervalModifiers(int typmod) {
        if (typmod < 0) return "";
        int range = (typmod >>> 16) & 0x7FFF;
        int precision = typmod & 0xFFFF;
        StringBuilder out = new StringBuilder();
        if (range != DeclaredType.INTERVAL_FULL_RANGE) {
            DeclaredType.INTERVAL_FIELDS.forEach((name, mask) -> {
                if (mask == range) out.append(' ').append(name);
            });
        }
        if (precision != DeclaredType.INTERVAL_FULL_PRECISION) out.append('(').append(precision).append(')');
        return out.toString();
    }
}
