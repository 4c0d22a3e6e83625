package dev.impostgres.tracking.functions;

import static dev.impostgres.tracking.functions.Values.text;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * POSIX regular expressions (~, ~*, regexp_replace, SIMILAR TO) on java.util.regex, which agrees with Postgres's
 * ARE flavour for the common constructs (classes, quantifiers, groups, anchors, back-references).
 */
final class RegexFunctions {
    private RegexFunctions() {}

    static void register(Connection c) throws SQLException {
        Udf.strict(c, "pg_regex_match", 3, a -> compile(text(a[1]), text(a[2])).matcher(text(a[0])).find());
        Udf.strict(c, "regexp_like", 2, a -> compile(text(a[1]), "").matcher(text(a[0])).find());
        Udf.strict(c, "regexp_like", 3, a -> compile(text(a[1]), text(a[2])).matcher(text(a[0])).find());
        Udf.strict(c, "regexp_replace", 3, a -> replace(text(a[0]), text(a[1]), text(a[2]), ""));
        Udf.strict(c, "regexp_replace", 4, a -> replace(text(a[0]), text(a[1]), text(a[2]), text(a[3])));
        Udf.strict(c, "pg_similar", 2, a -> Pattern.compile(similarToRegex(text(a[1])), Pattern.DOTALL)
                .matcher(text(a[0])).matches());
    }

    /** substring(s FROM pattern): the first parenthesised group's match, else the whole match, else NULL. */
    static String substring(String s, String regex) {
        Matcher m = compile(regex, "").matcher(s);
        if (!m.find()) return null;
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    static Pattern compile(String regex, String flags) {
        int f = 0;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'c', 'g' -> { }
                case 'n', 'm' -> f |= Pattern.MULTILINE;
                case 's' -> f |= Pattern.DOTALL;
                case 'x' -> f |= Pattern.COMMENTS;
                default -> throw PgFunctionError.invalidParameter("invalid regular expression option: \"" + c + "\"");
            }
        }
        try {
            return Pattern.compile(regex, f);
        } catch (PatternSyntaxException e) {
            throw new PgFunctionError("2201B", "invalid regular expression: " + postgresReason(e.getDescription()));
        }
    }

    /** The reason Postgres's regex compiler (Spencer's) gives for what Java reports in its own words. */
    static String postgresReason(String message) {
        String d = message.toLowerCase(java.util.Locale.ROOT);
        if (d.contains("unclosed group") || d.contains("unmatched closing ')'")) return "parentheses () not balanced";
        if (d.contains("unclosed character class")) return "brackets [] not balanced";
        if (d.contains("unclosed counted closure")) return "braces {} not balanced";
        if (d.contains("dangling meta character")) return "quantifier operand invalid";
        if (d.contains("unexpected internal error") || d.contains("escape")) return "invalid escape \\ sequence";
        if (d.contains("illegal character range")) return "invalid character range";
        return message;
    }

    static String replace(String s, String regex, String replacement, String flags) {
        Matcher m = compile(regex, flags).matcher(s);
        String javaReplacement = replacementText(replacement);
        return flags.indexOf('g') >= 0 ? m.replaceAll(javaReplacement) : m.replaceFirst(javaReplacement);
    }

    /** Postgres writes back-references as \1 and the whole match as \&; Java as $1 and $0. */
    private static String replacementText(String r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                char n = r.charAt(++i);
                if (Character.isDigit(n)) b.append('$').append(n);
                else if (n == '&') b.append("$0");
                else b.append(Matcher.quoteReplacement(String.valueOf(n)));
            } else {
                b.append(Matcher.quoteReplacement(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /** SQL SIMILAR TO pattern to a Java regex matched against the whole string. */
    static String similarToRegex(String p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            switch (c) {
                case '%' -> b.append(".*");
                case '_' -> b.append('.');
                case '\\' -> {
                    if (i + 1 < p.length()) b.append(Pattern.quote(String.valueOf(p.charAt(++i))));
                }
                case '.', '$', '^' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
