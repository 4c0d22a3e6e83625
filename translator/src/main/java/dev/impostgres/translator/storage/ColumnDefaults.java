package dev.impostgres.translator.storage;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The DEFAULT keyword as a value ({@code INSERT … VALUES (1, DEFAULT)}, {@code UPDATE … SET c = DEFAULT}), which
 * SQLite does not have, and Postgres's rules for columns that only take DEFAULT: a GENERATED ALWAYS identity column
 * (unless {@code OVERRIDING SYSTEM VALUE}) and a generated column (which SQLite refuses to name in an INSERT at all).
 * A DEFAULT item becomes the column's SQLite default expression (NULL when it has none); a generated column whose
 * items are all DEFAULT is left out of the INSERT. Pure: the caller supplies the target table's columns.
 */
public final class ColumnDefaults {
    private ColumnDefaults() {}

    static final String GENERATED_ALWAYS = "428C9";

    /**
     * One column of the target table.
     *
     * @param sqliteDefault its default as a SQLite expression, null when it has none
     * @param identity "a" (ALWAYS), "d" (BY DEFAULT) or ""
     */
    public record DefaultColumn(String name, String sqliteDefault, String identity, boolean generated) {}

    /** {@code sqlite} (a translated INSERT) with DEFAULT items resolved; 428C9 for a value an ALWAYS column refuses. */
    public static String insert(String sqlite, Function<String, List<DefaultColumn>> columnsOf) {
        List<Token> tokens = Lexer.tokenize(sqlite);
        int i = TableScope.next(tokens, -1);
        if (i < 0 || !tokens.get(i).is("insert")) return sqlite;
        i = TableScope.next(tokens, i);
        if (i < 0 || !tokens.get(i).is("into")) return sqlite;
        int nameAt = TableScope.next(tokens, i);
        if (nameAt < 0 || !TableScope.isName(tokens.get(nameAt))) return sqlite;
        List<DefaultColumn> columns = columnsOf.apply(tokens.get(nameAt).identifier());
        if (columns == null) return sqlite;
        int headEnd = nameAt; // last token of "INSERT INTO name [AS alias]"
        i = TableScope.next(tokens, nameAt);
        if (i >= 0 && tokens.get(i).is("as")) {
            headEnd = TableScope.next(tokens, i);
            i = TableScope.next(tokens, headEnd);
        }
        List<DefaultColumn> targets = new ArrayList<>(columns);
        boolean explicitList = i >= 0 && tokens.get(i).isPunct("(");
        if (explicitList) {
            Map<String, DefaultColumn> byName = new HashMap<>();
            for (DefaultColumn c : columns) byName.put(c.name(), c);
            targets.clear();
            int close = closing(tokens, i);
            for (int k = i + 1; k < close; k++) {
                Token t = tokens.get(k);
                if (TableScope.isName(t)) {
                    DefaultColumn c = byName.get(t.identifier());
                    if (c == null) return sqlite; // SQLite names the unknown column
                    targets.add(c);
                }
            }
            i = TableScope.next(tokens, close);
        }
        int overridingFrom = -1, overridingTo = -1;
        String overriding = "";
        if (i >= 0 && tokens.get(i).is("overriding")) {
            overridingFrom = i;
            int kind = TableScope.next(tokens, i);
            int value = kind < 0 ? -1 : TableScope.next(tokens, kind);
            if (value < 0 || !tokens.get(value).is("value")) return sqlite;
            overriding = tokens.get(kind).text().toLowerCase(java.util.Locale.ROOT);
            overridingTo = value;
            i = TableScope.next(tokens, value);
        }
        if (i < 0) return sqlite;
        if (!tokens.get(i).is("values")) {
            if (explicitList && !tokens.get(i).is("default")) { // INSERT … SELECT: the listed columns take its values
                for (DefaultColumn c : targets) refuseInsert(c, false, overriding);
            }
            return overridingFrom < 0 ? sqlite : text(tokens, 0, overridingFrom - 1) + text(tokens, overridingTo + 1,
                    tokens.size() - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        int row = TableScope.next(tokens, i);
        int rowsEnd = -1;
        boolean changed = overridingFrom >= 0;
        while (row >= 0 && tokens.get(row).isPunct("(")) {
            int close = closing(tokens, row);
            List<String> items = new ArrayList<>();
            List<int[]> ranges = items(tokens, row, close);
            for (int n = 0; n < ranges.size(); n++) {
                int[] r = ranges.get(n);
                String item = text(tokens, r[0], r[1]);
                if (n < targets.size()) {
                    DefaultColumn c = targets.get(n);
                    boolean isDefault = r[0] == r[1] && tokens.get(r[0]).is("default");
                    if (!isDefault && refuseInsert(c, true, overriding)) isDefault = true; // OVERRIDING USER VALUE
                    if (isDefault) {
                        item = c.sqliteDefault() == null ? "NULL" : c.sqliteDefault();
                        changed = true;
                    }
                }
                items.add(item);
            }
            rows.add(items);
            rowsEnd = close;
            int after = TableScope.next(tokens, close);
            if (after < 0 || !tokens.get(after).isPunct(",")) break;
            row = TableScope.next(tokens, after);
        }
        List<Integer> kept = new ArrayList<>();
        for (int n = 0; n < targets.size(); n++) if (!targets.get(n).generated()) kept.add(n);
        if (kept.size() < targets.size()) changed = true;
        if (!changed || rowsEnd < 0) return sqlite;
        StringBuilder b = new StringBuilder(text(tokens, 0, headEnd));
        String rest = text(tokens, rowsEnd + 1, tokens.size() - 1);
        if (kept.isEmpty()) {
            if (rows.size() != 1) return sqlite;
            return b.append(" DEFAULT VALUES").append(rest).toString();
        }
        b.append(" (");
        for (int n = 0; n < kept.size(); n++) b.append(n == 0 ? "" : ", ").append(quote(targets.get(kept.get(n)).name()));
        b.append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            List<String> items = rows.get(r);
            b.append(r == 0 ? "(" : ", (");
            int written = 0;
            for (int n = 0; n < items.size(); n++) {
                if (n < targets.size() && targets.get(n).generated()) continue;
                b.append(written++ == 0 ? "" : ", ").append(items.get(n));
            }
            b.append(')');
        }
        return b.append(rest).toString();
    }

    /**
     * 428C9 when {@code c} does not take a value here; true when the value is to be replaced by the default
     * (OVERRIDING USER VALUE for an identity column).
     */
    private static boolean refuseInsert(DefaultColumn c, boolean values, String overriding) {
        if (c.generated()) {
            throw new PgException(GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \"" + c.name() + "\"")
                    .withDetail("Column \"" + c.name() + "\" is a generated column.");
        }
        if (c.identity().isEmpty()) return false;
        if (overriding.equals("user")) return values;
        if (c.identity().equals("a") && !overriding.equals("system")) {
            throw new PgException(GENERATED_ALWAYS, "cannot insert a non-DEFAULT value into column \"" + c.name() + "\"")
                    .withDetail("Column \"" + c.name() + "\" is an identity column defined as GENERATED ALWAYS.")
                    .withHint("Use OVERRIDING SYSTEM VALUE to override.");
        }
        return false;
    }

    /** {@code sqlite} (a translated UPDATE) with {@code SET c = DEFAULT} resolved; 428C9 for ALWAYS columns. */
    public static String update(String sqlite, Function<String, List<DefaultColumn>> columnsOf) {
        List<Token> tokens = new ArrayList<>(Lexer.tokenize(sqlite));
        List<SetClause.Assignment> assignments = SetClause.of(tokens);
        if (assignments.isEmpty()) return sqlite;
        int target = TableScope.next(tokens, TableScope.next(tokens, -1));
        if (target >= 0 && tokens.get(target).is("only")) target = TableScope.next(tokens, target);
        if (target < 0 || !TableScope.isName(tokens.get(target))) return sqlite;
        List<DefaultColumn> columns = columnsOf.apply(tokens.get(target).identifier());
        if (columns == null) return sqlite;
        Map<String, DefaultColumn> byName = new HashMap<>();
        for (DefaultColumn c : columns) byName.put(c.name(), c);
        boolean changed = false;
        for (int a = assignments.size() - 1; a >= 0; a--) { // from the end, so earlier indices stay valid
            SetClause.Assignment assignment = assignments.get(a);
            DefaultColumn c = byName.get(assignment.column());
            if (c == null) continue;
            boolean isDefault = assignment.valueFrom() == assignment.valueTo()
                    && tokens.get(assignment.valueFrom()).is("default");
            if (!isDefault && (c.generated() || c.identity().equals("a"))) {
                throw new PgException(GENERATED_ALWAYS, "column \"" + c.name() + "\" can only be updated to DEFAULT")
                        .withDetail(c.generated() ? "Column \"" + c.name() + "\" is a generated column."
                                : "Column \"" + c.name() + "\" is an identity column defined as GENERATED ALWAYS.");
            }
            if (!isDefault) continue;
            changed = true;
            if (c.generated()) { // SQLite computes it; the assignment goes, with one comma
                if (assignments.size() == 1) return sqlite;
                int from = TableScope.prev(tokens, assignment.equals());
                int to = assignment.valueTo();
                int after = TableScope.next(tokens, to);
                if (after >= 0 && tokens.get(after).isPunct(",")) to = after;
                else from = TableScope.prev(tokens, from);
                for (int k = to; k >= from; k--) tokens.remove(k);
                assignments.remove(a);
                continue;
            }
            tokens.set(assignment.valueFrom(), tokens.get(assignment.valueFrom())
                    .withText(c.sqliteDefault() == null ? "NULL" : c.sqliteDefault()));
        }
        return changed ? text(tokens, 0, tokens.size() - 1) : sqlite;
    }

    /** The items of the row between {@code open} and {@code close}, as token ranges without surrounding trivia. */
    private static List<int[]> items(List<Token> tokens, int open, int close) {
        List<int[]> out = new ArrayList<>();
        int depth = 0, start = open + 1;
        for (int k = open + 1; k <= close; k++) {
            Token t = tokens.get(k);
            if (k < close && (t.isPunct("(") || t.isPunct("["))) depth++;
            else if (k < close && (t.isPunct(")") || t.isPunct("]"))) depth--;
            else if (k == close || depth == 0 && t.isPunct(",")) {
                int from = start, to = k - 1;
                while (from <= to && tokens.get(from).isTrivia()) from++;
                while (to >= from && tokens.get(to).isTrivia()) to--;
                if (from <= to) out.add(new int[] {from, to});
                start = k + 1;
            }
        }
        return out;
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).isPunct("(")) depth++;
            else if (tokens.get(k).isPunct(")") && --depth == 0) return k;
        }
        return tokens.size() - 1;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = Math.max(from, 0); k <= to && k < tokens.size(); k++) b.append(tokens.get(k).text());
        return b.toString();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
