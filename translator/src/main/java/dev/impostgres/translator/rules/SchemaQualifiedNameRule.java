package dev.impostgres.translator.rules;

import dev.impostgres.translator.ddl.QualifiedName;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * Schema-qualified relation names to the flattened SQLite names (one SQLite file holds every schema, see
 * QualifiedName): {@code s.t} in a table position (after FROM, JOIN, INTO, UPDATE, TABLE, ONLY or a comma of a
 * FROM list) becomes {@code "s.t"}, {@code public.t} becomes {@code t}, and a column reference {@code s.t.c}
 * becomes {@code "s.t".c}. pg_catalog and information_schema names are left to the catalog emulation.
 */
public final class SchemaQualifiedNameRule implements RewriteRule {
    private static final Set<String> TABLE_POSITION = Set.of("from", "join", "into", "update", "table", "only");
    private static final Set<String> CLAUSE_END = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "returning", "set", "values", "select", "on", "using", "fetch",
            "for");
    private static final Set<String> CATALOG_SCHEMAS = Set.of("pg_catalog", "information_schema");

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.isPunct("."));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        boolean inFromList = false;
        int depth = 0;
        int fromDepth = 0; // FROM inside trim(… FROM …) or extract(… FROM …) ends with its parenthesis
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isTrivia()) continue;
            if (t.isPunct("(")) depth++;
            if (t.isPunct(")") && --depth < fromDepth) inFromList = false;
            if (t.kind() == Kind.IDENT && CLAUSE_END.contains(t.identifier())) inFromList = false;
            boolean tablePosition = previous != null && (previous.kind() == Kind.IDENT
                    && TABLE_POSITION.contains(previous.identifier())
                    || inFromList && depth == fromDepth && previous.isPunct(","));
            if (previous != null && previous.is("from")) {
                inFromList = true;
                fromDepth = depth;
            }
            if (isName(t)) {
                int dot = TokenNav.nextSig(tokens, i);
                int second = dot < 0 ? -1 : TokenNav.nextSig(tokens, dot);
                if (dot >= 0 && tokens.get(dot).isPunct(".") && second >= 0 && isName(tokens.get(second))
                        && !CATALOG_SCHEMAS.contains(t.identifier())) {
                    int dot2 = TokenNav.nextSig(tokens, second);
                    int third = dot2 < 0 ? -1 : TokenNav.nextSig(tokens, dot2);
                    boolean threePart = dot2 >= 0 && tokens.get(dot2).isPunct(".") && third >= 0
                            && (isName(tokens.get(third)) || tokens.get(third).isOperator("*"));
                    // INSERT INTO s.t (a, b): after INTO a parenthesis opens the column list, not a call
                    boolean call = dot2 >= 0 && tokens.get(dot2).isPunct("(")
                            && !(previous != null && previous.is("into"));
                    if (threePart || tablePosition && !call) {
                        String flat = QualifiedName.flattened(t.identifier(), tokens.get(second).identifier());
                        Token replacement = new Token(Kind.QUOTED_IDENT, "\"" + flat.replace("\"", "\"\"") + "\"",
                                t.start());
                        String alias = tokens.get(second).identifier();
                        tokens.subList(i, second + 1).clear();
                        tokens.add(i, replacement);
                        t = replacement;
                        if (!threePart && needsAlias(previous, tokens, i)) {
                            // Postgres lets "t.c" name a column of s.t; SQLite only knows the table as "s.t".
                            tokens.add(i + 1, new Token(Kind.WHITESPACE, " ", -1));
                            tokens.add(i + 2, new Token(Kind.IDENT, "AS", -1));
                            tokens.add(i + 3, new Token(Kind.WHITESPACE, " ", -1));
                            tokens.add(i + 4, new Token(Kind.QUOTED_IDENT, "\"" + alias.replace("\"", "\"\"") + "\"", -1));
                            i += 4;
                        }
                    }
                }
            }
            previous = t;
        }
    }

    private static final Set<String> NOT_AN_ALIAS = Set.of("where", "group", "having", "order", "limit", "offset",
            "window", "union", "intersect", "except", "returning", "set", "values", "select", "on", "using", "join",
            "inner", "left", "right", "full", "cross", "natural", "default", "fetch", "for", "overriding", "as",
            "tablesample", "with", "do", "lateral");

    /** True when a table reference at {@code i} has no alias of its own and may take one. */
    private static boolean needsAlias(Token previous, List<Token> tokens, int i) {
        if (previous.is("table") || previous.is("only")) return false;
        int next = TokenNav.nextSig(tokens, i);
        if (next < 0) return true;
        Token t = tokens.get(next);
        if (t.is("as") || t.kind() == Kind.QUOTED_IDENT) return false;
        return !(t.kind() == Kind.IDENT && !NOT_AN_ALIAS.contains(t.identifier()));
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT;
    }
}
