package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Postgres's CheckCmdReplicaIdentity: an UPDATE or DELETE of a table that a publication publishes for that operation
 * fails before touching a row (even when it would match none) unless the table has a replica identity — FULL, a
 * primary key under DEFAULT, or a USING INDEX index. Only plain {@code UPDATE t} / {@code DELETE FROM t} statements
 * are checked (not writes inside a WITH).
 */
public final class PublishedWrites {
    private PublishedWrites() {}

    private static final String OBJECT_NOT_IN_PREREQUISITE_STATE = "55000";

    public static void check(Connection connection, PgStatement.Sql statement) throws SQLException {
        String verb = statement.tag().verb();
        boolean update = verb.equals("UPDATE");
        if (!update && !verb.equals("DELETE")) return;
        QualifiedName target = target(statement.source(), update);
        if (target == null) return;
        Catalog catalog = new Catalog(connection, null);
        String flag = update ? "pubupdate" : "pubdelete";
        // The common case, no publication publishing this operation, costs one lookup.
        if (catalog.queryLong("SELECT 1 FROM sqlite_schema WHERE name = '_pg_publication'") == null
                || catalog.queryLong("SELECT 1 FROM _pg_publication WHERE " + flag + " = 1 LIMIT 1") == null) {
            return;
        }
        Relation rel = catalog.relation(target);
        if (rel == null || !rel.isTable() || hasReplicaIdentity(catalog, rel)) return;
        Long published = catalog.queryLong("SELECT 1 FROM _pg_publication p WHERE p." + flag + " = 1 AND (p.puballtables = 1 "
                + "OR EXISTS (SELECT 1 FROM _pg_publication_rel r WHERE r.prpubid = p.oid AND r.prrelid = ?) "
                + "OR EXISTS (SELECT 1 FROM _pg_publication_namespace n WHERE n.pnpubid = p.oid AND n.pnnspid = ?)) LIMIT 1",
                rel.oid(), rel.namespaceOid());
        if (published == null) return;
        throw update
                ? PgException.of(OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot update table \"%s\" because it does not have a "
                        + "replica identity and publishes updates", rel.name())
                        .withHint("To enable updating the table, set REPLICA IDENTITY using ALTER TABLE.")
                : PgException.of(OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot delete from table \"%s\" because it does not "
                        + "have a replica identity and publishes deletes", rel.name())
                        .withHint("To enable deleting from the table, set REPLICA IDENTITY using ALTER TABLE.");
    }

    private static boolean hasReplicaIdentity(Catalog catalog, Relation rel) throws SQLException {
        String identity = rel.replicaIdentity() == null ? "d" : rel.replicaIdentity();
        return switch (identity) {
            case "f" -> true;
            case "n" -> false;
            case "i" -> catalog.queryLong("SELECT 1 FROM _pg_index WHERE indrelid = ? AND indisreplident = 1", rel.oid()) != null;
            default -> catalog.queryLong("SELECT 1 FROM _pg_constraint WHERE conrelid = ? AND contype = 'p'", rel.oid()) != null;
        };
    }

    /** The table of {@code UPDATE [ONLY] t} / {@code DELETE FROM [ONLY] t}, or null for any other shape. */
    private static QualifiedName target(String source, boolean update) {
        List<Token> t = Lexer.significant(Lexer.tokenize(source));
        int i = 0;
        if (t.size() < 3 || !t.get(i++).is(update ? "update" : "delete")) return null;
        if (!update && !t.get(i++).is("from")) return null;
        if (i < t.size() && t.get(i).is("only")) i++;
        if (i >= t.size() || !isName(t.get(i))) return null;
        String first = t.get(i++).identifier();
        if (i + 1 < t.size() && (t.get(i).isPunct(".") || t.get(i).isOperator(".")) && isName(t.get(i + 1))) {
            return new QualifiedName(first, t.get(i + 1).identifier());
        }
        return QualifiedName.of(first);
    }

    private static boolean isName(Token token) {
        return token.kind() == Token.Kind.IDENT || token.kind() == Token.Kind.QUOTED_IDENT;
    }
}
