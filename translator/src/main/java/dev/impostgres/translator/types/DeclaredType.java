package dev.impostgres.translator.types;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type as written in SQL (a column definition or a cast target), resolved the way Postgres's grammar resolves
 * it: the pg_type row and the atttypmod. {@code char} alone means character(1); {@code "char"} quoted is the
 * one-byte type; {@code float(p)} picks real or double precision by p.
 */
record DeclaredType(PgType type, int typmod) {
    // Interval range bits, as in Postgres's datetime.h (INTERVAL_MASK of MONTH=1, YEAR=2, DAY=3, HOUR=10, ...).
    static final int MONTH = 1 << 1, YEAR = 1 << 2, DAY = 1 << 3, HOUR = 1 << 10, MINUTE = 1 << 11, SECOND = 1 << 12;
    static final int INTERVAL_FULL_RANGE = 0x7FFF, INTERVAL_FULL_PRECISION = 0xFFFF;

    static final Map<String, Integer> INTERVAL_FIELDS = Map.ofEntries(
            Map.entry("year", YEAR), Map.entry("month", MONTH), Map.entry("day", DAY), Map.entry("hour", HOUR),
            Map.entry("minute", MINUTE), Map.entry("second", SECOND), Map.entry("year to month", YEAR | MONTH),
            Map.entry("day to hour", DAY | HOUR), Map.entry("day to minute", DAY | HOUR | MINUTE),
            Map.entry("day to second", DAY | HOUR | MINUTE | SECOND), Map.entry("hour to minute", HOUR | MINUTE),
            Map.entry("hour to second", HOUR | MINUTE | SECOND), Map.entry("minute to second", MINUTE | SECOND));

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "int4"), Map.entry("integer", "int4"), Map.entry("serial", "int4"),
            Map.entry("serial4", "int4"), Map.entry("smallint", "int2"), Map.entry("smallserial", "int2"),
            Map.entry("serial2", "int2"), Map.entry("bigint", "int8"), Map.entry("bigserial", "int8"),
            Map.entry("serial8", "int8"), Map.entry("real", "float4"), Map.entry("double precision", "float8"),
            Map.entry("float", "float8"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("boolean", "bool"), Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"), Map.entry("character", "bpchar"), Map.entry("char", "bpchar"),
            Map.entry("\"char\"", "char"), Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("bit varying", "varbit"));

    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(?:\\s*\\[\\s*\\d*\\s*]|\\s+array(?:\\s*\\[\\s*\\d*\\s*])?)$");
    private static final Pattern INTERVAL = Pattern.compile(
            "^interval\\s*(?:\\((\\d+)\\))?\\s*([a-z ]*?)\\s*(?:\\((\\d+)\\))?$");

    static DeclaredType parseOrNull(String sql) {
        if (sql == null) return null;
        String s = sql.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^\"?pg_catalog\"?\\s*\\.\\s*", "");
        boolean array = false;
        for (Matcher m = ARRAY_SUFFIX.matcher(s); m.find(); m = ARRAY_SUFFIX.matcher(s)) {
            array = true;
            s = s.substring(0, m.start()).trim();
        }
        DeclaredType scalar = parseScalar(s);
        if (scalar == null || !array) return scalar;
        if (scalar.type.isArray()) return scalar; // int4[][] and _int4[] are the same type
        PgType arrayType = PgTypes.byOid(scalar.type.arrayOid());
        return arrayType == null ? null : new DeclaredType(arrayType, scalar.typmod);
    }

    private static DeclaredType parseScalar(String s) {
        if (s.startsWith("interval")) return parseInterval(s);
        String base = s, args = null, tail = "";
        int open = s.indexOf('(');
        if (open >= 0) {
            int close = s.indexOf(')', open);
            if (close < 0) return null;
            base = s.substring(0, open).trim();
            args = s.substring(open + 1, close);
            tail = s.substring(close + 1).trim();
            if (!tail.isEmpty()) base = base + " " + tail; // "timestamp(3) with time zone" → "timestamp with time zone"
        }
        if (base.startsWith("\"") && !base.equals("\"char\"")) return null;
        if (base.equals("float") && args != null) {
            Integer p = singleInt(args);
            if (p == null || p < 1 || p > 53) return null;
            return new DeclaredType(p <= 24 ? PgTypes.FLOAT4 : PgTypes.FLOAT8, -1);
        }
        String canonical = ALIASES.getOrDefault(base, base);
        boolean zoneWords = tail.equals("with time zone") || tail.equals("without time zone");
        if (!tail.isEmpty() && !(zoneWords && canonical.startsWith("time"))) return null;
        if (!base.matches("[a-z_][a-z0-9_ ]*|\"char\"")) return null;
        PgType type = BuiltinTypes.BY_NAME.get(canonical);
        if (type == null) return null;
        Integer typmod = typmod(type, base, args);
        return typmod == null ? null : new DeclaredType(type, typmod);
    }

    /** The atttypmod for modifiers {@code args} (null when there were none); null when they are invalid. */
    private static Integer typmod(PgType type, String spelledAs, String args) {
        if (args == null) {
            boolean impliedLengthOne = (type.oid() == 1042 && !spelledAs.equals("bpchar")) || type.oid() == 1560;
            if (impliedLengthOne) return type.oid() == 1042 ? 1 + 4 : 1;
            return -1;
        }
        String[] parts = args.split(",", -1);
        int[] n = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Integer v = singleInt(parts[i]);
            if (v == null) return null;
            n[i] = v;
        }
        return switch (type.oid()) {
            case 1042, 1043 -> n.length == 1 && n[0] >= 1 ? n[0] + 4 : null;
            case 1700 -> {
                if (n.length > 2 || n[0] < 1 || n[0] > 1000) yield null;
                int scale = n.length == 2 ? n[1] : 0;
                if (scale < -1000 || scale > 1000) yield null;
                yield ((n[0] << 16) | (scale & 0x7ff)) + 4;
            }
            case 1083, 1266, 1114, 1184 -> n.length == 1 && n[0] >= 0 ? Math.min(n[0], 6) : null;
            case 1560, 1562 -> n.length == 1 && n[0] >= 1 ? n[0] : null;
            default -> null;
        };
    }

    private static DeclaredType parseInterval(String s) {
        Matcher m = INTERVAL.matcher(s);
        if (!m.matches()) return null;
        String fields = m.group(2).trim();
        String leadingPrecision = m.group(1), trailingPrecision = m.group(3);
        if (leadingPrecision != null && (trailingPrecision != null || !fields.isEmpty())) return null;
        String precisionText = leadingPrecision != null ? leadingPrecision : trailingPrecision;
        Integer range = fields.isEmpty() ? Integer.valueOf(INTERVAL_FULL_RANGE) : INTERVAL_FIELDS.get(fields);
        if (range == null) return null;
        if (precisionText == null && fields.isEmpty()) return new DeclaredType(PgTypes.INTERVAL, -1);
        int precision = precisionText == null ? INTERVAL_FULL_PRECISION : Math.min(Integer.parseInt(precisionText), 6);
        return new DeclaredType(PgTypes.INTERVAL, (range << 16) | precision);
    }

    private static Integer singleInt(String text) {
        String t = text.trim();
        if (!t.matches("-?\\d{1,9}")) return null;
        return Integer.parseInt(t);
    }
}
