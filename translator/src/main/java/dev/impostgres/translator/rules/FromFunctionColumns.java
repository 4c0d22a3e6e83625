package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types of the columns set-returning FROM items produce, {@code generate_series(…) AS s(n)} (the type of its
 * arguments) and {@code unnest(arr) WITH ORDINALITY AS u(x, n)} (the element type, bigint), so expressions and
 * result columns over them are typed like table columns.
 */
public final class FromFunctionColumns {
    private FromFunctionColumns() {}

    private static final Set<String> NOT_ALIAS = Set.of("where", "join", "on", "order", "group", "limit", "union",
            "left", "inner", "cross", "right", "full", "natural", "offset", "having", "window", "with", "for",
            "except", "intersect", "fetch");

    /** {@code base} extended with the columns of the statement's generate_series/unnest FROM items. */
    public static ColumnTypes with(List<Token> sig, ColumnTypes base) {
        Map<String, PgType> found = new HashMap<>();
        for (int i = 1; i + 1 < sig.size(); i++) {
            Token t = sig.get(i);
            if (t.kind() == Kind.IDENT && t.identifier().startsWith("json")) {
                jsonColumns(sig, i, found, base);
                continue;
            }
            boolean series = t.is("generate_series"), unnest = t.is("unnest");
            boolean regex = t.kind() == Kind.IDENT && FromFunctionRule.JSON_ROWS.containsKey(t.identifier());
            if (!series && !unnest && !regex || !sig.get(i + 1).isPunct("(")) continue;
            Token before = sig.get(i - 1);
            if (!(before.is("from") || before.is("join") || before.isPunct(",") || before.is("lateral"))) continue;
            int close = TokenNav.closingOf(sig, i + 1);
            if (close < 0) continue;
            List<PgType> types = new ArrayList<>(); // one per column the function produces
            if (series) {
                types.add(ExpressionTypes.seriesType(sig.subList(i + 2, close), base));
            } else if (regex) {
                types.add(t.is("regexp_matches") ? PgTypes.TEXT_ARRAY : PgTypes.TEXT);
            } else {
                for (List<Token> arg : arguments(sig.subList(i + 2, close))) {
                    PgType argType = ExpressionTypes.of(arg, base);
                    types.add(argType != null && argType.isArray() ? PgTypes.byOid(argType.elementOid()) : null);
                }
            }
            int k = close + 1;
            boolean ordinality = k + 1 < sig.size() && sig.get(k).is("with") && sig.get(k + 1).is("ordinality");
            if (ordinality) k += 2;
            if (k < sig.size() && sig.get(k).is("as")) k++;
            String alias = t.identifier();
            List<String> columns = new ArrayList<>();
            if (k < sig.size() && (sig.get(k).kind() == Kind.QUOTED_IDENT
                    || sig.get(k).kind() == Kind.IDENT && !NOT_ALIAS.contains(sig.get(k).identifier()))) {
                alias = sig.get(k).identifier();
                if (k + 1 < sig.size() && sig.get(k + 1).isPunct("(")) {
                    int end = TokenNav.closingOf(sig, k + 1);
                    for (int c = k + 2; c < end; c++) if (sig.get(c).kind() != Kind.PUNCT) columns.add(sig.get(c).identifier());
                }
            }
            for (int n = 0; n < types.size(); n++) {
                String value = n < columns.size() ? columns.get(n) : types.size() == 1 && columns.isEmpty() ? alias
                        : t.identifier();
                if (types.get(n) != null) put(found, alias, value, types.get(n));
            }
            if (ordinality) put(found, alias, columns.size() > types.size() ? columns.get(types.size()) : "ordinality", PgTypes.INT8);
        }
        if (found.isEmpty()) return base;
        return new ColumnTypes() {
            @Override
            public PgType of(String qualifier, String name) {
                PgType t = base.of(qualifier, name);
                return t != null ? t : found.get(qualifier == null ? name : qualifier + "." + name);
            }

            @Override
            public List<String> columnNames(String relation) {
                return base.columnNames(relation);
            }
        };
    }

    /**
     * The typed columns, in order, of a json[b]_to_record[set] (its column definition list) or
     * json[b]_populate_record[set] (the base row type's table) FROM item at {@code at}; null for anything else.
     */
    static Map<String, PgType> recordColumns(List<Token> sig, int at, ColumnTypes base) {
        if (at >= sig.size() || sig.get(at).kind() != Kind.IDENT || !sig.get(at).identifier().startsWith("json")) return null;
        String fn = sig.get(at).identifier();
        if (!fn.contains("to_record") && !fn.contains("populate_record")) return null;
        Map<String, PgType> found = new HashMap<>();
        jsonColumns(sig, at, found, base);
        FromItem item = FromItem.at(sig, at);
        if (item == null) return null;
        Map<String, PgType> out = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        if (fn.contains("to_record")) for (FromItem.Column c : item.columns()) names.add(c.name());
        else {
            List<Token> row = item.args().isEmpty() ? List.of() : item.args().get(0);
            List<String> table = row.size() == 3 ? base.columnNames(row.get(2).identifier()) : null;
            if (table != null) names.addAll(table);
        }
        for (String n : names) {
            PgType t = found.get(n);
            if (t == null) return null;
            out.put(n, t);
        }
        return out.isEmpty() ? null : out;
    }

    /** The columns of a json set-returning FROM item: jsonb/json/text values, text keys, declared record columns. */
    private static void jsonColumns(List<Token> sig, int i, Map<String, PgType> found, ColumnTypes base) {
        FromItem item = FromItem.at(sig, i);
        if (item == null) return;
        String fn = item.function();
        String alias = item.aliasGiven() ? dev.impostgres.translator.sql.Token.foldCase(item.alias()) : fn;
        if (fn.contains("populate_record") && item.args().size() == 2) { // (NULL::t, doc): t's columns
            List<Token> row = item.args().get(0);
            String relation = row.size() == 3 && row.get(1).isOperator("::") ? row.get(2).identifier() : null;
            List<String> names = relation == null ? null : base.columnNames(relation);
            if (names != null) for (String n : names) {
                PgType type = base.of(relation, n);
                if (type != null) put(found, alias, n, type);
            }
            return;
        }
        if (fn.contains("to_record")) {
            for (FromItem.Column c : item.columns()) {
                PgType type = c.type() == null ? null : dev.impostgres.translator.types.PgTypes.byName(c.type());
                if (type != null) put(found, alias, c.name(), type);
            }
            return;
        }
        boolean text = fn.endsWith("_text") || fn.endsWith("_keys");
        PgType value = text ? PgTypes.TEXT : fn.startsWith("jsonb") ? PgTypes.JSONB : PgTypes.JSON;
        List<String> names = new ArrayList<>();
        for (FromItem.Column c : item.columns()) names.add(c.name());
        boolean pairs = fn.contains("_each");
        if (pairs) {
            put(found, alias, names.size() > 0 ? names.get(0) : "key", PgTypes.TEXT);
            put(found, alias, names.size() > 1 ? names.get(1) : "value", value);
        } else {
            put(found, alias, names.size() > 0 ? names.get(0) : fn.endsWith("_keys") ? fn : "value", value);
        }
        int ordinalAt = pairs ? 2 : 1;
        if (item.ordinality()) put(found, alias, names.size() > ordinalAt ? names.get(ordinalAt) : "ordinality", PgTypes.INT8);
    }

    private static void put(Map<String, PgType> found, String alias, String column, PgType type) {
        found.putIfAbsent(column, type);
        found.put(alias + "." + column, type);
    }

    private static List<List<Token>> arguments(List<Token> args) {
        List<List<Token>> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int k = 0; k < args.size(); k++) {
            Token t = args.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) {
                out.add(args.subList(start, k));
                start = k + 1;
            }
        }
        if (!args.isEmpty()) out.add(args.subList(start, args.size()));
        return out;
    }
}
