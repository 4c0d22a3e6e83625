package dev.impostgres.tracking.schema;

import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a Postgres statement names relations: the name tokens after FROM, JOIN, INTO, UPDATE, TABLE, ONLY or a comma
 * of a FROM list (as the translator's SchemaQualifiedNameRule sees them), excluding function calls and the names a
 * WITH clause defines.
 */
final class TablePositions {
    private TablePositions() {}

    private static final Set<String> TABLE_POSITION = Set.of("from", "join", "into", "update", "table", "only");
    private static final Set<String> CLAUSE_END = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "returning", "set", "values", "select", "on", "using", "fetch",
            "for");

    /** One relation name: its first token's index, its last (the name itself) and the schema if qualified. */
    record Reference(int from, int to, String schema, String name) {}

    static List<Reference> of(List<Token> tokens) {
        Set<String> ctes = cteNames(tokens);
        List<Reference> out = new ArrayList<>();
        boolean inFromList = false;
        int depth = 0, fromDepth = 0;
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isTrivia()) continue;
            if (t.isPunct("(")) depth++;
            if (t.isPunct(")") && --depth < fromDepth) inFromList = false;
            if (t.kind() == Token.Kind.IDENT && CLAUSE_END.contains(t.identifier())) inFromList = false;
            boolean tablePosition = previous != null && (previous.kind() == Token.Kind.IDENT
                    && TABLE_POSITION.contains(previous.identifier())
                    || inFromList && depth == fromDepth && previous.isPunct(","));
            if (previous != null && previous.is("from")) {
                inFromList = true;
                fromDepth = depth;
            }
            previous = t;
            if (!tablePosition || !isName(t)) continue;
            int dot = next(tokens, i), second = dot < 0 ? -1 : next(tokens, dot);
            String schema = null;
            int last = i;
            if (dot >= 0 && tokens.get(dot).isPunct(".") && second >= 0 && isName(tokens.get(second))) {
                schema = t.identifier();
                last = second;
            }
            int after = next(tokens, last);
            boolean call = after >= 0 && tokens.get(after).isPunct("(") && !(tokens.get(prev(tokens, i)).is("into"));
            if (call || schema == null && ctes.contains(t.identifier())) continue;
            out.add(new Reference(i, last, schema, tokens.get(last).identifier()));
            i = last;
            previous = tokens.get(last);
        }
        return out;
    }

    /** Names a WITH clause defines ({@code name AS (}). */
    private static Set<String> cteNames(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        List<Token> sig = Lexer.significant(tokens);
        for (int k = 0; k + 2 < sig.size(); k++) {
            if (isName(sig.get(k)) && sig.get(k + 1).is("as") && sig.get(k + 2).isPunct("(")) {
                out.add(sig.get(k).identifier());
            }
        }
        return out;
    }

    static int next(List<Token> tokens, int i) {
        for (int k = i + 1; k < tokens.size(); k++) if (!tokens.get(k).isTrivia()) return k;
        return -1;
    }

    static int prev(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) if (!tokens.get(k).isTrivia()) return k;
        return i;
    }

    static boolean isName(Token t) {
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.QUOTED_IDENT;
    }
}
