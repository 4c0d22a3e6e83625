package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * INSERT values that have no assignment cast to their column's type (42804 "column "flag" is of type boolean but
 * expression is of type integer"): a number into a boolean, a boolean or typed text into a number, a number or
 * boolean into a date/time. SQLite stores them anyway. Every type converts to text by assignment, so text columns
 * take anything. Checked for INSERT … VALUES and INSERT … SELECT (the top-level select list) when the target
 * columns and the values' types are known.
 */
final class AssignmentTypeCheck implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        int first = TokenNav.nextSig(ctx.tokens(), -1);
        return first >= 0 && ctx.tokens().get(first).is("insert");
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> s = Lexer.significant(ctx.tokens());
        InsertTarget target = InsertTarget.of(s, ctx.columnTypes());
        if (target == null) return;
        String table = target.table();
        List<String> columns = target.columns();
        int k = target.sourceAt();
        if (s.get(k).is("values")) {
            k++;
            while (k < s.size() && s.get(k).isPunct("(")) {
                int close = TokenNav.closingOf(s, k);
                if (close < 0) return;
                check(ctx, table, columns, TypedFunctionRule.arguments(s, k, close));
                k = close + 1;
                if (k < s.size() && s.get(k).isPunct(",")) k++;
            }
        } else if (s.get(k).is("select")) {
            List<List<Token>> items = new ArrayList<>();
            for (DerivedColumns.Item item : DerivedColumns.items(s, k, s.size())) items.add(item.expression());
            check(ctx, table, columns, items);
        }
    }

    private static void check(RewriteContext ctx, String table, List<String> columns, List<List<Token>> values) {
        for (int i = 0; i < values.size() && i < columns.size(); i++) {
            List<Token> v = values.get(i);
            if (v.isEmpty() || v.size() == 1 && (Literals.isString(v.get(0)) || v.get(0).is("null")
                    || v.get(0).is("default"))) continue;
            PgType target = ctx.columnTypes().of(table, columns.get(i));
            PgType source = ExpressionTypes.of(v, ctx.columnTypes());
            if (!refused(TypeCategories.of(target), TypeCategories.of(source))) continue;
            PgException e = new PgException("42804", "column \"" + columns.get(i) + "\" is of type "
                    + PgTypes.formatType(target, -1) + " but expression is of type " + PgTypes.formatType(source, -1))
                    .withHint("You will need to rewrite or cast the expression.");
            throw v.get(0).start() < 0 ? e : e.withPosition(Lexer.position(ctx.script(), v.get(0).start()));
        }
    }

    /** No assignment cast from category {@code from} to {@code to} (text takes everything). */
    static boolean refused(char to, char from) {
        if (to == 0 || from == 0 || to == from || to == 'S') return false;
        if (to == 'N' || to == 'B') return true;
        return to == 'D' && (from == 'N' || from == 'B') || to == 'T' && (from == 'N' || from == 'B');
    }
}
