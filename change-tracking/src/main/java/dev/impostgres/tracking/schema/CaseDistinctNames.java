package dev.impostgres.tracking.schema;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Relations whose names differ only in case ({@code "Mixed"} beside {@code mixed}): SQLite's names ignore ASCII
 * case, so the one created second gets a SQLite name of its own, {@code "<pseudo schema>.<name>"} where the pseudo
 * schema spells the name's case out ({@code _pg_case_^mixed}: {@code ^} before a letter that was upper case). Every
 * user-visible name stays the Postgres one (_pg_class.relname: catalog, errors, RowDescription, Relation messages
 * go by the SQLite name to the metadata). A query or DML statement naming such a relation is rewritten to name it
 * {@code "<pseudo schema>"."<name>"}, which the translator's schema-qualified rule turns into
 * {@code "<pseudo schema>.<name>" AS "<name>"}, so the name as written still qualifies its columns.
 */
public final class CaseDistinctNames {
    private CaseDistinctNames() {}

    private static final String MARK = "_pg_case_";
    private static final Set<String> VERBS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");

    /** The SQLite name for {@code relname} of {@code schema} when a name differing only in case is taken. */
    static String physical(String schema, String relname) {
        String pseudo = (schema == null || schema.equals("public") ? "" : schema + "/") + MARK + escape(relname);
        return QualifiedName.flattened(pseudo, relname);
    }

    /** Lower case with {@code ^} before each letter that was upper case ({@code ^^} for a {@code ^}). */
    static String escape(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp == '^') out.append("^^");
            else if (Character.isUpperCase(cp)) out.append('^').appendCodePoint(Character.toLowerCase(cp));
            else out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Per connection: {schema_version, 1 if some relation has such a SQLite name}. DDL bumps the version. */
    private static final java.util.Map<Connection, long[]> PRESENT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static boolean anyPresent(Connection connection, Catalog catalog) throws SQLException {
        Long version = catalog.queryLong("PRAGMA main.schema_version");
        long[] cached = PRESENT.get(connection);
        if (cached != null && version != null && cached[0] == version) return cached[1] == 1;
        boolean present = catalog.queryLong("SELECT 1 FROM _pg_class WHERE instr(sqlite_name, '" + MARK + "') > 0 "
                + "LIMIT 1") != null;
        if (version != null) PRESENT.put(connection, new long[] {version, present ? 1 : 0});
        return present;
    }

    /** {@code statement} naming each relation that has a case-distinct SQLite name by that name. */
    public static PgStatement.Sql rewrite(Connection connection, PgStatement.Sql statement) throws SQLException {
        if (!VERBS.contains(statement.tag().verb())) return statement;
        Catalog catalog = new Catalog(connection, null);
        if (!anyPresent(connection, catalog)) return statement;
        List<Token> tokens = Lexer.tokenize(statement.source());
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        int copied = 0;
        for (TablePositions.Reference ref : TablePositions.of(tokens)) {
            Relation rel = catalog.relation(new QualifiedName(ref.schema(), ref.name()));
            if (rel == null || !rel.sqliteName().endsWith("." + rel.name())) continue;
            String pseudo = rel.sqliteName().substring(0, rel.sqliteName().length() - rel.name().length() - 1);
            if (!pseudo.contains(MARK)) continue;
            for (int k = copied; k < ref.from(); k++) b.append(tokens.get(k).text());
            b.append(Catalog.quote(pseudo)).append('.').append(Catalog.quote(rel.name()));
            copied = ref.to() + 1;
            changed = true;
        }
        if (!changed) return statement;
        for (int k = copied; k < tokens.size(); k++) b.append(tokens.get(k).text());
        return SqlFunctionCalls.retranslated(statement, b.toString());
    }
}
