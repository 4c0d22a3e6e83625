package dev.impostgres.translator.sql;

import dev.impostgres.translator.CommandTag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the {@link StatementKind} of a statement that goes to SQLite from its significant tokens: the leading key
 * words of the statement (after any WITH clause), never just the first word of the text. An unknown leading word is
 * the syntax error Postgres reports for it.
 */
public final class StatementClassifier {
    private StatementClassifier() {}

    /** CREATE/DROP/ALTER objects whose tag names another object. */
    private static final Map<String, String> OBJECT_ALIASES = Map.of("USER", "ROLE", "GROUP", "ROLE");
    /** Objects named by two key words. */
    private static final Set<String> TWO_WORD_OBJECTS = Set.of("MATERIALIZED VIEW", "EVENT TRIGGER",
            "FOREIGN TABLE", "ACCESS METHOD", "DEFAULT PRIVILEGES", "CONSTRAINT TRIGGER", "USER MAPPING",
            "OPERATOR CLASS", "OPERATOR FAMILY");
    private static final Set<String> CREATE_PREFIXES = Set.of("or", "replace", "global", "local", "temp",
            "temporary", "unlogged", "unique", "recursive", "trusted", "procedural", "default");
    private static final Set<String> READ_ONLY_UTILITIES = Set.of("EXPLAIN", "CHECKPOINT", "LISTEN", "NOTIFY",
            "UNLISTEN", "LOAD", "DISCARD ALL", "DISCARD PLANS", "DISCARD SEQUENCES", "DISCARD TEMP", "PREPARE",
            "DEALLOCATE", "DEALLOCATE ALL", "DECLARE CURSOR", "CLOSE CURSOR", "CLOSE CURSOR ALL", "FETCH", "MOVE",
            "SET CONSTRAINTS");

    public static StatementKind classify(Words w, List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isPunct("(")) i++; // (SELECT …) UNION …
        boolean modifyingCte = false;
        if (i < tokens.size() && tokens.get(i).is("with")) {
            Cte cte = skipWith(tokens, i + 1);
            i = cte.next;
            modifyingCte = cte.modifying;
        }
        if (i >= tokens.size()) throw w.syntaxError();
        Token first = tokens.get(i);
        String word = first.kind() == Token.Kind.IDENT ? first.text().toUpperCase(Locale.ROOT) : "";
        switch (word) {
            case "SELECT" -> {
                boolean into = depthZero(tokens, i, "into") >= 0;
                boolean locks = depthZero(tokens, i, "for") >= 0;
                return new StatementKind(CommandTag.SELECT, !into, into || locks || modifyingCte, i);
            }
            case "VALUES", "TABLE" -> {
                return new StatementKind(CommandTag.SELECT, true, modifyingCte, -1);
            }
            case "INSERT", "UPDATE", "DELETE", "MERGE" -> {
                CommandTag tag = switch (word) {
                    case "INSERT" -> CommandTag.INSERT;
                    case "UPDATE" -> CommandTag.UPDATE;
                    case "DELETE" -> CommandTag.DELETE;
                    default -> CommandTag.count("MERGE");
                };
                // the RETURNING list is typed like a select list (its index stands for the SELECT's)
                int returning = depthZero(tokens, i, "returning");
                return new StatementKind(tag, returning >= 0, true, returning);
            }
            default -> { }
        }
        if (modifyingCte || i > 0 && !word.isEmpty() && tokens.get(0).is("with")) throw w.syntaxErrorAt(first);
        String tag = utilityTag(w, tokens, word);
        boolean returnsRows = tag.equals("EXPLAIN") || tag.equals("FETCH") || tag.equals("SHOW");
        CommandTag commandTag = switch (tag) {
            case "FETCH", "MOVE", "COPY", "SELECT" -> CommandTag.count(tag);
            default -> CommandTag.plain(tag);
        };
        boolean writes = !READ_ONLY_UTILITIES.contains(tag)
                || (tag.equals("EXPLAIN") && tokens.size() > 1 && tokens.get(1).is("analyze"));
        return new StatementKind(commandTag, returnsRows, writes, -1);
    }

    private static String utilityTag(Words w, List<Token> tokens, String word) {
        return switch (word) {
            case "CREATE" -> createTag(w, tokens);
            case "DROP", "ALTER" -> word + " " + objectWords(w, tokens, 1);
            case "TRUNCATE" -> "TRUNCATE TABLE";
            case "LOCK" -> "LOCK TABLE";
            case "ANALYZE", "ANALYSE" -> "ANALYZE";
            case "COMMENT", "VACUUM", "DO", "GRANT", "REVOKE", "CHECKPOINT", "REINDEX", "CLUSTER", "LISTEN",
                    "NOTIFY", "UNLISTEN", "EXPLAIN", "CALL", "COPY", "FETCH", "MOVE", "LOAD" -> word;
            case "REFRESH" -> "REFRESH MATERIALIZED VIEW";
            case "DECLARE" -> "DECLARE CURSOR";
            case "CLOSE" -> tokens.size() > 1 && tokens.get(1).is("all") ? "CLOSE CURSOR ALL" : "CLOSE CURSOR";
            case "DISCARD" -> {
                String what = tokens.size() > 1 ? tokens.get(1).text().toUpperCase(Locale.ROOT) : "";
                yield "DISCARD " + (what.equals("TEMPORARY") ? "TEMP" : what);
            }
            case "PREPARE" -> tokens.size() > 1 && tokens.get(1).is("transaction") ? "PREPARE TRANSACTION" : "PREPARE";
            case "DEALLOCATE" -> tokens.stream().anyMatch(t -> t.is("all")) ? "DEALLOCATE ALL" : "DEALLOCATE";
            case "SECURITY" -> "SECURITY LABEL";
            case "REASSIGN" -> "REASSIGN OWNED";
            case "IMPORT" -> "IMPORT FOREIGN SCHEMA";
            case "SET" -> {
                if (tokens.size() > 1 && tokens.get(1).is("constraints")) yield "SET CONSTRAINTS";
                throw w.syntaxErrorAt(tokens.get(0));
            }
            default -> throw w.syntaxErrorAt(tokens.get(0));
        };
    }

    private static String createTag(Words w, List<Token> tokens) {
        int i = 1;
        while (i < tokens.size() && CREATE_PREFIXES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                && tokens.get(i).kind() == Token.Kind.IDENT) i++;
        String object = objectWords(w, tokens, i);
        boolean noData = tokens.size() >= 3 && tokens.get(tokens.size() - 1).is("data")
                && tokens.get(tokens.size() - 2).is("no");
        if (object.equals("TABLE") && (depthZero(tokens, i, "as") >= 0 || depthZero(tokens, i, "execute") >= 0)) {
            return noData ? "CREATE TABLE AS" : "SELECT";
        }
        if (object.equals("MATERIALIZED VIEW")) return noData ? "CREATE MATERIALIZED VIEW" : "SELECT";
        if (object.equals("CONSTRAINT TRIGGER")) return "CREATE TRIGGER";
        return "CREATE " + object;
    }

    /** The object key word(s) at {@code i}: TABLE, INDEX, MATERIALIZED VIEW, TEXT SEARCH CONFIGURATION… */
    private static String objectWords(Words w, List<Token> tokens, int i) {
        if (i >= tokens.size() || tokens.get(i).kind() != Token.Kind.IDENT) {
            throw i >= tokens.size() ? w.syntaxError() : w.syntaxErrorAt(tokens.get(i));
        }
        String one = tokens.get(i).text().toUpperCase(Locale.ROOT);
        if (i + 1 < tokens.size() && tokens.get(i + 1).kind() == Token.Kind.IDENT) {
            String two = one + " " + tokens.get(i + 1).text().toUpperCase(Locale.ROOT);
            if (TWO_WORD_OBJECTS.contains(two)) return two;
            if (one.equals("TEXT") && i + 2 < tokens.size()) {
                return two + " " + tokens.get(i + 2).text().toUpperCase(Locale.ROOT);
            }
            if (one.equals("FOREIGN") && tokens.get(i + 1).is("data")) return "FOREIGN DATA WRAPPER";
        }
        return OBJECT_ALIASES.getOrDefault(one, one);
    }

    /** Index of the first {@code word} at parenthesis depth 0 from {@code from}, or -1. */
    static int depthZero(List<Token> tokens, int from, String word) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.is(word)) return i;
        }
        return -1;
    }

    private record Cte(int next, boolean modifying) {}

    /** Skips "[RECURSIVE] name [(cols)] AS [[NOT] MATERIALIZED] ( body ) [, …]"; notes data-modifying bodies. */
    private static Cte skipWith(List<Token> tokens, int i) {
        boolean modifying = false;
        if (i < tokens.size() && tokens.get(i).is("recursive")) i++;
        while (i < tokens.size()) {
            while (i < tokens.size() && !tokens.get(i).is("as")) {
                if (tokens.get(i).isPunct("(")) i = closing(tokens, i);
                i++;
            }
            i++; // AS
            while (i < tokens.size() && (tokens.get(i).is("not") || tokens.get(i).is("materialized"))) i++;
            if (i >= tokens.size() || !tokens.get(i).isPunct("(")) return new Cte(i, modifying);
            Token body = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (body != null && (body.is("insert") || body.is("update") || body.is("delete") || body.is("merge"))) {
                modifying = true;
            }
            i = closing(tokens, i) + 1;
            // SEARCH / CYCLE clauses are rare; skip to the comma or the main statement.
            if (i < tokens.size() && tokens.get(i).isPunct(",")) i++;
            else return new Cte(i, modifying);
        }
        return new Cte(i, modifying);
    }

    /** Index of the parenthesis closing the one at {@code open} (or the last token). */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct("(")) depth++;
            else if (tokens.get(i).isPunct(")") && --depth == 0) return i;
        }
        return tokens.size() - 1;
    }
}
