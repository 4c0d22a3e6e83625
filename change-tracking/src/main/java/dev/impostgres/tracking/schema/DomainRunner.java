package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.types.PgTypes;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE DOMAIN: a _pg_type row (typtype 'd', the direct base type and its typmod, NOT NULL, DEFAULT) and one
 * _pg_constraint row per CHECK (contypid, named {@code <domain>_check} when unnamed, as ChooseConstraintName
 * does). Columns of the domain store the base type (see {@link Domains}); DROP goes through {@link EnumRunner#drop}.
 */
final class DomainRunner {
    private DomainRunner() {}

    static void create(DdlContext ctx, DdlCommand.CreateDomain cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        long namespace = catalog.creationNamespace(cmd.name());
        String name = cmd.name().name();
        if (catalog.queryLong("SELECT oid FROM _pg_type WHERE typname = ? AND typnamespace = ?", name, namespace) != null) {
            throw PgException.of(SqlState.DUPLICATE_OBJECT, "type \"%s\" already exists", name);
        }
        ResolvedType base = ResolvedType.of(catalog, cmd.typeName(), cmd.typeOid(), cmd.typmod());
        long oid = catalog.allocateOid();
        catalog.update("INSERT INTO _pg_type (oid, typnamespace, typname, typtype, typarray, typbasetype, typtypmod, "
                        + "typnotnull, typdefault) VALUES (?, ?, ?, 'd', 0, ?, ?, ?, ?)", oid, namespace, name,
                base.domain() != 0 ? base.domain() : base.oid(), base.domain() != 0 ? -1 : base.typmod(),
                cmd.notNull() ? 1 : 0, cmd.defaultExpr() == null ? null : cmd.defaultExpr().trim());
        Set<String> chosen = new HashSet<>();
        for (DdlCommand.CreateDomain.Check check : cmd.checks()) {
            String conname = check.name() != null ? check.name() : Names.choose(name, List.of(), "check", n -> {
                try {
                    return chosen.contains(n) || catalog.queryLong("SELECT oid FROM _pg_constraint WHERE conname = ?", n) != null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!chosen.add(conname)) {
                throw PgException.of(SqlState.DUPLICATE_OBJECT, "constraint \"%s\" for domain \"%s\" already exists",
                        conname, name);
            }
            // translated once now, so an expression SQLite cannot run fails here rather than at the first write
            Domains.sqlite(check.expr(), PgTypes.byOid(base.oid()));
            catalog.update("INSERT INTO _pg_constraint (oid, conrelid, conname, contype, check_expr, contypid) "
                    + "VALUES (?, 0, ?, 'c', ?, ?)", catalog.allocateOid(), conname, check.expr(), oid);
        }
    }
}
