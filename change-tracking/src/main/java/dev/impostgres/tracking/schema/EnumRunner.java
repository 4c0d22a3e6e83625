package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE TYPE … AS ENUM and DROP TYPE: a row of _pg_type (typtype 'e', its array type's OID, the labels in order
 * joined by NUL), which pg_type/pg_enum, column declarations and enum input (_pg_in) read. Values of an enum
 * column are stored as their label text.
 */
final class EnumRunner {
    private EnumRunner() {}

    private static final int NAMEDATALEN = 64;

    static void create(DdlContext ctx, DdlCommand.CreateEnum cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        long namespace = catalog.creationNamespace(cmd.name());
        String name = cmd.name().name();
        if (catalog.queryLong("SELECT oid FROM _pg_type WHERE typname = ? AND typnamespace = ?", name, namespace) != null) {
            throw PgException.of(SqlState.DUPLICATE_OBJECT, "type \"%s\" already exists", name);
        }
        Set<String> seen = new HashSet<>();
        for (String label : cmd.labels()) {
            if (label.getBytes(StandardCharsets.UTF_8).length >= NAMEDATALEN) {
                throw PgException.of("42622", "invalid enum label \"%s\"", label)
                        .withDetail("Labels must be " + (NAMEDATALEN - 1) + " bytes or less.");
            }
            if (!seen.add(label)) {
                throw PgException.of(SqlState.UNIQUE_VIOLATION,
                        "duplicate key value violates unique constraint \"pg_enum_typid_label_index\"");
            }
        }
        long oid = catalog.allocateOid();
        long arrayOid = catalog.allocateOid();
        catalog.update("INSERT INTO _pg_type (oid, typnamespace, typname, typtype, typarray, labels) "
                + "VALUES (?, ?, ?, 'e', ?, ?)", oid, namespace, name, arrayOid, String.join("\u0000", cmd.labels()));
    }

    /** ADD VALUE (at the end, or before/after a label) and RENAME VALUE, with Postgres's errors. */
    static void alter(DdlContext ctx, DdlCommand.AlterEnum cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Long oid = typeOid(catalog, cmd.name());
        if (oid == null) throw PgException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", cmd.name().name());
        String stored = catalog.queryString("SELECT labels FROM _pg_type WHERE oid = ?", oid);
        java.util.List<String> labels = new java.util.ArrayList<>(stored == null || stored.isEmpty() ? java.util.List.of()
                : java.util.List.of(stored.split("\u0000", -1)));
        if (cmd.label().getBytes(StandardCharsets.UTF_8).length >= NAMEDATALEN) {
            throw PgException.of("42622", "invalid enum label \"%s\"", cmd.label())
                    .withDetail("Labels must be " + (NAMEDATALEN - 1) + " bytes or less.");
        }
        if (cmd.renameFrom() != null) {
            int at = labels.indexOf(cmd.renameFrom());
            if (at < 0) throw PgException.of(SqlState.INVALID_PARAMETER_VALUE, "\"%s\" is not an existing enum label",
                    cmd.renameFrom());
            if (labels.contains(cmd.label())) {
                throw PgException.of(SqlState.DUPLICATE_OBJECT, "enum label \"%s\" already exists", cmd.label());
            }
            // Stored values are the label text: rename them too, as Postgres's values (OIDs) follow the label.
            for (String[] column : enumColumns(catalog, oid)) {
                catalog.update("UPDATE " + Catalog.quote(column[0]) + " SET " + Catalog.quote(column[1]) + " = ? WHERE "
                        + Catalog.quote(column[1]) + " = ?", cmd.label(), cmd.renameFrom());
            }
            labels.set(at, cmd.label());
        } else {
            if (labels.contains(cmd.label())) {
                if (cmd.ifNotExists()) {
                    ctx.notice("42710", "enum label \"" + cmd.label() + "\" already exists, skipping");
                    return;
                }
                throw PgException.of(SqlState.DUPLICATE_OBJECT, "enum label \"%s\" already exists", cmd.label());
            }
            int at = labels.size();
            if (cmd.neighbor() != null) {
                int neighbor = labels.indexOf(cmd.neighbor());
                if (neighbor < 0) throw PgException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "\"%s\" is not an existing enum label", cmd.neighbor());
                at = cmd.before() ? neighbor : neighbor + 1;
            }
            labels.add(at, cmd.label());
        }
        catalog.update("UPDATE _pg_type SET labels = ? WHERE oid = ?", String.join("\u0000", labels), oid);
    }

    /** The (SQLite table, column) pairs whose declared type is the enum. */
    private static java.util.List<String[]> enumColumns(Catalog catalog, long oid) throws SQLException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (var ps = catalog.connection().prepareStatement("SELECT c.sqlite_name, a.attname FROM _pg_attribute a "
                + "JOIN _pg_class c ON c.oid = a.attrelid WHERE a.atttypid = ? AND c.relkind = 'r'")) {
            ps.setLong(1, oid);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    static void drop(DdlContext ctx, DdlCommand.Drop cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        for (QualifiedName name : cmd.names()) {
            Long oid = typeOid(catalog, name);
            if (oid == null) {
                if (cmd.ifExists()) {
                    ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "type \"" + name.name() + "\" does not exist, skipping");
                    continue;
                }
                throw PgException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", name.name());
            }
            if (cmd.kind() == DdlCommand.ObjectKind.DOMAIN
                    && !"d".equals(catalog.queryString("SELECT typtype FROM _pg_type WHERE oid = ?", oid))) {
                throw PgException.of("42809", "\"%s\" is not a domain", name.name());
            }
            List<Long> users = catalog.queryLongs("SELECT a.attrelid FROM _pg_attribute a JOIN _pg_type t "
                    + "ON a.atttypid IN (t.oid, t.typarray) OR a.attdomain = t.oid WHERE t.oid = ?", oid);
            if (!users.isEmpty()) {
                if (!cmd.cascade()) {
                    throw PgException.of("2BP01",
                            "cannot drop type %s because other objects depend on it", name.name())
                            .withDetail(dependents(catalog, oid, name.name()))
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                throw PgException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "DROP TYPE … CASCADE with dependent columns is not supported yet");
            }
            catalog.update("DELETE FROM _pg_type WHERE oid = ?", oid);
            catalog.update("DELETE FROM _pg_constraint WHERE contypid = ?", oid);
        }
    }

    private static String dependents(Catalog catalog, long oid, String typeName) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (var ps = catalog.connection().prepareStatement("SELECT a.attname, c.relname FROM _pg_attribute a "
                + "JOIN _pg_class c ON c.oid = a.attrelid JOIN _pg_type t ON (a.atttypid IN (t.oid, t.typarray) OR a.attdomain = t.oid) "
                + "WHERE t.oid = ? ORDER BY c.oid, a.attnum")) {
            ps.setLong(1, oid);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (out.length() > 0) out.append('\n');
                    out.append("column ").append(rs.getString(1)).append(" of table ").append(rs.getString(2))
                            .append(" depends on type ").append(typeName);
                }
            }
        }
        return out.toString();
    }

    static Long typeOid(Catalog catalog, QualifiedName name) throws SQLException {
        if (name.schema() != null) {
            Long namespace = catalog.namespaceOid(name.schema());
            return namespace == null ? null
                    : catalog.queryLong("SELECT oid FROM _pg_type WHERE typname = ? AND typnamespace = ?", name.name(), namespace);
        }
        return catalog.queryLong("SELECT oid FROM _pg_type WHERE typname = ? ORDER BY typnamespace DESC LIMIT 1",
                name.name());
    }
}
