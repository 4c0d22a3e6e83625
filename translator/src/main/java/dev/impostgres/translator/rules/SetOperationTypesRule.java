package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.storage.WriteCoercion;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values of a set operation's or VALUES list's column get the column's resolved type ({@link SetOperationTypes}),
 * as Postgres coerces them: an unknown string literal goes through the type's input ({@code SELECT 1 UNION SELECT
 * 'x'} is 22P02), and a numeric column made only of number literals carries them as numeric's storage text, so
 * {@code 1.50} keeps its digits. Branches of different widths are 42601. Runs on the Postgres spelling, before the
 * typed rules and the rules that rewrite VALUES and set operations.
 */
public final class SetOperationTypesRule implements RewriteRule {

    @Override
    public boolean applies(RewriteContext ctx) {
        return ctx.any(t -> t.is("values") || QueryOperands.isSetOperator(t));
    }

    @Override
    public void rewrite(RewriteContext ctx) {
        List<Token> tokens = ctx.tokens();
        Set<Integer> done = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int start;
            if (QueryOperands.isSetOperator(t)) {
                start = QueryOperands.leftStart(tokens, i, false);
            } else if (t.is("values")) {
                int before = TokenNav.prevSig(tokens, i);
                if (before >= 0 && !tokens.get(before).isPunct("(")) continue; // INSERT … VALUES has the target's types
                start = i;
            } else {
                continue;
            }
            if (start < 0 || !done.add(start)) continue;
            List<List<SetOperationTypes.Item>> branches = SetOperationTypes.branches(tokens, start);
            if (branches == null || branches.size() < 2) continue;
            coerce(tokens, branches, ctx.columnTypes());
        }
    }

    private static void coerce(List<Token> tokens, List<List<SetOperationTypes.Item>> branches, ColumnTypes columns) {
        List<int[]> literalEdits = new ArrayList<>(); // {index, oid}: oid 0 for a number literal made text
        for (int c = 0; c < branches.get(0).size(); c++) {
            List<PgType> types = new ArrayList<>();
            boolean numberLiterals = true, needsText = false;
            for (List<SetOperationTypes.Item> branch : branches) {
                List<Token> expr = SetOperationTypes.expression(tokens, branch.get(c));
                types.add(SetOperationTypes.itemType(expr, columns));
                Token number = numberLiteral(expr);
                numberLiterals &= number != null || expr.size() == 1 && expr.get(0).is("null");
                needsText |= number != null && trailingZero(number.text());
            }
            PgType resolved = SetOperationTypes.resolve(types);
            if (resolved == null) continue;
            for (List<SetOperationTypes.Item> branch : branches) {
                SetOperationTypes.Item item = branch.get(c);
                List<Token> expr = SetOperationTypes.expression(tokens, item);
                if (expr.size() == 1 && Literals.isString(expr.get(0)) && !textual(resolved)) {
                    literalEdits.add(new int[] {item.start(), resolved.oid()});
                } else if (resolved.oid() == PgTypes.NUMERIC.oid() && numberLiterals && needsText
                        && numberLiteral(expr) != null) {
                    literalEdits.add(new int[] {item.start(), 0});
                }
            }
        }
        literalEdits.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] edit : literalEdits) {
            int at = edit[0];
            if (edit[1] == 0) {
                boolean negative = tokens.get(at).isOperator("-");
                int number = negative || tokens.get(at).isOperator("+") ? TokenNav.nextSig(tokens, at) : at;
                String digits = (negative ? "-" : "") + tokens.get(number).text().replace("_", "");
                tokens.subList(at, number + 1).clear();
                tokens.add(at, new Token(Kind.STRING, Literals.quote(digits), -1));
            } else {
                tokens.addAll(at + 1, List.of(new Token(Kind.PUNCT, ")", -1)));
                tokens.addAll(at, List.of(new Token(Kind.IDENT, WriteCoercion.FUNCTION, -1),
                        new Token(Kind.PUNCT, "(", -1), new Token(Kind.NUMBER, Integer.toString(edit[1]), -1),
                        new Token(Kind.PUNCT, ",", -1), new Token(Kind.NUMBER, "-1", -1),
                        new Token(Kind.PUNCT, ",", -1)));
            }
        }
    }

    /** The number token of {@code 1.5}, {@code -1.5} or {@code +1.5}; null for anything else. */
    private static Token numberLiteral(List<Token> expr) {
        if (expr.size() == 1 && expr.get(0).kind() == Kind.NUMBER) return expr.get(0);
        if (expr.size() == 2 && (expr.get(0).isOperator("-") || expr.get(0).isOperator("+"))
                && expr.get(1).kind() == Kind.NUMBER) return expr.get(1);
        return null;
    }

    /** A decimal whose digits a double would not print back ({@code 1.50}). */
    private static boolean trailingZero(String literal) {
        String digits = literal.replace("_", "");
        return digits.contains(".") && !digits.contains("e") && !digits.contains("E") && digits.endsWith("0");
    }

    private static boolean textual(PgType type) {
        int oid = type.oid();
        return oid == PgTypes.TEXT.oid() || oid == PgTypes.VARCHAR.oid() || oid == PgTypes.BPCHAR.oid()
                || oid == PgTypes.UNKNOWN.oid();
    }
}
