package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.SequenceOptions;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.SQLException;

/**
 * Sequences as rows of _pg_sequence (plus their _pg_class row, relkind 'S'). Their state changes inside the
 * caller's SQLite transaction; SequenceHighWater keeps a rolled-back nextval from being given out again.
 */
final class Sequences {
    private Sequences() {}

    /** A sequence's parameters after defaults, as pg_sequence holds them. */
    record Parameters(int typeOid, long start, long increment, long max, long min, long cache, boolean cycle) {}

    static Parameters resolve(SequenceOptions o, int defaultTypeOid, Parameters base) {
        int typeOid = defaultTypeOid;
        if (o.asType() != null) {
            PgType type = PgTypes.byName(o.asType());
            if (type == null || type.oid() != 20 && type.oid() != 21 && type.oid() != 23) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "sequence type must be smallint, integer, or bigint");
            }
            typeOid = type.oid();
        } else if (base != null) {
            typeOid = base.typeOid();
        }
        long increment = o.increment() != null ? o.increment() : base != null ? base.increment() : 1;
        if (increment == 0) throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "INCREMENT must not be zero");
        long typeMax = typeOid == 21 ? Short.MAX_VALUE : typeOid == 23 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        long typeMin = typeOid == 21 ? Short.MIN_VALUE : typeOid == 23 ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = o.maxValue() != null ? o.maxValue() : base != null && o.asType() == null ? base.max()
                : increment > 0 ? typeMax : -1;
        long min = o.minValue() != null ? o.minValue() : base != null && o.asType() == null ? base.min()
                : increment > 0 ? 1 : typeMin;
        long start = o.start() != null ? o.start() : base != null ? base.start() : increment > 0 ? min : max;
        long cache = o.cache() != null ? o.cache() : base != null ? base.cache() : 1;
        boolean cycle = o.cycle() != null ? o.cycle() : base != null && base.cycle();
        if (min >= max) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (%d) must be less than MAXVALUE (%d)", min, max);
        }
        if (start < min) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "START value (%d) cannot be less than MINVALUE (%d)", start, min);
        }
        if (start > max) {
            throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "START value (%d) cannot be greater than MAXVALUE (%d)", start, max);
        }
        return new Parameters(typeOid, start, increment, max, min, cache, cycle);
    }

    static long create(Catalog catalog, long namespaceOid, String name, Parameters p, long ownerRel, int ownerAtt)
            throws SQLException {
        long oid = catalog.insertRelation(namespaceOid, name, "S", name);
        catalog.update("INSERT INTO _pg_sequence (seqrelid, seqtypid, seqstart, seqincrement, seqmax, seqmin, "
                        + "seqcache, seqcycle, last_value, is_called, owner_relid, owner_attnum) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", oid, p.typeOid(), p.start(), p.increment(),
                p.max(), p.min(), p.cache(), p.cycle() ? 1 : 0, p.start(), ownerRel, ownerAtt);
        createRelationView(catalog, namespaceOid, name, oid);
        return oid;
    }

    /**
     * A sequence is a relation too: {@code SELECT last_value, log_cnt, is_called FROM s}. A SQLite view of the
     * sequence's row serves it, with the three columns in _pg_attribute (as Postgres has them) so results carry
     * bigint and boolean. Only in public: other schemas' sequences keep their bare name as SQLite name, which a view
     * could clash with. log_cnt is always 0 (nothing is pre-logged here).
     */
    private static void createRelationView(Catalog catalog, long namespaceOid, String name, long oid)
            throws SQLException {
        if (namespaceOid != PUBLIC_NAMESPACE || SqliteObjects.exists(catalog, name)) return;
        catalog.exec("CREATE VIEW main." + Catalog.quote(name) + " AS SELECT CAST(last_value AS INTEGER) AS last_value, "
                + "CAST(0 AS INTEGER) AS log_cnt, CAST(is_called AS INTEGER) AS is_called FROM _pg_sequence "
                + "WHERE seqrelid = " + oid);
        catalog.insertColumn(new Column(oid, 1, "last_value", 20, -1, "bigint", true, null, "", ""));
        catalog.insertColumn(new Column(oid, 2, "log_cnt", 20, -1, "bigint", true, null, "", ""));
        catalog.insertColumn(new Column(oid, 3, "is_called", 16, -1, "boolean", true, null, "", ""));
    }

    /** Drops the view {@link #createRelationView} made for sequence {@code oid}, if any. */
    static void dropRelationView(Catalog catalog, long oid) throws SQLException {
        String view = catalog.queryString("SELECT name FROM main.sqlite_schema WHERE type = 'view' AND sql LIKE ?",
                "%FROM _pg_sequence WHERE seqrelid = " + oid);
        if (view != null) catalog.exec("DROP VIEW main." + Catalog.quote(view));
    }

    private static final long PUBLIC_NAMESPACE = 2200;

    static Parameters read(Catalog catalog, long oid) throws SQLException {
        try (var ps = catalog.connection().prepareStatement("SELECT seqtypid, seqstart, seqincrement, seqmax, seqmin, "
                + "seqcache, seqcycle FROM _pg_sequence WHERE seqrelid = ?")) {
            ps.setLong(1, oid);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return new Parameters(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getInt(7) != 0);
            }
        }
    }

    static void update(Catalog catalog, long oid, Parameters p) throws SQLException {
        catalog.update("UPDATE _pg_sequence SET seqtypid = ?, seqstart = ?, seqincrement = ?, seqmax = ?, seqmin = ?, "
                        + "seqcache = ?, seqcycle = ? WHERE seqrelid = ?", p.typeOid(), p.start(), p.increment(), p.max(),
                p.min(), p.cache(), p.cycle() ? 1 : 0, oid);
    }

    static void restart(Catalog catalog, long oid, long value) throws SQLException {
        // A new generation: values handed out before the restart no longer hold nextval back (SequenceHighWater).
        catalog.update("UPDATE _pg_sequence SET last_value = ?, is_called = 0, seqgeneration = seqgeneration + 1 "
                + "WHERE seqrelid = ?", value, oid);
    }

    /** The sequence name Postgres gives a serial or identity column, qualified for a non-public schema. */
    static String regclassText(String schema, String sequence) {
        String name = dev.impostgres.translator.sql.Identifiers.quote(sequence);
        return schema.equals("public") ? name : dev.impostgres.translator.sql.Identifiers.quote(schema) + "." + name;
    }
}
