package dev.impostgres.translator.settings;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Input checks for the parameter kinds of guc.c: bool, enum, integer ranges, times with units, strings. */
final class GucParsers {
    private GucParsers() {}

    static final Guc.ValueParser STRING = (name, raw, current) -> raw;

    static Guc.ValueParser bool() {
        return (name, raw, current) -> {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                if ("true".startsWith(s) || "yes".startsWith(s) || s.equals("on") || s.equals("1")) return "on";
                if ("false".startsWith(s) || "no".startsWith(s) || (s.length() >= 2 && "off".startsWith(s))
                        || s.equals("0")) return "off";
            }
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "parameter \"" + name + "\" requires a Boolean value");
        };
    }

    static Guc.ValueParser enumOf(String... values) {
        List<String> allowed = List.of(values);
        return (name, raw, current) -> {
            String s = raw.trim().toLowerCase(Locale.ROOT);
            if (allowed.contains(s)) return s;
            throw invalid(name, raw).withHint("Available values: " + String.join(", ", allowed) + ".");
        };
    }

    static Guc.ValueParser intRange(int min, int max) {
        return (name, raw, current) -> {
            int v;
            try {
                v = new BigDecimal(raw.trim()).setScale(0, java.math.RoundingMode.HALF_EVEN).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw invalid(name, raw);
            }
            if (v < min || v > max) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, v + " is outside the valid range for parameter \""
                        + name + "\" (" + min + " .. " + max + ")");
            }
            return Integer.toString(v);
        };
    }

    /** A time in milliseconds: a bare number or a number with unit us, ms, s, min, h, d; printed as Postgres does. */
    static Guc.ValueParser milliseconds() {
        return (name, raw, current) -> {
            String s = raw.trim();
            int split = 0;
            while (split < s.length() && (Character.isDigit(s.charAt(split)) || "+-.".indexOf(s.charAt(split)) >= 0)) split++;
            String unit = s.substring(split).trim();
            long factorUs = switch (unit) {
                case "", "ms" -> 1000L;
                case "us" -> 1L;
                case "s" -> 1000_000L;
                case "min" -> 60_000_000L;
                case "h" -> 3_600_000_000L;
                case "d" -> 86_400_000_000L;
                default -> throw invalid(name, raw);
            };
            BigDecimal ms;
            try {
                ms = new BigDecimal(s.substring(0, split)).multiply(BigDecimal.valueOf(factorUs))
                        .divide(BigDecimal.valueOf(1000)).setScale(0, java.math.RoundingMode.HALF_EVEN);
            } catch (NumberFormatException e) {
                throw invalid(name, raw);
            }
            if (ms.signum() < 0 || ms.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, ms + " ms is outside the valid range for"
                        + " parameter \"" + name + "\" (0 .. " + Integer.MAX_VALUE + ")");
            }
            return formatMilliseconds(ms.longValue());
        };
    }

    /** The largest unit that divides the value exactly: 90000 -> 90s, 60000 -> 1min, 1500 -> 1500ms. */
    static String formatMilliseconds(long ms) {
        if (ms == 0) return "0";
        long[] factors = {86_400_000L, 3_600_000L, 60_000L, 1000L};
        String[] units = {"d", "h", "min", "s"};
        for (int i = 0; i < factors.length; i++) {
            if (ms % factors[i] == 0) return (ms / factors[i]) + units[i];
        }
        return ms + "ms";
    }

    /** client_encoding: Impostgres speaks UTF-8 only; another known encoding has no conversion (0A000). */
    static Guc.ValueParser clientEncoding() {
        List<String> known = List.of("SQL_ASCII", "LATIN1", "LATIN2", "LATIN9", "WIN1252", "WIN1251", "EUC_JP",
                "SJIS", "GBK", "BIG5", "EUC_KR", "KOI8R", "ISO_8859_5", "WIN866", "MULE_INTERNAL", "UHC", "GB18030");
        return (name, raw, current) -> {
            String norm = raw.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (norm.equals("UTF8") || norm.equals("UNICODE")) return "UTF8";
            String upper = raw.trim().toUpperCase(Locale.ROOT);
            if (known.contains(upper)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "invalid value for parameter \"" + name
                        + "\": \"" + raw + "\"").withDetail("Conversion between " + upper + " and UTF8 is not supported.");
            }
            throw invalid(name, raw);
        };
    }

    /** DateStyle: output style and field order; only the ISO output style is implemented. */
    static Guc.ValueParser dateStyle() {
        return (name, raw, current) -> {
            String style = null;
            String order = null;
            for (String word : raw.split("[,\\s]+")) {
                String w = word.trim().toLowerCase(Locale.ROOT);
                if (w.isEmpty()) continue;
                String newStyle = switch (w) {
                    case "iso" -> "ISO";
                    case "sql" -> "SQL";
                    case "postgres" -> "Postgres";
                    case "german" -> "German";
                    default -> null;
                };
                String newOrder = switch (w) {
                    case "ymd" -> "YMD";
                    case "dmy", "euro", "european" -> "DMY";
                    case "mdy", "us", "noneuro", "noneuropean" -> "MDY";
                    default -> null;
                };
                if (w.equals("default")) {
                    newStyle = "ISO";
                    newOrder = "MDY";
                }
                if (newStyle == null && newOrder == null) {
                    throw invalid(name, raw).withDetail("Unrecognized key word: \"" + word + "\".");
                }
                if ((newStyle != null && style != null && !style.equals(newStyle))
                        || (newOrder != null && order != null && !order.equals(newOrder))) {
                    throw invalid(name, raw).withDetail("Conflicting \"datestyle\" specifications.");
                }
                if (newStyle != null) style = newStyle;
                if (newOrder != null) order = newOrder;
            }
            String[] cur = current == null ? new String[] {"ISO", "MDY"} : current.split(", ");
            if (style == null) style = cur[0];
            if (order == null) order = style.equals("German") ? "DMY" : cur[1];
            if (!style.equals("ISO")) {
                // Dates are formatted in ISO style only; refusing beats silently printing another style.
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "DateStyle \"" + style + "\" is not supported")
                        .withHint("Use an ISO DateStyle, e.g. 'ISO, MDY'.");
            }
            return style + ", " + order;
        };
    }

    /** A valid value other than {@code supported} is refused (0A000) rather than accepted and ignored. */
    static Guc.ValueParser only(Guc.ValueParser valid, String supported) {
        return (name, raw, current) -> {
            String v = valid.parse(name, raw, current);
            if (!v.equals(supported)) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "value \"" + v + "\" of parameter \"" + name + "\" is not supported");
            }
            return v;
        };
    }

    static Guc.ValueParser timeZone() {
        return (name, raw, current) -> TimeZones.canonical(raw)
                .orElseThrow(() -> invalid(name, raw));
    }

    static PgException invalid(String name, String raw) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"" + name + "\": \"" + raw + "\"");
    }
}
