package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Functions whose behaviour depends on their argument's Postgres type, which the SQLite value (text for dates,
 * timestamps and intervals alike) no longer shows: {@code pg_typeof(x)} becomes the type's name when the translator
 * knows it, and extract/date_part/date_trunc/to_char/age get the type of their date/time argument as an extra
 * argument ({@code date_trunc('day', ts)} → {@code pg_date_trunc('day', ts, 'timestamp')}).
 */
public final class TypedFunctionRule implements RewriteRule {
    /** Function → (replacement name, index of the argument whose type is passed). */
    private static final Map<String, Object[]> TAGGED = Map.of("pg_extract", new Object[] {"pg_extract", 1},
            "date_part", new Object[] {"pg_date_part", 1}, "date_trunc", new Object[] {"pg_date_trunc", 1},
            "to_char", new Object[] {"pg_to_char", 0}, "age", new Object[] {"pg_age", 0});

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.kind() == Kind.IDENT && (t.is("pg_typeof") || t.is("coalesce") || t.is("variance") || t.is("round")
                || TAGGED.containsKey(t.identifier())));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) continue;
            int open = TokenNav.nextSig(tokens, i);
            if (open < 0 || !tokens.get(open).isPunct("(")) continue;
            int prev = TokenNav.prevSig(tokens, i);
            if (prev >= 0 && tokens.get(prev).isPunct(".") && !tokens.get(TokenNav.prevSig(tokens, prev)).is("pg_catalog")) {
                continue;
            }
            int close = TokenNav.closingOf(tokens, open);
            if (close < 0) continue;
            List<List<Token>> args = arguments(tokens, open, close);
            if (t.is("pg_typeof") && args.size() == 1) {
                PgType type = typeOf(args.get(0), ctx);
                if (type == null || type.oid() != 705 && PgTypes.byOid(type.oid()) == null) continue;
                String name = type.oid() == 705 ? "unknown" : PgTypes.formatType(type, -1);
                List<Token> out = List.of(new Token(Kind.PUNCT, "(", -1), new Token(Kind.STRING, Literals.quote(name), -1),
                        new Token(Kind.PUNCT, ")", -1));
                tokens.subList(i, close + 1).clear();
                tokens.addAll(i, out);
                continue;
            }
            if (t.is("round") && args.size() == 1) { // float8 rounds half to even (rint), numeric half away
                PgType type = typeOf(args.get(0), ctx);
                if (type != null && (type.oid() == 701 || type.oid() == 700)) {
                    tokens.set(i, new Token(Kind.IDENT, "pg_round_float", t.start()));
                }
                continue;
            }
            if (t.is("variance")) { // SQLite's extension function of that name would answer in double precision
                tokens.set(i, new Token(Kind.IDENT, "pg_variance", t.start()));
                continue;
            }
            if (t.is("coalesce") && args.size() == 1) { // SQLite wants two arguments; one is the value itself
                tokens.set(i, new Token(Kind.IDENT, "", t.start()));
                continue;
            }
            Object[] tagged = TAGGED.get(t.identifier());
            if (tagged == null || args.size() <= (Integer) tagged[1]) continue;
            PgType type = typeOf(args.get((Integer) tagged[1]), ctx);
            String tag = type == null ? "unknown" : tag(type.oid());
            tokens.addAll(close, List.of(new Token(Kind.PUNCT, ",", -1), new Token(Kind.WHITESPACE, " ", -1),
                    new Token(Kind.STRING, Literals.quote(tag), -1)));
            tokens.set(i, new Token(Kind.IDENT, (String) tagged[0], t.start()));
        }
    }

    private static PgType typeOf(List<Token> arg, RewriteContext ctx) {
        if (arg.size() == 1 && arg.get(0).is("null")) return PgTypes.UNKNOWN;
        return ExpressionTypes.of(arg, ctx.columnTypes());
    }

    static String tag(int oid) {
        return switch (oid) {
            case 1082 -> "date";
            case 1083 -> "time";
            case 1114 -> "timestamp";
            case 1184 -> "timestamptz";
            case 1186 -> "interval";
            case 21, 23, 20, 1700 -> "numeric";
            case 700, 701 -> "float";
            default -> "unknown";
        };
    }

    /** The significant tokens of each top-level argument. */
    static List<List<Token>> arguments(List<Token> tokens, int open, int close) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.isTrivia()) continue;
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            if (depth == 0 && t.isPunct(",")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }
}
