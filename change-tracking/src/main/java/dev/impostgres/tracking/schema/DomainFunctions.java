package dev.impostgres.tracking.schema;

import dev.impostgres.translator.error.PgException;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;

/**
 * {@code _pg_domain(domain_oid, value, 'base')} (a cast to a domain: the value, once the domain's constraints hold;
 * the base type's name is for the translator's typing) and {@code _pg_domain_check(domain_oid, column)} (the
 * SQLite CHECK on every column of a domain: 1, or the domain's error). Deterministic, as a CHECK needs; the
 * domain's constraints change only by DDL.
 */
final class DomainFunctions extends Function {
    static final String CAST = "_pg_domain";
    static final String CHECK = "_pg_domain_check";

    private final Connection connection;
    private final boolean returnsValue;

    private DomainFunctions(Connection connection, boolean returnsValue) {
        this.connection = connection;
        this.returnsValue = returnsValue;
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, CAST, new DomainFunctions(connection, true), 3, Function.FLAG_DETERMINISTIC);
        Function.create(connection, CHECK, new DomainFunctions(connection, false), 2, Function.FLAG_DETERMINISTIC);
    }

    @Override
    protected void xFunc() throws SQLException {
        Object value = switch (value_type(1)) {
            case SQLITE_NULL -> null;
            case SQLITE_INTEGER -> value_long(1);
            case SQLITE_FLOAT -> value_double(1);
            case SQLITE_BLOB -> value_blob(1) == null ? new byte[0] : value_blob(1);
            default -> value_text(1);
        };
        try {
            Domains.check(connection, value_long(0), value);
        } catch (PgException e) {
            error(SchemaErrors.encode(e));
            return;
        }
        if (!returnsValue) result(1L);
        else if (value == null) result();
        else if (value instanceof Long l) result(l);
        else if (value instanceof Double d) result(d);
        else if (value instanceof byte[] b) result(b);
        else result(value.toString());
    }

    private static final int SQLITE_INTEGER = 1, SQLITE_FLOAT = 2, SQLITE_BLOB = 4, SQLITE_NULL = 5;
}
