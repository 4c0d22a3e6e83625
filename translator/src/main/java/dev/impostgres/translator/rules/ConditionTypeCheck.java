package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Expressions whose type Postgres fixes while analysing (42804), which SQLite would evaluate by its loose rules:
 * the argument of WHERE and HAVING must be boolean ({@code WHERE 1} is an error, not "true"), and the results of a
 * CASE must share a type category ({@code CASE WHEN c THEN 1 ELSE true END}). Raised only when ExpressionTypes
 * knows the types; an untyped literal or NULL fits anything.
 */
final class ConditionTypeCheck implements RewriteRule {
    private static final Set<String> CLAUSE_END = Set.of("group", "having", "order", "limit", "offset", "window",
            "union", "intersect", "except", "returning", "for", "fetch", "do", "on");

    @Override
    public boolean applies(RewriteContext ctx) {
        if (!TokenNav.startsQueryOrDml(ctx.tokens())) return false;
        return ctx.any(t -> t.is("where") || t.is("having") || t.is("case"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> s = Lexer.significant(ctx.tokens());
        for (int k = 0; k < s.size(); k++) {
            Token t = s.get(k);
            if ((t.is("where") || t.is("having")) && !(k > 0 && s.get(k - 1).isPunct("("))) condition(ctx, s, k);
            else if (t.is("case")) caseResults(ctx, s, k);
        }
    }

    private static void condition(RewriteContext ctx, List<Token> s, int clause) {
        int depth = 0, end = s.size();
        for (int k = clause + 1; k < s.size(); k++) {
            Token t = s.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) {
                if (--depth < 0) { end = k; break; }
            } else if (depth == 0 && (t.isPunct(";") || t.kind() == Token.Kind.IDENT && CLAUSE_END.contains(t.identifier()))) {
                end = k;
                break;
            }
        }
        List<Token> e = s.subList(clause + 1, end);
        if (e.isEmpty() || e.size() == 1 && (Literals.isString(e.get(0)) || e.get(0).is("null"))) return;
        if (e.get(0).is("current") && e.size() > 1 && e.get(1).is("of")) return;
        PgType type = ExpressionTypes.of(e, ctx.columnTypes());
        if (type == null || type.oid() == 16 || TypeCategories.of(type) == 0) return;
        String name = s.get(clause).is("where") ? "WHERE" : "HAVING";
        throw at(ctx, e.get(0), new PgException("42804", "argument of " + name + " must be type boolean, not type "
                + PgTypes.formatType(type, -1)));
    }

    /** select_common_type over ELSE then each THEN: the first result of another category fails. */
    private static void caseResults(RewriteContext ctx, List<Token> s, int at) {
        List<List<Token>> results = new ArrayList<>();
        int depth = 0, start = -1;
        List<Token> elseResult = null;
        for (int k = at + 1; k < s.size(); k++) {
            Token t = s.get(k);
            boolean top = depth == 0;
            if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (t.is("end")) {
                if (depth == 0) {
                    if (start >= 0) {
                        List<Token> r = s.subList(start, k);
                        if (s.get(start - 1).is("else")) elseResult = r; else results.add(r);
                    }
                    break;
                }
                depth--;
            }
            if (depth < 0) return;
            if (top && (t.is("when") || t.is("else"))) {
                if (start >= 0) results.add(s.subList(start, k));
                start = t.is("else") ? k + 1 : -1;
            } else if (top && t.is("then")) {
                start = k + 1;
            }
        }
        if (elseResult != null) results.add(0, elseResult);
        PgType common = null;
        for (List<Token> r : results) {
            if (r.isEmpty() || r.size() == 1 && (Literals.isString(r.get(0)) || r.get(0).is("null"))) continue;
            PgType type = ExpressionTypes.of(r, ctx.columnTypes());
            char category = TypeCategories.of(type);
            if (category == 0) return; // a type the check does not know: no verdict
            if (common == null) {
                common = type;
            } else if (TypeCategories.of(common) != category) {
                throw at(ctx, r.get(0), new PgException("42804", "CASE types " + PgTypes.formatType(common, -1)
                        + " and " + PgTypes.formatType(type, -1) + " cannot be matched"));
            }
        }
    }

    private static PgException at(RewriteContext ctx, Token t, PgException e) {
        return t.start() < 0 ? e : e.withPosition(Lexer.position(ctx.script(), t.start()));
    }
}
