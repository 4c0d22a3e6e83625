package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The types of the columns a statement's WITH queries produce, so a reference to a CTE column ({@code "notNull"},
 * {@code cte.col}) has the type of the select-list item behind it, as far as {@link ExpressionTypes} can tell from
 * the underlying columns. CTEs are read in order, each seeing the ones before. An unqualified name two CTEs give
 * different types is unknown.
 */
final class DerivedColumns implements ColumnTypes {
    private final ColumnTypes base;
    private final Map<String, Map<String, PgType>> byQuery = new HashMap<>();

    private DerivedColumns(ColumnTypes base) {
        this.base = base;
    }

    static ColumnTypes of(List<Token> tokens, ColumnTypes base) {
        DerivedColumns derived = new DerivedColumns(base);
        for (int i = 0; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            if (name.isPunct("(")) {
                derived.subquery(tokens, i);
                continue;
            }
            if (name.kind() != Kind.IDENT && name.kind() != Kind.QUOTED_IDENT) continue;
            int as = TokenNav.nextSig(tokens, i);
            if (as < 0 || !tokens.get(as).is("as")) continue;
            int open = TokenNav.nextSig(tokens, as);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int select = TokenNav.nextSig(tokens, open);
            if (select < 0 || !tokens.get(select).is("select")) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            Map<String, PgType> columns = new java.util.LinkedHashMap<>();
            for (Item item : items(tokens, select, close)) {
                columns.put(item.name(), item.name() == null ? null : ExpressionTypes.of(item.expression(), derived));
            }
            derived.byQuery.put(name.identifier(), columns);
        }
        return derived.byQuery.isEmpty() ? base : derived;
    }

    /** {@code (SELECT …) [AS] alias [(names)]}, a derived table or LATERAL subquery: its columns under the alias. */
    private void subquery(List<Token> tokens, int open) {
        int select = TokenNav.nextSig(tokens, open);
        if (select < 0 || !(tokens.get(select).is("select") || tokens.get(select).is("values"))) return;
        int close = TokenNav.closingOf(tokens, open);
        int alias = close < 0 ? -1 : TokenNav.nextSig(tokens, close);
        if (alias >= 0 && tokens.get(alias).is("as")) alias = TokenNav.nextSig(tokens, alias);
        if (alias < 0 || !(tokens.get(alias).kind() == Kind.QUOTED_IDENT || tokens.get(alias).kind() == Kind.IDENT
                && !NOT_ALIAS.contains(tokens.get(alias).identifier()))) {
            return;
        }
        List<Item> items = tokens.get(select).is("values") ? firstRow(tokens, select) : items(tokens, select, close);
        List<String> names = new ArrayList<>();
        for (Item item : items) names.add(item.name());
        int list = TokenNav.nextSig(tokens, alias);
        if (list >= 0 && tokens.get(list).isPunct("(")) {
            int k = 0;
            for (int p = list + 1; p < TokenNav.closingOf(tokens, list) && k < names.size(); p++) {
                Token t = tokens.get(p);
                if (t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT) names.set(k++, t.identifier());
            }
        }
        List<PgType> resolved = tokens.get(select).is("values") ? valuesTypes(tokens, select) : null;
        Map<String, PgType> columns = new java.util.LinkedHashMap<>();
        for (int k = 0; k < items.size(); k++) {
            PgType type = resolved != null && k < resolved.size() ? resolved.get(k)
                    : ExpressionTypes.of(items.get(k).expression(), this);
            columns.put(names.get(k), names.get(k) == null ? null : type);
        }
        byQuery.putIfAbsent(tokens.get(alias).identifier(), columns);
    }

    /** Each VALUES column's type resolved over all rows (1 and 2.5 make numeric), null where unresolved. */
    private List<PgType> valuesTypes(List<Token> tokens, int values) {
        List<List<SetOperationTypes.Item>> rows = SetOperationTypes.branches(tokens, values);
        if (rows == null) return null;
        List<PgType> out = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
            List<PgType> column = new ArrayList<>();
            for (List<SetOperationTypes.Item> row : rows) {
                column.add(SetOperationTypes.itemType(SetOperationTypes.expression(tokens, row.get(c)), this));
            }
            out.add(SetOperationTypes.resolve(column));
        }
        return out;
    }

    /** VALUES (e1, e2, …), …: the first row's expressions, named column1, column2, … as Postgres names them. */
    private static List<Item> firstRow(List<Token> tokens, int values) {
        List<Item> out = new ArrayList<>();
        int open = TokenNav.nextSig(tokens, values);
        if (open < 0 || !tokens.get(open).isPunct("(")) return out;
        int close = TokenNav.closingOf(tokens, open);
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = open + 1; k <= close && close > 0; k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if ((t.isPunct(")") || t.isPunct("]")) && k < close) depth--;
            if (k == close || depth == 0 && t.isPunct(",")) {
                out.add(new Item("column" + (out.size() + 1), current));
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        return out;
    }

    private static final java.util.Set<String> NOT_ALIAS = java.util.Set.of("on", "using", "where", "group", "order",
            "limit", "join", "left", "right", "inner", "cross", "full", "natural", "union", "having", "window",
            "offset", "select", "from", "except", "intersect", "and", "or", "then", "else", "end", "when", "is",
            "as", "fetch", "for", "with", "lateral");

    @Override
    public List<String> columnNames(String relation) {
        Map<String, PgType> columns = byQuery.get(relation);
        if (columns != null) return columns.containsKey(null) ? null : new ArrayList<>(columns.keySet());
        return base.columnNames(relation);
    }

    @Override
    public PgType of(String qualifier, String name) {
        PgType known = base.of(qualifier, name);
        if (known != null) return known;
        if (qualifier != null) {
            Map<String, PgType> columns = byQuery.get(qualifier);
            return columns == null ? null : columns.get(name);
        }
        PgType found = null;
        for (Map<String, PgType> columns : byQuery.values()) {
            if (!columns.containsKey(name)) continue;
            PgType t = columns.get(name);
            if (found != null && (t == null || t.oid() != found.oid())) return null;
            found = t;
        }
        return found;
    }

    record Item(String name, List<Token> expression) {}

    /** The select-list items after SELECT at {@code select}, up to FROM (or the end) at the same depth. */
    static List<Item> items(List<Token> tokens, int select, int end) {
        List<Item> out = new ArrayList<>();
        List<Token> item = new ArrayList<>();
        int depth = 0;
        for (int k = select + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (item.isEmpty() && (t.is("distinct") || t.is("all"))) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            boolean last = depth == 0 && (t.is("from") || t.is("where") || t.is("group") || t.is("order")
                    || t.is("limit") || t.is("union") || t.is("having"));
            if (depth == 0 && t.isPunct(",") || last || depth < 0) {
                if (!item.isEmpty()) out.add(item(item));
                item = new ArrayList<>();
                if (!t.isPunct(",")) return out;
                continue;
            }
            item.add(t);
        }
        if (!item.isEmpty()) out.add(item(item));
        return out;
    }

    private static Item item(List<Token> item) {
        int n = item.size();
        Token last = item.get(n - 1);
        boolean name = last.kind() == Kind.QUOTED_IDENT || last.kind() == Kind.IDENT;
        if (n >= 3 && item.get(n - 2).is("as") && name) return new Item(last.identifier(), item.subList(0, n - 2));
        if (name && (n == 1 || n == 3 && item.get(1).isPunct("."))) return new Item(last.identifier(), item);
        Token before = n >= 2 ? item.get(n - 2) : null;
        boolean bareAlias = name && before != null && !last.is("end") && !last.is("null") && !last.is("true")
                && !last.is("false") && (before.isPunct(")") || before.kind() == Kind.IDENT
                || before.kind() == Kind.QUOTED_IDENT) && !before.is("is") && !before.is("not");
        if (bareAlias) return new Item(last.identifier(), item.subList(0, n - 1));
        return new Item(null, item);
    }
}
