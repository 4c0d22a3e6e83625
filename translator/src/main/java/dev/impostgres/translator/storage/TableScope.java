package dev.impostgres.translator.storage;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tables a translated statement names (after FROM, JOIN, UPDATE, INTO and in FROM lists) with their aliases, so
 * that a column reference {@code c} or {@code t.c} can be resolved to its declared type. A heuristic over tokens,
 * not a binder: anything it can not place unambiguously resolves to null, and callers then leave the SQL alone.
 */
final class TableScope {
    private static final Set<String> TABLE_POSITION = Set.of("from", "join", "update", "into");
    private static final Set<String> CLAUSE_END = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "returning", "set", "values", "select", "on", "using",
            "fetch", "for");
    private static final Set<String> NOT_AN_ALIAS = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "returning", "set", "values", "select", "on", "using", "join",
            "inner", "left", "right", "full", "cross", "natural", "default", "fetch", "for", "overriding",
            "tablesample", "with", "do", "lateral", "as");

    private final Map<String, List<TargetColumn>> byName = new HashMap<>();
    private final List<List<TargetColumn>> tables = new ArrayList<>();

    private TableScope() {}

    static TableScope of(List<Token> tokens, Function<String, List<TargetColumn>> columnsOf) {
        TableScope scope = new TableScope();
        boolean inFromList = false;
        int previous = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isTrivia()) continue;
            if (t.kind() == Kind.IDENT && CLAUSE_END.contains(t.identifier())) inFromList = false;
            Token before = previous < 0 ? null : tokens.get(previous);
            boolean tablePosition = before != null && (before.kind() == Kind.IDENT
                    && TABLE_POSITION.contains(before.identifier()) || inFromList && before.isPunct(","));
            if (before != null && before.is("from")) inFromList = true;
            if (tablePosition && t.is("only")) {
                previous = i;
                continue;
            }
            if (tablePosition && isName(t) && !t.is("select") && !t.is("lateral")) {
                scope.add(tokens, i, before.is("into"), columnsOf);
            } else if (before != null && before.isOperator("::") && isName(t) && previousIsNull(tokens, previous)) {
                scope.add(tokens, i, false, columnsOf); // NULL::t, a table's row type: json[b]_populate_record's base
            }
            previous = i;
        }
        return scope;
    }

    private static boolean previousIsNull(List<Token> tokens, int cast) {
        for (int k = cast - 1; k >= 0; k--) if (!tokens.get(k).isTrivia()) return tokens.get(k).is("null");
        return false;
    }

    /** {@code INSERT INTO t (columns)}: there a "(" after the name opens the column list, not a function call. */
    private void add(List<Token> tokens, int at, boolean into, Function<String, List<TargetColumn>> columnsOf) {
        int next = next(tokens, at);
        if (next >= 0 && (tokens.get(next).isPunct("(") && !into || tokens.get(next).isPunct("."))) return;
        List<TargetColumn> columns = columnsOf.apply(tokens.get(at).identifier());
        if (columns == null) return;
        tables.add(columns);
        byName.put(tokens.get(at).identifier(), columns);
        if (next < 0) return;
        Token alias = tokens.get(next);
        if (alias.is("as")) {
            int name = next(tokens, next);
            if (name >= 0 && isName(tokens.get(name))) byName.put(tokens.get(name).identifier(), columns);
        } else if (alias.kind() == Kind.QUOTED_IDENT
                || alias.kind() == Kind.IDENT && !NOT_AN_ALIAS.contains(alias.identifier())) {
            byName.put(alias.identifier(), columns);
        }
    }

    /** The column {@code qualifier.name} (qualifier null: unqualified, found in exactly one named table). */
    /** The columns of the table named or aliased {@code name}, or null. */
    List<TargetColumn> table(String name) {
        return byName.get(name);
    }

    TargetColumn column(String qualifier, String name) {
        if (qualifier != null) {
            List<TargetColumn> columns = byName.get(qualifier);
            return columns == null ? null : find(columns, name);
        }
        TargetColumn found = null;
        for (List<TargetColumn> columns : tables) {
            TargetColumn c = find(columns, name);
            if (c == null) continue;
            if (found != null && (found.typeOid() != c.typeOid() || found.typmod() != c.typmod())) return null;
            found = c;
        }
        return found;
    }

    boolean isEmpty() { return tables.isEmpty(); }

    /** The columns of the only table named, or null. */
    List<TargetColumn> single() {
        return tables.size() == 1 ? tables.get(0) : null;
    }

    private static TargetColumn find(List<TargetColumn> columns, String name) {
        for (TargetColumn c : columns) if (c != null && c.name().equals(name)) return c;
        return null;
    }

    static boolean isName(Token t) {
        return t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT;
    }

    static int next(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }

    static int prev(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }
}
