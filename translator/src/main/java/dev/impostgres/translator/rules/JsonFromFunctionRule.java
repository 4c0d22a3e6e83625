package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set-returning json functions as FROM items, expanded by SQLite's json_each: {@code json[b]_array_elements
 * [_text]}, {@code json[b]_each[_text]}, {@code json[b]_object_keys} (the parts come from {@code pg_json_parts}, in
 * Postgres's text form), and {@code json[b]_to_record[set](doc) AS x(col type, …)} (each column read with
 * json_extract and converted by the type's input function). WITH ORDINALITY and column aliases as Postgres names
 * them.
 */
public final class JsonFromFunctionRule implements RewriteRule {
    /** Function → {pg_json_parts kind, default column names}. */
    private static final Map<String, String[]> SETS = Map.ofEntries(
            Map.entry("jsonb_array_elements", new String[] {"elements", "value"}),
            Map.entry("json_array_elements", new String[] {"elements", "value"}),
            Map.entry("jsonb_array_elements_text", new String[] {"elements_text", "value"}),
            Map.entry("json_array_elements_text", new String[] {"elements_text", "value"}),
            Map.entry("jsonb_each", new String[] {"each", "key", "value"}),
            Map.entry("json_each", new String[] {"each", "key", "value"}),
            Map.entry("jsonb_each_text", new String[] {"each_text", "key", "value"}),
            Map.entry("json_each_text", new String[] {"each_text", "key", "value"}),
            Map.entry("jsonb_object_keys", new String[] {"keys", "jsonb_object_keys"}),
            Map.entry("json_object_keys", new String[] {"keys", "json_object_keys"}));
    private static final Set<String> RECORDS = Set.of("json_to_recordset", "jsonb_to_recordset", "json_to_record",
            "jsonb_to_record", "json_populate_record", "jsonb_populate_record", "json_populate_recordset",
            "jsonb_populate_recordset");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && (SETS.containsKey(t.identifier()) || RECORDS.contains(t.identifier())));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) continue;
            String fn = t.identifier();
            if (!SETS.containsKey(fn) && !RECORDS.contains(fn)) continue;
            FromItem item = FromItem.at(tokens, i);
            if (item == null) continue;
            List<Token> out = SETS.containsKey(fn) ? set(item, SETS.get(fn))
                    : fn.contains("populate") ? populate(item, ctx.columnTypes()) : record(item, item.columns(), 0);
            if (out == null) continue;
            tokens.subList(i, item.end() + 1).clear();
            tokens.addAll(i, out);
        }
    }

    private static List<Token> set(FromItem item, String[] spec) {
        String kind = spec[0];
        boolean pairs = spec.length == 3;
        List<String> names = new ArrayList<>();
        for (FromItem.Column c : item.columns()) names.add(c.sql());
        String first = names.size() > 0 ? names.get(0) : item.aliasGiven() && !pairs ? item.alias() : spec[1];
        String second = pairs ? (names.size() > 1 ? names.get(1) : spec[2]) : null;
        int ordinalAt = pairs ? 2 : 1;
        String ordinal = names.size() > ordinalAt ? names.get(ordinalAt) : "ordinality";
        StringBuilder select = new StringBuilder("(SELECT ");
        select.append(pairs ? "key AS " + first + ", value AS " + second : (kind.equals("keys") ? "key" : "value") + " AS " + first);
        if (item.ordinality()) select.append(", key + 1 AS ").append(ordinal);
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, select + " FROM json_each(pg_json_parts(", -1));
        out.addAll(item.args().get(0));
        out.add(new Token(Kind.IDENT, ", '" + kind + "', '" + item.function() + "'))" + (kind.startsWith("elements") ? " ORDER BY key" : "")
                + ") " + item.alias(), -1));
        return out;
    }

    /**
     * {@code json[b]_populate_record[set](NULL::t, doc)}: the columns of the row type t (a table), as the _to_record
     * form with t's column list. Only a NULL base row (a non-NULL one would supply the missing members).
     */
    private static List<Token> populate(FromItem item, ColumnTypes types) {
        if (item.args().size() != 2) return null;
        List<Token> base = dev.impostgres.translator.sql.Lexer.significant(item.args().get(0));
        if (base.size() != 3 || !base.get(0).is("null") || !base.get(1).isOperator("::")) return null;
        String relation = base.get(2).identifier();
        List<String> names = types.columnNames(relation);
        if (names == null || names.isEmpty()) return null;
        List<FromItem.Column> columns = new ArrayList<>();
        for (String name : names) {
            dev.impostgres.translator.types.PgType type = types.of(relation, name);
            String typeName = type == null ? "text" : type.isArray()
                    ? dev.impostgres.translator.types.PgTypes.byOid(type.elementOid()).name() + "[]" : type.name();
            columns.add(new FromItem.Column(name, typeName));
        }
        return record(item, columns, 1);
    }

    /**
     * Each column is the member of that name through {@code _pg_json_field} (Postgres's populate_record rules) and
     * the type's input function; a recordset's argument is checked to be an array of objects first.
     */
    private static List<Token> record(FromItem item, List<FromItem.Column> columns, int docArgument) {
        if (columns.isEmpty()) return null; // a column definition list is required (42601 in Postgres)
        boolean many = item.function().endsWith("set");
        String mode = item.function().startsWith("jsonb") ? "'jsonb'" : "'json'";
        StringBuilder select = new StringBuilder("(SELECT ");
        for (int k = 0; k < columns.size(); k++) {
            FromItem.Column c = columns.get(k);
            if (c.type() == null) return null;
            if (k > 0) select.append(", ");
            select.append("pg_cast(_pg_json_field(value, ").append(Literals.quote(c.name())).append(", ")
                    .append(Literals.quote(c.type())).append(", ").append(mode).append("), ")
                    .append(Literals.quote(c.type())).append(") AS ").append(c.sql());
        }
        List<Token> out = new ArrayList<>();
        out.add(new Token(Kind.IDENT, select + (many ? " FROM json_each(_pg_json_records(" : " FROM (SELECT "), -1));
        out.addAll(item.args().get(docArgument));
        out.add(new Token(Kind.IDENT, (many ? ", '" + item.function() + "'))" : " AS value)") + ") " + item.alias(), -1));
        return out;
    }
}
