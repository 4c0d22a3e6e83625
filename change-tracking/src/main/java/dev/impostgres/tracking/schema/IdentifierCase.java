package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Identifiers;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Postgres compares identifiers exactly (unquoted ones folded to lower case); SQLite ignores ASCII case. So
 * {@code camelcol} would reach a column created as {@code "CamelCol"}, and {@code "MIXED"} a table {@code mixed}.
 * Before a query or DML statement runs, its identifiers are checked against the metadata of the relations it names:
 * one that matches a column or relation only when case is ignored is Postgres's 42703 / 42P01.
 */
public final class IdentifierCase {
    private IdentifierCase() {}

    private static final Set<String> VERBS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");

    /** Per connection: {schema_version, 1 if some relation or column name has upper case}. DDL bumps the version. */
    private static final java.util.Map<Connection, long[]> MIXED_CASE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static boolean anyMixedCaseName(Connection connection, Catalog catalog) throws SQLException {
        Long version = catalog.queryLong("PRAGMA main.schema_version");
        long[] cached = MIXED_CASE.get(connection);
        if (cached != null && version != null && cached[0] == version) return cached[1] == 1;
        boolean mixed = catalog.queryLong("SELECT 1 FROM _pg_attribute WHERE attname <> lower(attname) "
                + "UNION ALL SELECT 1 FROM _pg_class WHERE relname <> lower(relname) LIMIT 1") != null;
        if (version != null) MIXED_CASE.put(connection, new long[] {version, mixed ? 1 : 0});
        return mixed;
    }

    public static void check(Connection connection, PgStatement.Sql statement) throws SQLException {
        if (!VERBS.contains(statement.tag().verb())) return;
        List<Token> tokens = Lexer.tokenize(statement.source());
        boolean quotedUpper = false;
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.QUOTED_IDENT && !t.identifier().equals(t.identifier().toLowerCase(Locale.ROOT))) {
                quotedUpper = true;
            }
        }
        Catalog catalog = new Catalog(connection, null);
        // nothing can differ only in case unless some name has upper case letters
        if (!quotedUpper && !anyMixedCaseName(connection, catalog)) return;
        List<TablePositions.Reference> refs = TablePositions.of(tokens);
        Set<String> columns = new HashSet<>(), defined = new HashSet<>();
        Set<Integer> skip = new HashSet<>();
        for (TablePositions.Reference ref : refs) {
            for (int k = ref.from(); k <= ref.to(); k++) skip.add(k);
            defined.add(ref.name());
            if (ref.schema() != null) defined.add(ref.schema());
            Relation rel = catalog.relation(new QualifiedName(ref.schema(), ref.name()));
            if (rel == null) {
                String other = catalog.queryString("SELECT relname FROM _pg_class WHERE relname = ? COLLATE NOCASE "
                        + "AND relname <> ? AND relkind IN ('r', 'v', 'S') LIMIT 1", ref.name(), ref.name());
                if (other != null) {
                    throw PgException.of(SqlState.UNDEFINED_TABLE, "relation \"%s\" does not exist",
                            ref.schema() == null ? ref.name() : ref.schema() + "." + ref.name());
                }
                continue;
            }
            for (Column c : catalog.columns(rel.oid())) columns.add(c.name());
            int alias = TablePositions.next(tokens, ref.to());
            if (alias >= 0 && tokens.get(alias).is("as")) alias = TablePositions.next(tokens, alias);
            if (alias >= 0 && TablePositions.isName(tokens.get(alias))) defined.add(tokens.get(alias).identifier());
        }
        List<Integer> candidates = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!TablePositions.isName(t) || skip.contains(k)) continue;
            int before = TablePositions.prev(tokens, k), after = TablePositions.next(tokens, k);
            if (before != k && (tokens.get(before).is("as") || tokens.get(before).isOperator("::"))) {
                defined.add(t.identifier()); // an alias (or a type name)
                continue;
            }
            if (after >= 0 && tokens.get(after).isPunct("(")) continue; // a function
            if (t.kind() == Token.Kind.IDENT && Identifiers.isReserved(t.identifier())) continue;
            candidates.add(k);
        }
        for (int k : candidates) {
            String id = tokens.get(k).identifier();
            if (columns.contains(id) || defined.contains(id)) continue;
            for (String column : columns) {
                if (column.equalsIgnoreCase(id)) {
                    throw PgException.of(SqlState.UNDEFINED_COLUMN, "column \"%s\" does not exist", id);
                }
            }
        }
    }
}
