package dev.impostgres.translator;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.SqlSplitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Translator}: split, classify, rewrite, with a bounded LRU cache keyed by the SQL text so a repeated
 * statement is never parsed twice. Thread-safe; translations are immutable and shared.
 */
public final class DefaultTranslator implements Translator {
    public static final int DEFAULT_CACHE_SIZE = 2048;

    private final Map<String, List<PgStatement>> cache;

    public DefaultTranslator() { this(DEFAULT_CACHE_SIZE); }

    public DefaultTranslator(int cacheSize) {
        if (cacheSize < 1) throw new IllegalArgumentException("cacheSize must be positive");
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<PgStatement>> eldest) {
                return size() > cacheSize;
            }
        };
    }

    @Override
    public List<PgStatement> translateScript(String sql) {
        List<PgStatement> cached;
        synchronized (cache) {
            cached = cache.get(sql);
        }
        if (cached != null) return cached;
        // Translating outside the lock: two threads may both translate a new text once; the results are equal.
        List<PgStatement> translated = translate(sql);
        synchronized (cache) {
            cache.put(sql, translated);
        }
        return translated;
    }

    @Override
    public PgStatement translateOne(String sql) {
        List<PgStatement> statements = translateScript(sql);
        if (statements.size() > 1) {
            throw new PgException(SqlState.SYNTAX_ERROR, "cannot insert multiple commands into a prepared statement");
        }
        return statements.get(0);
    }

    /** Number of cached texts (for tests and metrics). */
    public int cachedCount() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private static List<PgStatement> translate(String sql) {
        List<SqlSplitter.Piece> pieces = SqlSplitter.split(sql);
        if (pieces.isEmpty()) return List.of(new PgStatement.Empty(sql));
        List<PgStatement> out = new ArrayList<>(pieces.size());
        for (SqlSplitter.Piece piece : pieces) out.add(StatementTranslator.translate(sql, piece));
        return List.copyOf(out);
    }
}
