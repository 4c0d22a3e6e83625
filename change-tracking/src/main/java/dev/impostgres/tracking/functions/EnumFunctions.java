package dev.impostgres.tracking.functions;

import dev.impostgres.tracking.schema.EnumLabels;
import dev.impostgres.translator.error.PgException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Enum order: {@code pg_enum_cmp(type_oid, a, b)} for comparisons and {@code pg_enum_sort(type_oid, a)} (the
 * label's position) for ORDER BY and min/max, which the translator emits for enum-typed expressions. A value that
 * is not a label is 22P02, as enum_in reports it.
 */
final class EnumFunctions {
    private EnumFunctions() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_enum_sort", 2, a -> (long) position(labels(c, a[0]), a[1]));
        // enum_range / enum_first / enum_last of the enum the translator's EnumRangeRule names
        Udf.strict(c, "pg_enum_range", 1, a -> {
            StringBuilder b = new StringBuilder("{");
            for (String label : byName(c, a[0]).labels()) {
                if (b.length() > 1) b.append(',');
                b.append(ArrayFunctions.quote(label));
            }
            return b.append('}').toString();
        });
        Udf.strict(c, "pg_enum_first", 1, a -> {
            List<String> labels = byName(c, a[0]).labels();
            return labels.isEmpty() ? null : labels.get(0);
        });
        Udf.strict(c, "pg_enum_last", 1, a -> {
            List<String> labels = byName(c, a[0]).labels();
            return labels.isEmpty() ? null : labels.get(labels.size() - 1);
        });
        Udf.strict(c, "pg_enum_cmp", 3, a -> {
            EnumLabels.Enum e = labels(c, a[0]);
            return (long) Integer.compare(position(e, a[1]), position(e, a[2]));
        });
    }

    private static int position(EnumLabels.Enum e, Object v) {
        try {
            return e.position(Values.text(v));
        } catch (PgException ex) {
            throw new PgFunctionError(ex.sqlState(), ex.getMessage());
        }
    }

    private static EnumLabels.Enum byName(Connection c, Object name) {
        long[] oids = EnumLabels.oidsOf(c, Values.text(name));
        if (oids == null) throw new PgFunctionError("42704", "type \"" + Values.text(name) + "\" does not exist");
        return labels(c, oids[0]);
    }

    private static EnumLabels.Enum labels(Connection c, Object oid) {
        EnumLabels.Enum e = EnumLabels.of(c, Values.integer(oid));
        if (e == null) throw new PgFunctionError("42704", "type with OID " + Values.integer(oid) + " does not exist");
        return e;
    }
}
