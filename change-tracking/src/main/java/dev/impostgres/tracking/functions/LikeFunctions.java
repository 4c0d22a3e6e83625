package dev.impostgres.tracking.functions;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** pg_like(value, pattern, escape, case_insensitive): Postgres's LIKE / ILIKE (like.c) on Java regular expressions. */
final class LikeFunctions {
    private LikeFunctions() {}

    /** Compiled patterns by (flag, escape, pattern); a small LRU per connection. */
    private static final class Cache extends LinkedHashMap<String, Pattern> {
        Cache() { super(64, 0.75f, true); }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) { return size() > 256; }
    }

    static void register(Connection c) throws SQLException {
        Cache cache = new Cache();
        Udf.strict(c, "pg_like", 4, a -> {
            boolean insensitive = Values.integer(a[3]) != 0;
            String escape = Values.text(a[2]);
            String pattern = Values.text(a[1]);
            Pattern compiled = cache.computeIfAbsent((insensitive ? "i" : "s") + escape.length() + escape + pattern,
                    k -> compile(pattern, escape, insensitive));
            return compiled.matcher(Values.text(a[0])).matches();
        });
    }

    static Pattern compile(String pattern, String escape, boolean insensitive) {
        if (escape.codePointCount(0, escape.length()) > 1) {
            throw new PgFunctionError("22025", "invalid escape string");
        }
        int esc = escape.isEmpty() ? -1 : escape.codePointAt(0);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); ) {
            int cp = pattern.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == esc) {
                if (i >= pattern.length()) { // Postgres's matcher answers false here
                    regex.append("(?!)");
                    break;
                }
                int next = pattern.codePointAt(i);
                i += Character.charCount(next);
                regex.append(Pattern.quote(new String(Character.toChars(next))));
            } else if (cp == '%') {
                regex.append(".*");
            } else if (cp == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(cp))));
            }
        }
        int flags = Pattern.DOTALL | (insensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(regex.toString(), flags);
    }

}
