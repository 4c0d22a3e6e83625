package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of {@code INSERT INTO [schema.]table [AS alias] [(columns)]} over significant tokens: the table, the
 * columns the values go to (the written list, else the table's columns when known) and where the source starts.
 */
record InsertTarget(String table, List<String> columns, int sourceAt) {

    /** Null when the statement is not an INSERT of this shape or its target columns are unknown. */
    static InsertTarget of(List<Token> s, ColumnTypes types) {
        if (s.size() < 4 || !s.get(0).is("insert") || !s.get(1).is("into")) return null;
        int k = 2;
        String table = s.get(k).identifier();
        if (k + 2 < s.size() && s.get(k + 1).isPunct(".")) {
            k += 2;
            table = s.get(k).identifier();
        }
        k++;
        if (k < s.size() && s.get(k).is("as")) k += 2;
        List<String> columns = null;
        if (k < s.size() && s.get(k).isPunct("(")) {
            int close = TokenNav.closingOf(s, k);
            if (close < 0) return null;
            columns = new ArrayList<>();
            for (int c = k + 1; c < close; c += 2) columns.add(s.get(c).identifier());
            k = close + 1;
        }
        if (k >= s.size()) return null;
        if (columns == null) columns = types.columnNames(table);
        return columns == null ? null : new InsertTarget(table, columns, k);
    }
}
