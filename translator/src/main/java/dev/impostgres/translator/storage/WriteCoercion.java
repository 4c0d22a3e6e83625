package dev.impostgres.translator.storage;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts each value an INSERT … VALUES writes through {@code _pg_in(type_oid, typmod, value)}, so it is stored in the
 * storage form of its column's declared type, validated and normalized the way Postgres's input function and
 * typmod coercion would (the only way in SQLite: a trigger can not change NEW). A bare numeric literal going into a
 * numeric column is passed as its text, so no digit is lost on the way through a REAL. Pure: the caller supplies
 * the target table's columns (from the schema metadata). INSERT … SELECT and DEFAULT items are left alone.
 */
public final class WriteCoercion {
    private WriteCoercion() {}

    public static final String FUNCTION = "_pg_in";

    /**
     * @param sqlite a translated INSERT statement
     * @param columnsOf the columns of a SQLite table in attnum order, or null when it has no metadata
     * @return the statement with its VALUES items coerced, or {@code sqlite} itself when nothing applies
     */
    public static String insertValues(String sqlite, Function<String, List<TargetColumn>> columnsOf) {
        return insertValues(sqlite, columnsOf, WriteCoercion::wrap);
    }

    /** What to do with one VALUES item, tokens[from..to] (trivia included); returns how many tokens it added. */
    interface ItemVisitor {
        int item(List<Token> tokens, int from, int to, TargetColumn target);
    }

    static String insertValues(String sqlite, Function<String, List<TargetColumn>> columnsOf, ItemVisitor visitor) {
        List<Token> tokens = new ArrayList<>(Lexer.tokenize(sqlite));
        int i = next(tokens, -1);
        if (i < 0 || !tokens.get(i).is("insert")) return sqlite;
        i = next(tokens, i);
        if (i < 0 || !tokens.get(i).is("into")) return sqlite;
        int nameAt = next(tokens, i);
        if (nameAt < 0 || !isName(tokens.get(nameAt))) return sqlite;
        List<TargetColumn> columns = columnsOf.apply(tokens.get(nameAt).identifier());
        if (columns == null) return sqlite;
        i = next(tokens, nameAt);
        if (i >= 0 && tokens.get(i).is("as")) i = next(tokens, next(tokens, i));
        List<TargetColumn> targets = columns;
        if (i >= 0 && tokens.get(i).isPunct("(")) {
            Map<String, TargetColumn> byName = new java.util.HashMap<>();
            for (TargetColumn c : columns) byName.put(c.name(), c);
            targets = new ArrayList<>();
            int close = closing(tokens, i);
            for (int k = i + 1; k < close; k++) {
                Token t = tokens.get(k);
                if (isName(t)) targets.add(byName.get(t.identifier()));
            }
            i = next(tokens, close);
        }
        if (i < 0 || !tokens.get(i).is("values")) return sqlite;
        if (targets == columns) {
            targets = leadingColumns(tokens, i, columns);
            if (targets != columns) i++; // past the column list put before VALUES
        }
        int row = next(tokens, i);
        while (row >= 0 && tokens.get(row).isPunct("(")) {
            int close = closing(tokens, row);
            coerceRow(tokens, row, targets, visitor);
            close = closing(tokens, row);
            int after = next(tokens, close);
            if (after < 0 || !tokens.get(after).isPunct(",")) break;
            row = next(tokens, after);
        }
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) b.append(t.text());
        return b.toString();
    }

    /**
     * INSERT INTO t VALUES with fewer items than t has columns fills the leading columns and defaults the rest in
     * Postgres; SQLite wants every column. When every row has the same, smaller count, the leading columns are
     * named before VALUES (at {@code values}). Returns the columns the items go to.
     */
    static List<TargetColumn> leadingColumns(List<Token> tokens, int values, List<TargetColumn> columns) {
        int count = -1;
        int row = next(tokens, values);
        while (row >= 0 && tokens.get(row).isPunct("(")) {
            int n = itemCount(tokens, row);
            if (count >= 0 && n != count) return columns;
            count = n;
            int after = next(tokens, closing(tokens, row));
            if (after < 0 || !tokens.get(after).isPunct(",")) break;
            row = next(tokens, after);
        }
        if (count <= 0 || count >= columns.size()) return columns;
        List<TargetColumn> leading = columns.subList(0, count);
        StringBuilder list = new StringBuilder("(");
        for (TargetColumn c : leading) {
            if (c == null) return columns;
            if (list.length() > 1) list.append(", ");
            list.append('"').append(c.name().replace("\"", "\"\"")).append('"');
        }
        list.append(") ");
        tokens.add(values, new Token(Kind.QUOTED_IDENT, list.toString(), tokens.get(values).start()));
        return leading;
    }

    private static int itemCount(List<Token> tokens, int open) {
        int depth = 0;
        int items = 0;
        boolean any = false;
        for (int k = open + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if ((t.isPunct(")") || t.isPunct("]")) && depth > 0) depth--;
            else if (depth == 0 && t.isPunct(")")) return any ? items + 1 : 0;
            else if (depth == 0 && t.isPunct(",")) items++;
            any = true;
        }
        return -1;
    }

    /** Wraps each item of the row starting at {@code open}; items beyond the targets are left for SQLite's error. */
    private static void coerceRow(List<Token> tokens, int open, List<TargetColumn> targets, ItemVisitor visitor) {
        int item = 0;
        int start = open + 1;
        int depth = 0;
        for (int k = open + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if ((t.isPunct(")") || t.isPunct("]")) && depth > 0) depth--;
            else if (depth == 0 && (t.isPunct(",") || t.isPunct(")"))) {
                int added = item < targets.size() ? visitor.item(tokens, start, k - 1, targets.get(item)) : 0;
                k += added;
                item++;
                if (tokens.get(k).isPunct(")")) return;
                start = k + 1;
            }
        }
    }

    /**
     * Puts each value an {@code UPDATE … SET column = value} assigns through {@code _pg_in} of the column's type,
     * as {@link #insertValues} does for INSERT (Postgres coerces an assigned value to the column's type and typmod).
     *
     * @param columnsOf as for {@link #insertValues}; the UPDATE's target is the only table whose columns are used
     */
    public static String updateSet(String sqlite, Function<String, List<TargetColumn>> columnsOf) {
        List<Token> tokens = ParameterTyping.parameters(Lexer.tokenize(sqlite));
        List<SetClause.Assignment> assignments = SetClause.of(tokens);
        if (assignments.isEmpty()) return sqlite;
        int target = next(tokens, next(tokens, -1));
        if (target >= 0 && tokens.get(target).is("only")) target = next(tokens, target);
        if (target < 0 || !isName(tokens.get(target))) return sqlite;
        List<TargetColumn> columns = columnsOf.apply(tokens.get(target).identifier());
        if (columns == null) return sqlite;
        boolean changed = false;
        for (int a = assignments.size() - 1; a >= 0; a--) { // from the end, so earlier indices stay valid
            SetClause.Assignment assignment = assignments.get(a);
            for (TargetColumn c : columns) {
                if (c != null && c.name().equals(assignment.column())) {
                    changed |= wrap(tokens, assignment.valueFrom(), assignment.valueTo(), c) > 0;
                }
            }
        }
        if (!changed) return sqlite;
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) b.append(t.text());
        return b.toString();
    }

    /** Wraps tokens[from..to] (trimmed of trivia); returns how many tokens were added. */
    static int wrap(List<Token> tokens, int from, int to, TargetColumn target) {
        if (target == null) return 0;
        while (from <= to && tokens.get(from).isTrivia()) from++;
        while (to >= from && tokens.get(to).isTrivia()) to--;
        if (from > to) return 0;
        if (from == to && (tokens.get(from).is("default") || tokens.get(from).is("null"))) return 0;
        if (from == to && Literals.isString(tokens.get(from))) checkLength(Literals.stringValue(tokens.get(from)), target);
        int before = tokens.size();
        if (target.typeOid() == 1700 && from == to && tokens.get(from).kind() == Kind.NUMBER) {
            tokens.set(from, new Token(Kind.STRING, Literals.quote(tokens.get(from).text()), tokens.get(from).start()));
        } else if (target.typeOid() == 1700 && from + 1 == to && tokens.get(to).kind() == Kind.NUMBER
                && (tokens.get(from).isOperator("-") || tokens.get(from).isOperator("+"))) {
            // A signed literal too (-0.000100 would otherwise become the REAL -0.0001); numeric_in takes the sign.
            tokens.set(to, new Token(Kind.STRING, Literals.quote(tokens.get(from).text() + tokens.get(to).text()),
                    tokens.get(from).start()));
            tokens.remove(from);
            to--;
        }
        tokens.add(to + 1, new Token(Kind.PUNCT, ")", -1));
        // The leading arguments as one opaque token: its commas must not count as item separators.
        tokens.add(from, new Token(Kind.NUMBER, target.typeOid() + ", " + target.typmod() + ", ", -1));
        tokens.add(from, new Token(Kind.PUNCT, "(", -1));
        tokens.add(from, new Token(Kind.IDENT, FUNCTION, -1));
        return tokens.size() - before;
    }

    /**
     * A string constant too long for a varchar(n) / char(n) target fails while the statement is planned, as
     * Postgres's constant folding of the length coercion does: even an UPDATE that matches no row is 22001.
     * Excess characters that are all spaces are dropped, not an error (as varchar and bpchar do).
     */
    static void checkLength(String value, TargetColumn target) {
        if (target.typmod() < 4 || target.typeOid() != 1043 && target.typeOid() != 1042) return;
        int max = target.typmod() - 4;
        if (value.codePointCount(0, value.length()) <= max) return;
        String excess = value.substring(value.offsetByCodePoints(0, max));
        if (excess.chars().allMatch(ch -> ch == ' ')) return;
        throw new dev.impostgres.translator.error.PgException(
                dev.impostgres.translator.error.SqlState.STRING_DATA_RIGHT_TRUNCATION, "value too long for type "
                + (target.typeOid() == 1043 ? "character varying(" : "character(") + max + ")");
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT;
    }

    private static int next(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).isPunct("(")) depth++;
            else if (tokens.get(k).isPunct(")") && --depth == 0) return k;
        }
        return tokens.size() - 1;
    }
}
