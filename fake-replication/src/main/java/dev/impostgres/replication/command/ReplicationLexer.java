package dev.impostgres.replication.command;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The replication command scanner (Postgres 17 repl_scanner.l). Keywords are upper case only and case-sensitive
 * (real Postgres treats {@code identify_system} as SQL); bare identifiers are down-cased, {@code "quoted"} ones kept;
 * {@code 'strings'} double their quotes; {@code X/Y} is a WAL position; digits are an unsigned constant.
 */
final class ReplicationLexer {
    enum Kind { KEYWORD, IDENT, SCONST, UCONST, RECPTR, PUNCT, OTHER }

    record Token(Kind kind, String text) {
        boolean is(Kind k, String t) { return kind == k && text.equals(t); }
    }

    static final Set<String> KEYWORDS = Set.of("BASE_BACKUP", "IDENTIFY_SYSTEM", "READ_REPLICATION_SLOT", "SHOW",
            "TIMELINE", "START_REPLICATION", "CREATE_REPLICATION_SLOT", "DROP_REPLICATION_SLOT",
            "ALTER_REPLICATION_SLOT", "TIMELINE_HISTORY", "PHYSICAL", "RESERVE_WAL", "LOGICAL", "SLOT", "TEMPORARY",
            "TWO_PHASE", "EXPORT_SNAPSHOT", "NOEXPORT_SNAPSHOT", "USE_SNAPSHOT", "WAIT", "UPLOAD_MANIFEST");

    /** The keywords that make a query on a replication connection a replication command rather than SQL. */
    static final Set<String> COMMAND_KEYWORDS = Set.of("BASE_BACKUP", "IDENTIFY_SYSTEM", "READ_REPLICATION_SLOT",
            "SHOW", "TIMELINE_HISTORY", "START_REPLICATION", "CREATE_REPLICATION_SLOT", "DROP_REPLICATION_SLOT",
            "ALTER_REPLICATION_SLOT", "UPLOAD_MANIFEST");

    private ReplicationLexer() {}

    static List<Token> scan(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder b = new StringBuilder();
                i = quoted(s, i, '\'', b, "unterminated quoted string");
                tokens.add(new Token(Kind.SCONST, b.toString()));
            } else if (c == '"') {
                StringBuilder b = new StringBuilder();
                i = quoted(s, i, '"', b, "unterminated quoted identifier");
                if (b.length() == 0) throw syntax("zero-length delimited identifier");
                tokens.add(new Token(Kind.IDENT, b.toString()));
            } else if (isHex(c)) {
                int j = i;
                while (j < n && isHex(s.charAt(j))) j++;
                if (j < n && s.charAt(j) == '/' && j + 1 < n && isHex(s.charAt(j + 1))) {
                    int k = j + 1;
                    while (k < n && isHex(s.charAt(k))) k++;
                    tokens.add(new Token(Kind.RECPTR, s.substring(i, k)));
                    i = k;
                } else if (Character.isDigit(c) && allDigits(s, i, j) && (j == n || !isIdentCont(s.charAt(j)))) {
                    tokens.add(new Token(Kind.UCONST, s.substring(i, j)));
                    i = j;
                } else if (isIdentStart(c)) {
                    i = identifier(s, i, tokens);
                } else {
                    tokens.add(new Token(Kind.OTHER, s.substring(i, j)));
                    i = j;
                }
            } else if (isIdentStart(c)) {
                i = identifier(s, i, tokens);
            } else if (c == ',' || c == ';' || c == '(' || c == ')' || c == '.') {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c)));
                i++;
            } else {
                tokens.add(new Token(Kind.OTHER, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    private static int identifier(String s, int i, List<Token> tokens) {
        int j = i + 1;
        while (j < s.length() && isIdentCont(s.charAt(j))) j++;
        String word = s.substring(i, j);
        tokens.add(KEYWORDS.contains(word) ? new Token(Kind.KEYWORD, word)
                : new Token(Kind.IDENT, word.toLowerCase(Locale.ROOT)));
        return j;
    }

    private static int quoted(String s, int i, char quote, StringBuilder out, String unterminated) {
        int j = i + 1;
        while (true) {
            if (j >= s.length()) throw syntax(unterminated);
            char c = s.charAt(j);
            if (c == quote) {
                if (j + 1 < s.length() && s.charAt(j + 1) == quote) {
                    out.append(quote);
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            out.append(c);
            j++;
        }
    }

    static PgException syntax(String message) {
        return new PgException(SqlState.SYNTAX_ERROR, message);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentCont(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
    }
}
