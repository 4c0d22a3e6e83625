package dev.impostgres.tracking.functions;

import dev.impostgres.translator.types.TemporalValues;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code pg_overlaps(s1, e1, s2, e2, 'types')}, what OverlapsRule makes of {@code (s1, e1) OVERLAPS (s2, e2)}: the
 * ends become instants (a date its midnight, a time on 2000-01-01, an interval end its start plus the interval,
 * timestamptz in UTC) and are compared with overlaps_timestamp's rules, including its NULL answers.
 */
final class Overlaps {
    private Overlaps() {}

    static void register(Connection c) throws SQLException {
        Udf.lenient(c, "pg_overlaps", 5, a -> TemporalFunctions.wrap(() -> overlaps(a)));
    }

    private static Boolean overlaps(Object[] a) {
        String[] types = Values.text(a[4]).split(",", -1);
        if (types.length != 4) throw new PgFunctionError("42883", "function overlaps has operands of unknown type");
        Long s1 = instant(a[0], types[0], null), e1 = instant(a[1], types[1], s1);
        Long s2 = instant(a[2], types[2], null), e2 = instant(a[3], types[3], s2);
        return overlaps(s1, e1, s2, e2);
    }

    /** overlaps_timestamp: each pair is put in order, a missing start takes the end's place. */
    static Boolean overlaps(Long s1, Long e1, Long s2, Long e2) {
        if (s1 == null) {
            if (e1 == null) return null;
            s1 = e1;
            e1 = null;
        } else if (e1 != null && s1 > e1) {
            Long t = s1; s1 = e1; e1 = t;
        }
        if (s2 == null) {
            if (e2 == null) return null;
            s2 = e2;
            e2 = null;
        } else if (e2 != null && s2 > e2) {
            Long t = s2; s2 = e2; e2 = t;
        }
        if (s1 > s2) {
            if (e2 == null) return null;
            if (s1 < e2) return true;
            return e1 == null ? null : false;
        }
        if (s1 < s2) {
            if (e1 == null) return null;
            if (s2 < e1) return true;
            return e2 == null ? null : false;
        }
        return e1 == null || e2 == null ? null : true; // equal starts: true when both ends are known
    }

    private static Long instant(Object value, String type, Long start) {
        if (value == null) return null;
        String text = Values.text(value);
        switch (type) {
            case "interval":
                return start == null ? null : TemporalFunctions.plus(start, TemporalValues.interval(text), null);
            case "time":
                return TemporalValues.timestamp("2000-01-01 " + text);
            case "timestamptz":
                return TemporalValues.timestamptz(text);
            case "date":
            case "timestamp":
                return TemporalValues.timestamp(text);
            default:
                throw new PgFunctionError("42883", "function overlaps(" + type + ") does not exist");
        }
    }
}
