package dev.impostgres.tracking.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;

/**
 * pg_index.indoption, per key column the bits Postgres's btree keeps: 1 = DESC, 2 = NULLS FIRST (DESC implies
 * NULLS FIRST unless NULLS LAST is said; ASC the reverse). Read from the key list of the recorded CREATE INDEX
 * text ({@code _pg_indoption(definition, nkeys)}); an index recorded without one (a key constraint's) is all 0.
 * The int2vector text form, e.g. {@code 3 0}.
 */
final class IndexOptions {
    private IndexOptions() {}

    static void register(Connection c) throws SQLException {
        Function.create(c, "_pg_indoption", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(of(value_text(0), value_int(1)));
            }
        }, 2, Function.FLAG_DETERMINISTIC);
    }

    static String of(String definition, int keys) {
        List<String> items = definition == null ? List.of() : keyItems(definition);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            String item = k < items.size() ? " " + items.get(k).toLowerCase(java.util.Locale.ROOT) + " " : "";
            boolean desc = item.matches(".*\\sdesc\\s.*");
            boolean nullsFirst = item.matches(".*\\snulls\\s+first\\s.*");
            boolean nullsLast = item.matches(".*\\snulls\\s+last\\s.*");
            int bits = (desc ? 1 : 0) | (nullsFirst || desc && !nullsLast ? 2 : 0);
            out.add(Integer.toString(bits));
        }
        return String.join(" ", out);
    }

    /** The comma-separated items of the first parenthesised list after USING … or the table name. */
    private static List<String> keyItems(String definition) {
        int open = definition.indexOf('(', Math.max(0, definition.toLowerCase(java.util.Locale.ROOT).indexOf(" on ")));
        List<String> items = new ArrayList<>();
        if (open < 0) return items;
        int depth = 0;
        boolean quoted = false;
        StringBuilder cur = new StringBuilder();
        for (int i = open + 1; i < definition.length(); i++) {
            char ch = definition.charAt(i);
            if (ch == '"' || ch == '\'') quoted = !quoted;
            if (!quoted && ch == '(') depth++;
            if (!quoted && ch == ')') {
                if (depth == 0) break;
                depth--;
            }
            if (!quoted && depth == 0 && ch == ',') {
                items.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        items.add(cur.toString());
        return items;
    }
}
