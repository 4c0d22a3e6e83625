package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.rules.ColumnTypes;
import dev.impostgres.translator.rules.Rewriter;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Domains as _pg_type rows (typtype 'd') with their CHECK constraints in _pg_constraint (contypid): what a value
 * must satisfy to be one. Values of a domain are stored as its base type's; the checks run on writes (a CHECK on
 * each column of the domain) and on casts, as Postgres's domain_check does: NOT NULL of any level first, then the
 * checks of the outermost base domain to this one, each level's in name order.
 */
public final class Domains {
    private Domains() {}

    /** One domain: its direct base type (maybe another domain), typmod, NOT NULL, DEFAULT and checks. */
    record Domain(long oid, String name, int baseOid, int typmod, boolean notNull, String defaultExpr,
                  List<Check> checks) {}

    record Check(String name, String expr) {}

    /** A domain's ultimate base type (not a domain) and its typmod. */
    record Base(int oid, int typmod) {}

    /** The domain with this OID, or null when it is not one. */
    static Domain load(Connection connection, long oid) throws SQLException {
        Domain domain;
        try (PreparedStatement ps = connection.prepareStatement("SELECT typname, typbasetype, typtypmod, typnotnull, "
                + "typdefault FROM main._pg_type WHERE oid = ? AND typtype = 'd'")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                domain = new Domain(oid, rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) != 0,
                        rs.getString(5), new ArrayList<>());
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT conname, check_expr FROM main._pg_constraint "
                + "WHERE contypid = ? AND contype = 'c' ORDER BY conname")) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) domain.checks().add(new Check(rs.getString(1), rs.getString(2)));
            }
        }
        return domain;
    }

    static Base base(Connection connection, Domain domain) throws SQLException {
        Domain at = domain;
        for (int depth = 0; depth < 32; depth++) {
            Domain next = load(connection, at.baseOid());
            if (next == null) return new Base(at.baseOid(), at.typmod());
            at = next;
        }
        throw PgException.of(SqlState.INTERNAL_ERROR, "domain %s has a cycle of base types", domain.name());
    }

    /** 23502 or 23514 when {@code value} (in the base type's storage form) is not a value of the domain. */
    static void check(Connection connection, long oid, Object value) throws SQLException {
        Domain domain = load(connection, oid);
        if (domain == null) return;
        List<Domain> chain = new ArrayList<>();
        for (Domain at = domain; at != null && chain.size() < 32; at = load(connection, at.baseOid())) chain.add(0, at);
        if (value == null) {
            for (Domain d : chain) {
                if (d.notNull()) {
                    throw PgException.of(SqlState.NOT_NULL_VIOLATION, "domain %s does not allow null values",
                            domain.name());
                }
            }
            return;
        }
        Base base = base(connection, domain);
        PgType type = PgTypes.byOid(base.oid());
        for (Domain d : chain) {
            for (Check c : d.checks()) {
                if (!satisfied(connection, sqlite(c.expr(), type), value)) {
                    throw PgException.of(SqlState.CHECK_VIOLATION,
                            "value for domain %s violates check constraint \"%s\"", domain.name(), c.name());
                }
            }
        }
    }

    private static boolean satisfied(Connection connection, String sqlite, Object value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + sqlite + " FROM (SELECT ? AS value)")) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return true;
                Object result = rs.getObject(1);
                return result == null || !(result instanceof Number n) || n.longValue() != 0; // NULL passes
            }
        }
    }

    private static final Map<String, String> TRANSLATED = new ConcurrentHashMap<>();

    /** A check over VALUE in SQLite spelling, typed with the base type (cached: translation is pure). */
    static String sqlite(String expr, PgType base) {
        return TRANSLATED.computeIfAbsent((base == null ? 0 : base.oid()) + ":" + expr, k -> {
            ColumnTypes types = (qualifier, name) -> "value".equals(name) ? base : null;
            String select = "SELECT (" + expr + ") AS _pg_expr";
            String typed = Rewriter.rewrite(select, Lexer.tokenize(select), types).sqlite().trim();
            String prefix = "SELECT ", suffix = " AS _pg_expr";
            if (!typed.startsWith(prefix) || !typed.endsWith(suffix)) return Expressions.toSqlite(expr);
            return typed.substring(prefix.length(), typed.length() - suffix.length());
        });
    }
}
