package dev.impostgres.tracking.schema;

import dev.impostgres.translator.ddl.DdlCommand;
import dev.impostgres.translator.ddl.PublicationAction;
import dev.impostgres.translator.ddl.PublicationObjects;
import dev.impostgres.translator.ddl.PublicationOptions;
import dev.impostgres.translator.ddl.PublicationOptions.Operation;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * CREATE / ALTER / DROP PUBLICATION on {@code _pg_publication}, {@code _pg_publication_rel} and
 * {@code _pg_publication_namespace}, with Postgres's errors. The walsender reads these tables when it decodes. The
 * owner is recorded as postgres (the runner is not told the session user); OWNER TO records the name given.
 */
final class PublicationRunner {
    private PublicationRunner() {}

    private static final String OBJECT_NOT_IN_PREREQUISITE_STATE = "55000";

    static void create(DdlContext ctx, DdlCommand.CreatePublication cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        if (oid(catalog, cmd.name()) != null) {
            throw PgException.of(SqlState.DUPLICATE_OBJECT, "publication \"%s\" already exists", cmd.name());
        }
        Set<Operation> publish = cmd.options().publish() == null ? Set.of(Operation.values()) : cmd.options().publish();
        boolean viaRoot = Boolean.TRUE.equals(cmd.options().viaPartitionRoot());
        long oid = catalog.allocateOid();
        catalog.update("INSERT INTO _pg_publication VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", oid, cmd.name(),
                "postgres", cmd.allTables() ? 1 : 0,
                flag(publish, Operation.INSERT), flag(publish, Operation.UPDATE), flag(publish, Operation.DELETE),
                flag(publish, Operation.TRUNCATE), viaRoot ? 1 : 0);
        add(catalog, oid, cmd.name(), cmd.objects(), true);
    }

    static void alter(DdlContext ctx, DdlCommand.AlterPublication cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        Long oid = oid(catalog, cmd.name());
        if (oid == null) throw PgException.of(SqlState.UNDEFINED_OBJECT, "publication \"%s\" does not exist", cmd.name());
        PublicationAction action = cmd.action();
        if (action instanceof PublicationAction.Rename r) {
            if (oid(catalog, r.to()) != null) {
                throw PgException.of(SqlState.DUPLICATE_OBJECT, "publication \"%s\" already exists", r.to());
            }
            catalog.update("UPDATE _pg_publication SET pubname = ? WHERE oid = ?", r.to(), oid);
        } else if (action instanceof PublicationAction.Owner o) {
            catalog.update("UPDATE _pg_publication SET pubowner = ? WHERE oid = ?", o.role(), oid);
        } else if (action instanceof PublicationAction.SetOptions s) {
            setOptions(catalog, oid, s.options());
        } else {
            alterObjects(catalog, oid, cmd.name(), (PublicationAction.Objects) action);
        }
    }

    static void drop(DdlContext ctx, DdlCommand.DropPublication cmd) throws SQLException {
        Catalog catalog = ctx.catalog();
        for (String name : cmd.names()) {
            Long oid = oid(catalog, name);
            if (oid == null) {
                if (cmd.ifExists()) {
                    ctx.notice(SqlState.SUCCESSFUL_COMPLETION, "publication \"" + name + "\" does not exist, skipping");
                    continue;
                }
                throw PgException.of(SqlState.UNDEFINED_OBJECT, "publication \"%s\" does not exist", name);
            }
            catalog.update("DELETE FROM _pg_publication_rel WHERE prpubid = ?", oid);
            catalog.update("DELETE FROM _pg_publication_namespace WHERE pnpubid = ?", oid);
            catalog.update("DELETE FROM _pg_publication WHERE oid = ?", oid);
        }
    }

    private static void setOptions(Catalog catalog, long oid, PublicationOptions options) throws SQLException {
        if (options.publish() != null) {
            Set<Operation> p = options.publish();
            catalog.update("UPDATE _pg_publication SET pubinsert = ?, pubupdate = ?, pubdelete = ?, pubtruncate = ? "
                    + "WHERE oid = ?", flag(p, Operation.INSERT), flag(p, Operation.UPDATE), flag(p, Operation.DELETE),
                    flag(p, Operation.TRUNCATE), oid);
        }
        if (options.viaPartitionRoot() != null) {
            catalog.update("UPDATE _pg_publication SET pubviaroot = ? WHERE oid = ?",
                    options.viaPartitionRoot() ? 1 : 0, oid);
        }
    }

    private static void alterObjects(Catalog catalog, long oid, String name, PublicationAction.Objects action)
            throws SQLException {
        Long all = catalog.queryLong("SELECT puballtables FROM _pg_publication WHERE oid = ?", oid);
        if (all != null && all == 1) {
            throw PgException.of(OBJECT_NOT_IN_PREREQUISITE_STATE, "publication \"%s\" is defined as FOR ALL TABLES", name)
                    .withDetail("Tables cannot be added to or dropped from FOR ALL TABLES publications.");
        }
        switch (action.change()) {
            case ADD -> add(catalog, oid, name, action.objects(), false);
            case SET -> {
                // Resolve everything first, so an unknown name leaves the publication as it was.
                resolveTables(catalog, action.objects());
                resolveSchemas(catalog, action.objects());
                catalog.update("DELETE FROM _pg_publication_rel WHERE prpubid = ?", oid);
                catalog.update("DELETE FROM _pg_publication_namespace WHERE pnpubid = ?", oid);
                add(catalog, oid, name, action.objects(), true);
            }
            case DROP -> {
                for (Relation rel : resolveTables(catalog, action.objects())) {
                    if (catalog.update("DELETE FROM _pg_publication_rel WHERE prpubid = ? AND prrelid = ?", oid,
                            rel.oid()) == 0) {
                        throw PgException.of(SqlState.UNDEFINED_OBJECT, "relation \"%s\" is not part of the publication",
                                rel.name());
                    }
                }
                for (long nsp : resolveSchemas(catalog, action.objects())) {
                    if (catalog.update("DELETE FROM _pg_publication_namespace WHERE pnpubid = ? AND pnnspid = ?", oid,
                            nsp) == 0) {
                        String schema = catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", nsp);
                        throw PgException.of(SqlState.UNDEFINED_OBJECT, "tables from schema \"%s\" are not part of the publication",
                                schema);
                    }
                }
            }
        }
    }

    /** Adds the listed tables and schemas; a repeat within one CREATE is ignored, an existing member is 42710. */
    private static void add(Catalog catalog, long oid, String name, PublicationObjects objects, boolean fresh)
            throws SQLException {
        for (Relation rel : resolveTables(catalog, objects)) {
            if (catalog.queryLong("SELECT 1 FROM _pg_publication_rel WHERE prpubid = ? AND prrelid = ?", oid, rel.oid()) != null) {
                if (fresh) continue;
                throw PgException.of(SqlState.DUPLICATE_OBJECT, "relation \"%s\" is already member of publication \"%s\"",
                        rel.name(), name);
            }
            catalog.update("INSERT INTO _pg_publication_rel VALUES (?, ?, ?)", catalog.allocateOid(), oid, rel.oid());
        }
        for (long nsp : resolveSchemas(catalog, objects)) {
            if (catalog.queryLong("SELECT 1 FROM _pg_publication_namespace WHERE pnpubid = ? AND pnnspid = ?", oid, nsp) != null) {
                if (fresh) continue;
                String schema = catalog.queryString("SELECT nspname FROM _pg_namespace WHERE oid = ?", nsp);
                throw PgException.of(SqlState.DUPLICATE_OBJECT, "schema \"%s\" is already member of publication \"%s\"",
                        schema, name);
            }
            catalog.update("INSERT INTO _pg_publication_namespace VALUES (?, ?, ?)", catalog.allocateOid(), oid, nsp);
        }
    }

    private static Set<Relation> resolveTables(Catalog catalog, PublicationObjects objects) throws SQLException {
        Set<Relation> relations = new LinkedHashSet<>();
        for (QualifiedName table : objects.tables()) {
            Relation rel = catalog.relation(table);
            if (rel == null) throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist", table);
            if (!rel.isTable()) {
                throw PgException.of(SqlState.WRONG_OBJECT_TYPE, "cannot add relation \"%s\" to publication", rel.name())
                        .withDetail("This operation is not supported for " + (rel.kind().equals("v") ? "views." : "sequences."));
            }
            relations.add(rel);
        }
        return relations;
    }

    private static Set<Long> resolveSchemas(Catalog catalog, PublicationObjects objects) throws SQLException {
        Set<Long> oids = new LinkedHashSet<>();
        for (String schema : objects.schemas()) {
            Long nsp = catalog.namespaceOid(schema);
            if (nsp == null) throw PgException.of(SqlState.INVALID_SCHEMA_NAME, "schema \"%s\" does not exist", schema);
            oids.add(nsp);
        }
        return oids;
    }

    private static Long oid(Catalog catalog, String name) throws SQLException {
        return catalog.queryLong("SELECT oid FROM _pg_publication WHERE pubname = ?", name);
    }

    private static int flag(Set<Operation> publish, Operation op) {
        return publish.contains(op) ? 1 : 0;
    }
}
