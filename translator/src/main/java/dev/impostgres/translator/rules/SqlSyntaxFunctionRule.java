package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL-standard call syntaxes Postgres accepts and SQLite does not, as ordinary calls of the functions
 * change-tracking registers: {@code trim([BOTH|LEADING|TRAILING] [chars] FROM s)}, {@code position(a IN b)},
 * {@code substring(s FROM a FOR b)}, {@code overlay(s PLACING r FROM a FOR b)}, {@code extract(field FROM x)};
 * {@code left(…)}/{@code right(…)} (SQLite key words); and the parameterless value functions current_timestamp,
 * current_date, localtimestamp (SQLite's own give other formats and no transaction-stable time).
 */
public final class SqlSyntaxFunctionRule implements RewriteRule {

    private static final Map<String, String> VALUE_FUNCTIONS = Map.of("current_timestamp", "now()",
            "current_date", "pg_current_date()", "localtimestamp", "pg_localtimestamp()");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && switch (t.identifier()) {
            case "trim", "position", "substring", "overlay", "extract", "left", "right", "current_timestamp",
                 "current_date", "localtimestamp" -> true;
            default -> false;
        });
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) continue;
            String word = t.identifier();
            int open = TokenNav.nextSig(tokens, i);
            boolean call = open >= 0 && tokens.get(open).isPunct("(");
            int prev = TokenNav.prevSig(tokens, i);
            if (prev >= 0 && (tokens.get(prev).isPunct(".") || tokens.get(prev).isOperator("::"))) continue;
            if (!call) {
                String replacement = VALUE_FUNCTIONS.get(word);
                if (replacement != null) tokens.set(i, new Token(Kind.IDENT, replacement, t.start()));
                continue;
            }
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<List<Token>> parts = split(tokens, open, close);
            List<List<Token>> args = switch (word) {
                case "left" -> rename(tokens, i, "pg_left");
                case "right" -> rename(tokens, i, "pg_right");
                case "trim" -> trim(tokens, i, parts);
                case "position" -> keywords(parts, "in") ? List.of(parts.get(2), parts.get(0)) : null;
                case "substring" -> substring(parts);
                case "overlay" -> overlay(parts);
                case "extract" -> extract(parts);
                default -> null;
            };
            if (args == null) continue;
            if (word.equals("position")) tokens.set(i, new Token(Kind.IDENT, "strpos", t.start()));
            if (word.equals("overlay")) tokens.set(i, new Token(Kind.IDENT, "pg_overlay", t.start()));
            if (word.equals("extract")) tokens.set(i, new Token(Kind.IDENT, "pg_extract", t.start()));
            List<Token> out = new ArrayList<>();
            out.add(tokens.get(open));
            for (int a = 0; a < args.size(); a++) {
                if (a > 0) {
                    out.add(new Token(Kind.PUNCT, ",", -1));
                    out.add(new Token(Kind.WHITESPACE, " ", -1));
                }
                out.addAll(args.get(a));
            }
            out.add(tokens.get(close));
            tokens.subList(open, close + 1).clear();
            tokens.addAll(open, out);
        }
    }

    private static List<List<Token>> rename(List<Token> tokens, int i, String name) {
        tokens.set(i, new Token(Kind.IDENT, name, tokens.get(i).start()));
        return null;
    }

    /** Arguments split at depth-0 key words FROM/IN/FOR/PLACING/BOTH/LEADING/TRAILING (kept as one-token parts). */
    private static List<List<Token>> split(List<Token> tokens, int open, int close) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            boolean keyword = depth == 0 && (t.is("from") || t.is("in") || t.is("for") || t.is("placing")
                    || t.is("both") || t.is("leading") || t.is("trailing"));
            if (keyword) {
                while (!current.isEmpty() && current.get(current.size() - 1).isTrivia()) current.remove(current.size() - 1);
                if (!current.isEmpty()) parts.add(current);
                parts.add(List.of(t));
                current = new ArrayList<>();
            } else if (!t.isTrivia() || !current.isEmpty()) {
                current.add(t);
            }
        }
        while (!current.isEmpty() && current.get(current.size() - 1).isTrivia()) current.remove(current.size() - 1);
        if (!current.isEmpty()) parts.add(current);
        return parts;
    }

    private static boolean isKeyword(List<Token> part, String word) {
        return part.size() == 1 && part.get(0).is(word);
    }

    /** parts alternate expression, key word, expression… with the given key words. */
    private static boolean keywords(List<List<Token>> parts, String... words) {
        if (parts.size() != 2 * words.length + 1) return false;
        for (int w = 0; w < words.length; w++) if (!isKeyword(parts.get(2 * w + 1), words[w])) return false;
        return true;
    }

    private static List<List<Token>> trim(List<Token> tokens, int i, List<List<Token>> parts) {
        String fn = "btrim";
        List<List<Token>> rest = parts;
        if (!rest.isEmpty() && (isKeyword(rest.get(0), "both") || isKeyword(rest.get(0), "leading")
                || isKeyword(rest.get(0), "trailing"))) {
            String side = rest.get(0).get(0).identifier();
            fn = side.equals("leading") ? "ltrim" : side.equals("trailing") ? "rtrim" : "btrim";
            rest = rest.subList(1, rest.size());
        }
        List<List<Token>> args;
        if (rest.size() == 3 && isKeyword(rest.get(1), "from")) args = List.of(rest.get(2), rest.get(0));
        else if (rest.size() == 2 && isKeyword(rest.get(0), "from")) args = List.of(rest.get(1));
        else if (rest.size() == 1 && rest != parts) args = List.of(rest.get(0));
        else return null;
        tokens.set(i, new Token(Kind.IDENT, fn, tokens.get(i).start()));
        return args;
    }

    private static List<List<Token>> substring(List<List<Token>> parts) {
        if (keywords(parts, "from", "for")) return List.of(parts.get(0), parts.get(2), parts.get(4));
        if (keywords(parts, "from")) return List.of(parts.get(0), parts.get(2));
        if (keywords(parts, "for")) return List.of(parts.get(0), List.of(new Token(Kind.NUMBER, "1", -1)), parts.get(2));
        return null;
    }

    private static List<List<Token>> overlay(List<List<Token>> parts) {
        if (keywords(parts, "placing", "from", "for")) return List.of(parts.get(0), parts.get(2), parts.get(4), parts.get(6));
        if (keywords(parts, "placing", "from")) return List.of(parts.get(0), parts.get(2), parts.get(4));
        return null;
    }

    private static List<List<Token>> extract(List<List<Token>> parts) {
        if (!keywords(parts, "from") || parts.get(0).size() != 1) return null;
        Token field = parts.get(0).get(0);
        String name = field.kind() == Kind.STRING ? field.text() : "'" + field.identifier() + "'";
        return List.of(List.of(new Token(Kind.STRING, name, -1)), parts.get(2));
    }
}
