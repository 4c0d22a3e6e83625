package dev.impostgres.translator.rules;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import dev.impostgres.translator.sql.Lexer;
import dev.impostgres.translator.sql.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code EXCEPT ALL} and {@code INTERSECT ALL}, which SQLite lacks. Each operand's rows are numbered within their
 * group of equal rows ({@code row_number() OVER (PARTITION BY every column)}), so the m-th copy of a row is a
 * distinct row, and plain EXCEPT / INTERSECT over (columns, number) keeps max(m - n, 0) / min(m, n) copies, as
 * Postgres does. The result takes the left operand's column names (and declared types) from an empty
 * {@code SELECT * FROM (left) WHERE false} branch in front. {@code UNION|EXCEPT|INTERSECT DISTINCT} loses the
 * noise word. Runs after ColumnNameRule, so the left operand's items already carry Postgres's names.
 */
public final class SetOperationAllRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("except") || t.is("intersect") || t.is("union"));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!QueryOperands.isSetOperator(tokens.get(i))) continue;
            int next = TokenNav.nextSig(tokens, i);
            if (next < 0) return;
            if (tokens.get(next).is("distinct")) {
                tokens.subList(i + 1, next + 1).clear();
            } else if (tokens.get(next).is("all") && !tokens.get(i).is("union")) {
                if (rewriteOne(tokens, i, next)) i = -1; // operands may hold more; start over
            }
        }
    }

    private static boolean rewriteOne(List<Token> tokens, int op, int all) {
        boolean intersect = tokens.get(op).is("intersect");
        int leftStart = QueryOperands.leftStart(tokens, op, intersect);
        int leftEnd = TokenNav.prevSig(tokens, op);
        int rightStart = TokenNav.nextSig(tokens, all);
        int rightEnd = QueryOperands.rightEnd(tokens, all,
                intersect ? Set.of("union", "except", "intersect") : Set.of("union", "except"));
        if (leftStart < 0 || rightStart < 0 || rightEnd < rightStart) return false;
        int columns = QueryOperands.columnCount(tokens, leftStart, leftEnd);
        if (columns < 0) columns = QueryOperands.columnCount(tokens, rightStart, rightEnd);
        if (columns < 0) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, tokens.get(op).text().toUpperCase()
                    + " ALL over SELECT * is not supported; name the columns");
        }
        List<Token> left = new ArrayList<>(tokens.subList(leftStart, leftEnd + 1));
        List<Token> right = new ArrayList<>(tokens.subList(rightStart, rightEnd + 1));
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= columns; c++) names.add("_pg_c" + c);
        String cols = String.join(", ", names);
        String numbered = "SELECT " + cols + ", row_number() OVER (PARTITION BY " + cols + ") AS _pg_n FROM ";
        List<Token> out = new ArrayList<>();
        out.addAll(glue("SELECT * FROM (SELECT * FROM ("));
        out.addAll(left);
        out.addAll(glue(") WHERE false UNION ALL SELECT " + cols + " FROM (WITH _pg_left(" + cols + ") AS ("));
        out.addAll(left);
        out.addAll(glue("), _pg_right(" + cols + ") AS ("));
        out.addAll(right);
        out.addAll(glue(") " + numbered + "_pg_left " + (intersect ? "INTERSECT " : "EXCEPT ") + numbered
                + "_pg_right))"));
        tokens.subList(leftStart, rightEnd + 1).clear();
        tokens.addAll(leftStart, out);
        return true;
    }

    private static List<Token> glue(String sql) {
        List<Token> out = new ArrayList<>();
        for (Token t : Lexer.tokenize(sql)) out.add(new Token(t.kind(), t.text(), -1));
        return out;
    }
}
