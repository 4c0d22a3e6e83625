package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replication-slot functions that return rows, as FROM items. Each has a SQLite function {@code _pg_<name>}
 * (change-tracking's ServerFunctionUdfs) returning its rows as a JSON array of arrays, unpacked here:
 * <pre>
 *   FROM pg_logical_slot_get_binary_changes('s', NULL, NULL, 'proto_version', '1') AS c
 *   FROM (SELECT json_extract(_pg_r.value, '$[0]') AS lsn, json_extract(_pg_r.value, '$[1]') AS xid,
 *                unhex(json_extract(_pg_r.value, '$[2]')) AS data
 *         FROM json_each(_pg_logical_slot_changes(1, 's', NULL, NULL, 'proto_version', '1')) AS _pg_r
 *         ORDER BY _pg_r.key) AS c
 * </pre>
 * json_each evaluates the call once, so a function with effects (get advances the slot) runs once per statement.
 * Without an alias the item is named after the function, as in Postgres; an alias column list renames the columns.
 * {@link #columnsOf} gives the result-column types for the select list's hints.
 */
public final class SlotFunctionRule implements RewriteRule {

    private record Column(String name, PgType type, boolean bytes) {}

    private record Function(String sqliteName, String firstArgument, List<Column> columns) {}

    private static final Map<String, Function> FUNCTIONS = Map.ofEntries(
            Map.entry("pg_create_logical_replication_slot", new Function("_pg_create_logical_replication_slot", null,
                    List.of(new Column("slot_name", PgTypes.NAME, false), new Column("lsn", PgTypes.PG_LSN, false)))),
            Map.entry("pg_logical_slot_peek_binary_changes", new Function("_pg_logical_slot_changes", "0", changeColumns())),
            Map.entry("pg_logical_slot_get_binary_changes", new Function("_pg_logical_slot_changes", "1", changeColumns())),
            // The text variants (first argument 2 / 3): pgoutput refuses them, as in Postgres, after the startup.
            Map.entry("pg_logical_slot_peek_changes", new Function("_pg_logical_slot_changes", "2", textChangeColumns())),
            Map.entry("pg_logical_slot_get_changes", new Function("_pg_logical_slot_changes", "3", textChangeColumns())),
            Map.entry("pg_replication_slot_advance", new Function("_pg_replication_slot_advance", null,
                    List.of(new Column("slot_name", PgTypes.NAME, false), new Column("end_lsn", PgTypes.PG_LSN, false)))));

    private static final Set<String> NOT_ALIASES = Set.of("where", "join", "on", "order", "group", "limit", "union",
            "left", "right", "inner", "cross", "full", "natural", "offset", "having", "window", "except", "intersect",
            "fetch", "for", "with");

    private static List<Column> changeColumns() {
        return List.of(new Column("lsn", PgTypes.PG_LSN, false), new Column("xid", PgTypes.XID, false),
                new Column("data", PgTypes.BYTEA, true));
    }

    private static List<Column> textChangeColumns() {
        return List.of(new Column("lsn", PgTypes.PG_LSN, false), new Column("xid", PgTypes.XID, false),
                new Column("data", PgTypes.TEXT, false));
    }

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && FUNCTIONS.containsKey(t.identifier()));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token name = tokens.get(i);
            Function function = name.kind() == Kind.IDENT ? FUNCTIONS.get(name.identifier()) : null;
            if (function == null || !isFromItem(tokens, i)) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            String alias = name.identifier();
            List<String> names = new ArrayList<>(function.columns().stream().map(Column::name).toList());
            int end = close;
            int aliasAt = TokenNav.nextSig(tokens, close);
            if (aliasAt >= 0 && tokens.get(aliasAt).is("as")) aliasAt = TokenNav.nextSig(tokens, aliasAt);
            if (aliasAt >= 0 && isAlias(tokens.get(aliasAt))) {
                alias = tokens.get(aliasAt).text();
                end = aliasAt;
                int list = TokenNav.nextSig(tokens, aliasAt);
                if (list >= 0 && tokens.get(list).isPunct("(")) {
                    int listClose = TokenNav.closingOf(tokens, list);
                    int k = 0;
                    for (int t = list + 1; t < listClose && k < names.size(); t++) {
                        if (tokens.get(t).kind() == Kind.IDENT || tokens.get(t).kind() == Kind.QUOTED_IDENT) {
                            names.set(k++, tokens.get(t).text());
                        }
                    }
                    end = listClose;
                }
            }
            StringBuilder select = new StringBuilder("(SELECT ");
            for (int k = 0; k < names.size(); k++) {
                String extract = "json_extract(_pg_r.value, '$[" + k + "]')";
                select.append(k == 0 ? "" : ", ").append(function.columns().get(k).bytes() ? "unhex(" + extract + ")" : extract)
                        .append(" AS ").append(names.get(k));
            }
            select.append(" FROM json_each(").append(function.sqliteName()).append('(');
            if (function.firstArgument() != null) select.append(function.firstArgument()).append(", ");
            List<Token> out = new ArrayList<>();
            out.add(new Token(Kind.IDENT, select.toString(), -1));
            out.addAll(tokens.subList(open + 1, close));
            out.add(new Token(Kind.IDENT, ")) AS _pg_r ORDER BY _pg_r.key) " + alias, -1));
            tokens.subList(i, end + 1).clear();
            tokens.addAll(i, out);
        }
    }

    /**
     * The result columns of a slot function that is the first FROM item at {@code from} (the index after FROM in
     * the significant tokens), by name in order; null when the FROM item is something else.
     */
    public static Map<String, PgType> columnsOf(List<Token> sig, int from) {
        if (from < 0 || from >= sig.size() || sig.get(from).kind() != Kind.IDENT) return null;
        int at = from;
        // pg_catalog.f(…): the qualifier is still there in the significant tokens
        if (sig.get(at).is("pg_catalog") && at + 2 < sig.size() && sig.get(at + 1).isPunct(".")) at += 2;
        Function function = FUNCTIONS.get(sig.get(at).identifier());
        if (function == null || at + 1 >= sig.size() || !sig.get(at + 1).isPunct("(")) return null;
        Map<String, PgType> columns = new LinkedHashMap<>();
        function.columns().forEach(c -> columns.put(c.name(), c.type()));
        return columns;
    }

    private static boolean isFromItem(List<Token> tokens, int i) {
        int before = TokenNav.prevSig(tokens, i);
        return before >= 0 && (tokens.get(before).is("from") || tokens.get(before).is("join") || tokens.get(before).isPunct(","));
    }

    private static boolean isAlias(Token t) {
        return t.kind() == Kind.QUOTED_IDENT || t.kind() == Kind.IDENT && !NOT_ALIASES.contains(t.identifier());
    }
}
