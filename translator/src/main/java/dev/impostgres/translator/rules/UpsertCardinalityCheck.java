package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code INSERT … VALUES … ON CONFLICT (key) DO UPDATE} whose VALUES rows repeat a key: the second row would update
 * the row the first one inserted or updated, which Postgres refuses (21000); SQLite updates it. Decided from the
 * rows' constant key values (a row whose key is an expression or NULL is never counted), and only without a DO
 * UPDATE … WHERE (which may leave an existing row untouched, and then the same key is no error).
 */
final class UpsertCardinalityCheck implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        int first = TokenNav.nextSig(ctx.tokens(), -1);
        return first >= 0 && ctx.tokens().get(first).is("insert") && ctx.any(t -> t.is("conflict"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> s = Lexer.significant(ctx.tokens());
        InsertTarget target = InsertTarget.of(s, ctx.columnTypes());
        if (target == null || !s.get(target.sourceAt()).is("values")) return;
        List<String> columns = target.columns();
        int k = target.sourceAt();
        List<List<List<Token>>> rows = new ArrayList<>();
        k++;
        while (k < s.size() && s.get(k).isPunct("(")) {
            int close = TokenNav.closingOf(s, k);
            if (close < 0) return;
            rows.add(TypedFunctionRule.arguments(s, k, close));
            k = close + 1;
            if (k < s.size() && s.get(k).isPunct(",")) k++;
        }
        if (rows.size() < 2 || k + 2 >= s.size() || !s.get(k).is("on") || !s.get(k + 1).is("conflict")
                || !s.get(k + 2).isPunct("(")) return;
        int keyClose = TokenNav.closingOf(s, k + 2);
        if (keyClose < 0 || keyClose + 2 >= s.size() || !s.get(keyClose + 1).is("do")
                || !s.get(keyClose + 2).is("update")) return;
        for (int w = keyClose + 3; w < s.size(); w++) if (s.get(w).is("where")) return;
        List<Integer> keyItems = new ArrayList<>();
        for (int c = k + 3; c < keyClose; c += 2) {
            int at = columns.indexOf(s.get(c).identifier());
            if (at < 0 || c + 1 < keyClose && !s.get(c + 1).isPunct(",")) return; // an expression key
            keyItems.add(at);
        }
        Set<List<String>> seen = new HashSet<>();
        for (List<List<Token>> row : rows) {
            List<String> key = new ArrayList<>();
            for (int item : keyItems) {
                String value = item < row.size() ? constant(row.get(item)) : null;
                if (value == null) { key = null; break; }
                key.add(value);
            }
            if (key != null && !seen.add(key)) {
                throw new PgException("21000" /* cardinality_violation */,
                        "ON CONFLICT DO UPDATE command cannot affect row a second time")
                        .withHint("Ensure that no rows proposed for insertion within the same command have duplicate "
                                + "constrained values.");
            }
        }
    }

    /** A constant's value, numbers in a normal form; null for NULL or anything that is not a constant. */
    private static String constant(List<Token> item) {
        boolean negative = item.size() == 2 && item.get(0).isOperator("-");
        Token t = item.size() == 1 || negative ? item.get(item.size() - 1) : null;
        if (t == null) return null;
        if (t.kind() == Token.Kind.NUMBER) {
            try {
                return "n" + new java.math.BigDecimal((negative ? "-" : "") + t.text().replace("_", ""))
                        .stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (!negative && Literals.isString(t)) return "s" + Literals.stringValue(t);
        if (!negative && (t.is("true") || t.is("false"))) return "b" + t.identifier();
        return null;
    }
}
