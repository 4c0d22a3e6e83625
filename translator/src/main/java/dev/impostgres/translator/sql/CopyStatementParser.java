package dev.impostgres.translator.sql;

import dev.impostgres.translator.PgStatement;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * COPY (gram.y's CopyStmt): the current option-list syntax {@code WITH (FORMAT csv, HEADER, …)} and the pre-9.0
 * keyword syntax {@code WITH CSV HEADER DELIMITER ','}. Only STDIN/STDOUT: a server-side file or PROGRAM is refused
 * with 0A000 rather than read from the machine Impostgres runs on.
 */
final class CopyStatementParser {
    private CopyStatementParser() {}

    static PgStatement parse(String script, String source, List<Token> t, int endOffset) {
        if (t.isEmpty() || !t.get(0).is("copy")) return null;
        Words w = new Words(script, t, endOffset);
        int i = 1;
        String table = null;
        String query = null;
        List<String> columns = new ArrayList<>();
        if (i < t.size() && t.get(i).isPunct("(")) {
            int close = closing(t, i);
            if (close < 0) throw syntax(w, t, t.size());
            query = script.substring(t.get(i).end(), t.get(close).start()).trim();
            i = close + 1;
        } else {
            int start = i;
            if (i >= t.size() || !isName(t.get(i))) throw syntax(w, t, i);
            i++;
            while (i + 1 < t.size() && t.get(i).isPunct(".") && isName(t.get(i + 1))) i += 2; // schema.table
            table = script.substring(t.get(start).start(), t.get(i - 1).end());
            if (i < t.size() && t.get(i).isPunct("(")) {
                int close = closing(t, i);
                if (close < 0) throw syntax(w, t, t.size());
                for (int k = i + 1; k < close; k++) {
                    if (isName(t.get(k))) columns.add(t.get(k).identifier());
                    else if (!t.get(k).isPunct(",")) throw syntax(w, t, k);
                }
                i = close + 1;
            }
        }
        if (i >= t.size()) throw syntax(w, t, i);
        boolean from;
        if (t.get(i).is("from")) from = true;
        else if (t.get(i).is("to")) from = false;
        else throw syntax(w, t, i);
        if (from && query != null) throw syntax(w, t, i);
        i++;
        if (i >= t.size()) throw syntax(w, t, i);
        Token target = t.get(i);
        if (target.is("stdin") || target.is("stdout")) {
            if (target.is("stdin") != from) throw syntax(w, t, i);
        } else if (target.kind() == Token.Kind.STRING || target.is("program")) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY " + (from ? "from" : "to") + " a server-side file or program is not supported; use "
                            + (from ? "STDIN" : "STDOUT") + " (psql's \\copy)");
        } else {
            throw syntax(w, t, i);
        }
        i++;
        CopyOptionsBuilder options = new CopyOptionsBuilder(from);
        if (i < t.size() && t.get(i).is("with")) i++;
        if (i < t.size() && t.get(i).isPunct("(")) {
            i = options.optionList(script, t, i, w);
        } else {
            i = options.legacy(t, i, w);
        }
        if (i < t.size()) {
            if (t.get(i).is("where") && from) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "COPY FROM … WHERE is not supported");
            }
            throw syntax(w, t, i);
        }
        return new PgStatement.Copy(source, table, List.copyOf(columns), query, from, options.build());
    }

    static boolean isName(Token token) {
        return token.kind() == Token.Kind.IDENT || token.kind() == Token.Kind.QUOTED_IDENT;
    }

    static int closing(List<Token> t, int open) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            if (t.get(k).isPunct("(")) depth++;
            else if (t.get(k).isPunct(")") && --depth == 0) return k;
        }
        return -1;
    }

    static PgException syntax(Words w, List<Token> t, int at) {
        return at >= t.size() ? w.syntaxErrorAtEnd() : w.syntaxErrorAt(t.get(at));
    }
}
