package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A statement being rewritten: its mutable token list (trivia included, so the untouched parts of the text survive
 * exactly), the script it came from (for error positions) and the parameter types learnt on the way.
 */
public final class RewriteContext {
    private final String script;
    private final List<Token> tokens;
    private final TreeMap<Integer, Integer> parameterTypes = new TreeMap<>();
    private int parameterCount;
    private ColumnTypes columnTypes = ColumnTypes.NONE;

    public RewriteContext(String script, List<Token> tokens) {
        this.script = script;
        this.tokens = new ArrayList<>(tokens);
    }

    public String script() { return script; }

    /** The declared types of the columns the statement names, when the caller knows the schema. */
    public ColumnTypes columnTypes() { return columnTypes; }

    public RewriteContext withColumnTypes(ColumnTypes types) {
        this.columnTypes = types == null ? ColumnTypes.NONE : types;
        return this;
    }

    /** The live token list; rules edit it in place. */
    public List<Token> tokens() { return tokens; }

    public boolean any(java.util.function.Predicate<Token> p) {
        for (Token t : tokens) if (p.test(t)) return true;
        return false;
    }

    /** Records {@code $n}'s type from a cast; the first cast of a parameter wins. */
    public void parameterType(int n, int oid) {
        parameterTypes.putIfAbsent(n, oid);
    }

    public void parameterSeen(int n) { parameterCount = Math.max(parameterCount, n); }

    /** One entry per parameter $1..$max, 0 where unknown. */
    public List<Integer> parameterTypes() {
        List<Integer> out = new ArrayList<>();
        for (int n = 1; n <= parameterCount; n++) out.add(parameterTypes.getOrDefault(n, 0));
        return out;
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) b.append(t.text());
        return b.toString();
    }
}
